package io.backops.identity;

/**
 * Another module's change that belongs in the security audit: published in the transaction of the change, recorded
 * in it (so both commit or neither).
 */
public record Audited(String actor, SecurityEvent event, String subject, String detail) {
}
