package io.backops.settings;

import java.util.Map;

/**
 * A module's check of the settings it uses (the KRA module knows which KRAs exist, the review module what a retry
 * cycle looks like). Every rule sees the whole candidate and adds what fails, by field, to {@code errors}.
 */
public interface SettingsRule {

    void check(ProductSettings candidate, Map<String, String> errors);
}
