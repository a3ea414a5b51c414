package io.backops.application;

/** What an application's checks make of it (docs/api.md). */
public enum RiskClass {
    SAFE, UNCERTAIN, RISKY
}
