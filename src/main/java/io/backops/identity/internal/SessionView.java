package io.backops.identity.internal;

import java.time.Instant;

/**
 * One open portal session of a person: a short reference that tells his sessions apart (never the session id),
 * since when, last used, and the address it signed in from.
 */
public record SessionView(String reference, Instant since, Instant lastAccess, String remoteAddress) {
}
