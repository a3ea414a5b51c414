package io.backops.application.internal;

import io.backops.application.Decision;
import io.backops.application.FourEyes;
import io.backops.application.RiskClass;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import java.util.EnumSet;
import org.springframework.stereotype.Component;

/** The four-eyes rules in force, typed from the product settings (which the settings module checked on saving). */
@Component
public class FourEyesPolicy {

    private final Settings settings;

    FourEyesPolicy(Settings settings) {
        this.settings = settings;
    }

    public FourEyes current() {
        ProductSettings.FourEyes section = settings.current().fourEyes();
        if (section == null || section.rules() == null) {
            return FourEyes.NONE;
        }
        return new FourEyes(section.rules().stream()
                .map(rule -> new FourEyes.Rule(Decision.valueOf(rule.decision()), rule.riskClasses().stream()
                        .map(RiskClass::valueOf)
                        .collect(() -> EnumSet.noneOf(RiskClass.class), EnumSet::add, EnumSet::addAll)))
                .toList());
    }
}
