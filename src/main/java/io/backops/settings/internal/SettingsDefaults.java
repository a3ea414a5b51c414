package io.backops.settings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first values of the settings, read from the configuration keys operators already know
 * ({@code backops.classification.buckets.SAFE}, {@code backops.review.sla-business-days}, {@code backops.kra.priority},
 * ...), so that nothing changes for a deployment until an admin saves a change.
 */
@ConfigurationProperties("backops")
record SettingsDefaults(@DefaultValue Classification classification, @DefaultValue Review review,
                        @DefaultValue Kra kra, @DefaultValue Notifications notifications) {

    record Classification(@DefaultValue Map<String, String> buckets) {
    }

    record Review(@DefaultValue("2") int slaBusinessDays, @DefaultValue("1") int approvalSlaBusinessDays, @DefaultValue List<LocalDate> holidays,
                  @DefaultValue("PT1M,PT5M,PT30M,PT2H") String kraRetryCycle, @DefaultValue Reasons reasons) {
    }

    record Reasons(@DefaultValue List<String> reject, @DefaultValue List<String> draft) {
    }

    record Kra(@DefaultValue("CVL") List<String> priority) {
    }

    record Notifications(@DefaultValue Map<String, Template> templates) {
    }

    record Template(String subject, String header, String body, String footer) {
    }
}
