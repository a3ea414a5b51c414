package io.backops.kra.internal;

import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.settings.SettingsRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The KRAs in the order a new record goes to them: the product setting {@code kra.priority}. */
@FunctionalInterface
interface KraPriority {

    List<String> current();

    /** The priority in force; a change must name configured KRAs only. */
    @Component
    class FromSettings implements KraPriority, SettingsRule {

        private final Settings settings;
        private final KraAgencies agencies;

        FromSettings(Settings settings, KraAgencies agencies) {
            this.settings = settings;
            this.agencies = agencies;
        }

        @Override
        public List<String> current() {
            return settings.current().kra().priority();
        }

        @Override
        public void check(ProductSettings candidate, Map<String, String> errors) {
            for (String kra : candidate.kra().priority()) {
                if (!agencies.names().contains(kra)) {
                    errors.put("kra.priority", kra + " is not a configured KRA (configured: "
                            + agencies.names().stream().sorted().toList() + ")");
                }
            }
        }
    }
}
