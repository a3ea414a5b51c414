package io.backops.review.internal;

import io.backops.identity.UserManagement;
import io.backops.shared.SideTransactions;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Hands out reviewers in turn over the active ones, in username order. The turn lives in the database and is taken
 * under a row lock, so it survives restarts and two nodes never hand out the same turn. It is taken in a short side
 * transaction ({@link SideTransactions}): holding the lock for a whole submission would queue every submission
 * behind it. The price
 * is that a submission failing after its turn was taken (a crash, not a validation error: those come first) uses
 * that turn up.
 */
@Component
class RoundRobinAssignment {

    private static final String POOL = "REVIEWERS";

    private final SideTransactions side;
    private final UserManagement users;

    RoundRobinAssignment(SideTransactions side, UserManagement users) {
        this.side = side;
        this.users = users;
    }

    public Optional<String> next() {
        List<String> candidates = users.activeReviewers();
        return side.call(jdbc -> {
            List<String> turn = jdbc.sql("select last_assignee from assignment_rotation where pool = ? for update")
                    .param(POOL).query(String.class).list();
            String last = turn.isEmpty() ? null : turn.get(0);
            Optional<String> next = following(last, candidates);
            next.ifPresent(username -> jdbc.sql("update assignment_rotation set last_assignee = ? where pool = ?")
                    .params(username, POOL).update());
            return next;
        });
    }

    /** The first candidate after {@code last} in order, wrapping around; works when {@code last} left the pool. */
    static Optional<String> following(String last, List<String> candidates) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (last == null) {
            return Optional.of(candidates.get(0));
        }
        return candidates.stream().filter(candidate -> candidate.compareTo(last) > 0).findFirst()
                .or(() -> Optional.of(candidates.get(0)));
    }
}
