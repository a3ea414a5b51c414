package io.backops.application;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who sees which applications: the one rule every surface applies (the portal, {@code /api}, Tasklist's task
 * grants follow it too). Admins see everything; a manager what is assigned to his team or himself; a reviewer what
 * is assigned to him; a distributor his channel's; an investor what he submitted. Outside it, an application does
 * not exist. The same scope is a test on one application and a condition on the list queries.
 */
public record ApplicationScope(By by, Set<String> values) {

    public enum By {
        EVERYTHING, ASSIGNEE, CHANNEL, SUBMITTER
    }

    public ApplicationScope {
        values = Set.copyOf(values);
    }

    public static ApplicationScope everything() {
        return new ApplicationScope(By.EVERYTHING, Set.of());
    }

    public static ApplicationScope assignedTo(List<String> usernames) {
        return new ApplicationScope(By.ASSIGNEE, Set.copyOf(usernames));
    }

    public static ApplicationScope channel(String distributorArn) {
        return new ApplicationScope(By.CHANNEL, Set.of(distributorArn));
    }

    public static ApplicationScope submittedBy(String username) {
        return new ApplicationScope(By.SUBMITTER, Set.of(username));
    }

    public boolean includes(String assignee, String distributorArn, String submittedBy) {
        return switch (by) {
            case EVERYTHING -> true;
            case ASSIGNEE -> assignee != null && values.contains(assignee);
            case CHANNEL -> values.contains(Objects.requireNonNull(distributorArn));
            case SUBMITTER -> submittedBy != null && values.contains(submittedBy);
        };
    }
}
