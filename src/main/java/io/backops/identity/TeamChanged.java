package io.backops.identity;

/** A user moved to another manager's team (or out of every team): what they have open must follow. */
public record TeamChanged(String username, String formerManager, String newManager) {
}
