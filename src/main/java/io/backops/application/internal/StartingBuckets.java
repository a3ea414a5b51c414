package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
import io.backops.application.RiskClass;
import io.backops.settings.Settings;
import org.springframework.stereotype.Component;

/** Where each risk class starts (docs/api.md): a product setting, PENDING for review unless an admin says otherwise. */
@FunctionalInterface
interface StartingBuckets {

    ApplicationStatus of(RiskClass riskClass);

    /** The buckets in force, from the product settings. */
    @Component
    class FromSettings implements StartingBuckets {

        private final Settings settings;

        FromSettings(Settings settings) {
            this.settings = settings;
        }

        @Override
        public ApplicationStatus of(RiskClass riskClass) {
            return ApplicationStatus.valueOf(settings.current().classification().get(riskClass.name()));
        }
    }
}
