package io.backops.settings.internal;

import io.backops.settings.Grant;
import io.backops.settings.ProductSettings;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The settings as the configuration gives them: every grant on, every risk class reviewed unless configured. */
@Component
public class SettingsDefaultValues {

    private final ProductSettings settings;

    SettingsDefaultValues(SettingsDefaults defaults) {
        Map<Grant, Boolean> grants = new EnumMap<>(Grant.class);
        for (Grant grant : Grant.values()) {
            grants.put(grant, true);
        }
        // Keys bound from environment variables arrive in lower case.
        Map<String, String> buckets = new LinkedHashMap<>();
        defaults.classification().buckets().forEach((riskClass, bucket) ->
                buckets.put(riskClass.toUpperCase(Locale.ROOT), bucket.toUpperCase(Locale.ROOT)));
        Map<String, String> classification = new LinkedHashMap<>();
        for (String riskClass : List.of("SAFE", "UNCERTAIN", "RISKY")) {
            classification.put(riskClass, buckets.getOrDefault(riskClass, "PENDING"));
        }
        Map<String, ProductSettings.EmailTemplate> templates = new LinkedHashMap<>();
        defaults.notifications().templates().forEach((event, t) -> templates.put(event.toUpperCase(Locale.ROOT),
                new ProductSettings.EmailTemplate(t.subject(), t.header(), t.body(), t.footer())));
        var review = defaults.review();
        this.settings = new ProductSettings(grants, classification,
                new ProductSettings.Reasons(List.copyOf(review.reasons().reject()), List.copyOf(review.reasons().draft())),
                templates, new ProductSettings.Sla(review.slaBusinessDays(), List.copyOf(review.holidays())),
                new ProductSettings.Kra(List.copyOf(defaults.kra().priority()), review.kraRetryCycle()),
                // A RISKY investor is never let in by one person alone.
                new ProductSettings.FourEyes(List.of(new ProductSettings.FourEyesRule("ACCEPT", List.of("RISKY"))),
                        review.approvalSlaBusinessDays()),
                // Five years, as for an investor's records, until an admin decides a shorter period is enough.
                new ProductSettings.Retention(5 * 365 + 1, List.of()));
    }

    public ProductSettings settings() {
        return settings;
    }
}
