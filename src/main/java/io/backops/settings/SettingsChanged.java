package io.backops.settings;

/** One section of the settings changed; published in that transaction, for the audit. */
public record SettingsChanged(String actor, String section, String before, String after) {
}
