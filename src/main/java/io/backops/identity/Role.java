package io.backops.identity;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Who a person is to Backops (docs/roles-and-scopes.md). An investor's login (made by an admin or manager, tied to
 * the distributor he came through) submits applications and resubmits his own drafts, and nothing else.
 */
public enum Role {
    ADMIN, MANAGER, REVIEWER, DISTRIBUTOR, INVESTOR;

    /**
     * The word the first release used for {@link #REVIEWER}. Requests may still send it for one release; answers
     * always say {@code REVIEWER}.
     */
    @Deprecated(since = "2026.12", forRemoval = true)
    static final String FORMER_REVIEWER_WORD = "USER";

    /** Back-office roles review applications and work in Camunda Tasklist. */
    public boolean isBackOffice() {
        return this != DISTRIBUTOR && this != INVESTOR;
    }

    /** The role a client names, the former word for a reviewer included. */
    @JsonCreator
    public static Role parse(String word) {
        return FORMER_REVIEWER_WORD.equals(word) ? REVIEWER : valueOf(word);
    }
}
