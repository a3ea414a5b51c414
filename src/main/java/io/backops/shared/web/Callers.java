package io.backops.shared.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * What a caller's sign-in says about him, for modules that must not look users up (the role comes with the
 * authentication, as {@code ROLE_...} authorities).
 */
public final class Callers {

    private Callers() {
    }

    public static boolean isAdmin(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    /** Refuses (403) anyone but an IT admin, saying what only admins do. */
    public static void requireAdmin(Authentication caller, String onlyAdmins) {
        if (!isAdmin(caller)) {
            throw new AccessDeniedException(onlyAdmins);
        }
    }
}
