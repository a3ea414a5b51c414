package io.backops.identity;

/** The principals of DESIGN.md §3. Investors sign in through their own credentials, added later. */
public enum Role {
    ADMIN, MANAGER, USER, DISTRIBUTOR;

    /** Back-office roles review applications and work in Camunda Tasklist. */
    public boolean isBackOffice() {
        return this != DISTRIBUTOR;
    }
}
