package io.backops.application.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code backops.deadlines.*}: the regulatory clocks that the law sets rather than the product settings (review and
 * approval SLAs live there), when a deadline counts as due soon, and how often breaches are looked for.
 */
@ConfigurationProperties("backops.deadlines")
public record DeadlineProperties(@DefaultValue("3") int kraUploadBusinessDays,
                          @DefaultValue("2") int kraValidationBusinessDays,
                          @DefaultValue("PT24H") Duration dueSoon,
                          @DefaultValue("PT1M") Duration watchInterval) {
}
