package io.backops.identity;

import java.time.OffsetDateTime;

/**
 * Too many failed sign-ins locked an account until {@code until}. The sign-in page says nothing about it (that would
 * tell a guesser which names exist); the account's owner hears of it by email.
 */
public record AccountLocked(String username, String name, String email, int failedSignIns, OffsetDateTime until) {
}
