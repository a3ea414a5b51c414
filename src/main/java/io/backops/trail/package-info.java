/**
 * The tamper-evident trail across modules: checking every hash chain (timelines and the security audit) and
 * exporting one application's whole trail as a signed evidence document an auditor verifies offline (ADR 0005).
 */
package io.backops.trail;
