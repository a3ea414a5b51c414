package io.backops.application;

/** What an application's checks make of it (DESIGN.md §2). */
public enum RiskClass {
    SAFE, UNCERTAIN, RISKY
}
