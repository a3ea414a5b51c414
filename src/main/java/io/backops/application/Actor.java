package io.backops.application;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;

/**
 * Who asks the aggregate for a transition: a signed-in person with his role and his manager (the checker of his
 * four-eyes decisions and reversals), or the system itself (classification, timers, the KRA's answers).
 */
public record Actor(String username, Role role, String manager) {

    /** The actor of what the system does by itself. */
    public static final Actor SYSTEM = new Actor("system", null, null);

    public static Actor of(BackofficeUser user) {
        return new Actor(user.username(), user.role(), user.manager());
    }

    public boolean isSystem() {
        return this == SYSTEM || role == null;
    }

    public boolean isBackOffice() {
        return !isSystem() && role.isBackOffice();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins and managers supervise: they reassign, ask for reversals and check other people's decisions. */
    public boolean supervises() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** The second person of a four-eyes pair: never the first, and an admin or the first one's own manager. */
    public boolean maySecond(String firstPerson, String firstPersonsManager) {
        if (isSystem() || username.equals(firstPerson)) {
            return false;
        }
        return isAdmin() || (role == Role.MANAGER && username.equals(firstPersonsManager));
    }
}
