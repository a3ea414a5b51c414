package io.backops.identity;

/**
 * The principals of docs/roles-and-scopes.md. An investor's login (made by an admin or manager, tied to the distributor
 * he came through) submits applications and resubmits his own drafts, and nothing else.
 */
public enum Role {
    ADMIN, MANAGER, USER, DISTRIBUTOR, INVESTOR;

    /** Back-office roles review applications and work in Camunda Tasklist. */
    public boolean isBackOffice() {
        return this != DISTRIBUTOR && this != INVESTOR;
    }
}
