package io.backops.identity.internal;

import io.backops.identity.Role;

/** Who must sign in with a second factor (a product setting). Distributors and investors are never asked. */
public enum TwoFactorRule {
    NOBODY, ADMINS_AND_MANAGERS, EVERYONE;

    boolean appliesTo(Role role) {
        return switch (this) {
            case NOBODY -> false;
            case ADMINS_AND_MANAGERS -> role == Role.ADMIN || role == Role.MANAGER;
            case EVERYONE -> role == Role.ADMIN || role == Role.MANAGER || role == Role.REVIEWER;
        };
    }
}
