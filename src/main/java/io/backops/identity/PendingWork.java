package io.backops.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The applications waiting on back-office users, as the identity module needs to see and move them. Implemented
 * where the work lives (the review module), so that identity depends on nobody.
 */
public interface PendingWork {

    /** Pending applications per username; users without any are left out. */
    Map<String, Long> pendingCounts(Collection<String> usernames);

    /** Moves every pending application of {@code from}, each to the next user the supplier names. */
    List<Reassignment> reassign(String from, Supplier<String> nextAssignee, String actor);

    record Reassignment(String applicationId, String from, String to) {
    }
}
