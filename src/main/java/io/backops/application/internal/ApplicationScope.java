package io.backops.application.internal;

import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Who may see an application (DESIGN.md §3). Outside the scope, an application does not exist. */
@Component
public class ApplicationScope {

    private final UserManagement users;

    ApplicationScope(UserManagement users) {
        this.users = users;
    }

    public boolean includes(BackofficeUser user, InvestorApplications.Row application) {
        return of(user).test(application);
    }

    /** Whose applications a manager sees: his team's and his own. */
    public List<String> teamAndSelf(BackofficeUser manager) {
        List<String> people = new ArrayList<>(users.team(manager.username()));
        people.add(manager.username());
        return people;
    }

    /** The scope of one user as a test on rows: a manager's team is read once, however many rows follow. */
    public Predicate<InvestorApplications.Row> of(BackofficeUser user) {
        return switch (user.role()) {
            case ADMIN -> application -> true;
            case MANAGER -> {
                Set<String> teamAndSelf = new HashSet<>(teamAndSelf(user));
                yield application -> application.assignee() != null && teamAndSelf.contains(application.assignee());
            }
            case USER -> application -> user.username().equals(application.assignee());
            case DISTRIBUTOR -> application -> application.distributorArn().equals(user.distributorArn());
            case INVESTOR -> application -> user.username().equals(application.submittedBy());
        };
    }
}
