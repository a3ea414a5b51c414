package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
import io.backops.application.RiskClass;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each risk class starts (DESIGN.md §2): {@code PENDING} for a person to review, or straight to
 * {@code ACCEPTED} or {@code REJECTED}. Everything is reviewed unless configured otherwise, e.g.
 * {@code backops.classification.buckets.SAFE=ACCEPTED}.
 */
@ConfigurationProperties("backops.classification")
record ClassificationProperties(Map<RiskClass, ApplicationStatus> buckets) {

    ClassificationProperties {
        Map<RiskClass, ApplicationStatus> all = new EnumMap<>(RiskClass.class);
        for (RiskClass riskClass : RiskClass.values()) {
            all.put(riskClass, ApplicationStatus.PENDING);
        }
        if (buckets != null) {
            all.putAll(buckets);
        }
        if (all.containsValue(ApplicationStatus.DRAFT)) {
            throw new IllegalArgumentException("A risk class starts PENDING, ACCEPTED or REJECTED, never DRAFT");
        }
        buckets = Map.copyOf(all);
    }
}
