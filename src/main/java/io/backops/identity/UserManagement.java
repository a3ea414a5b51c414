package io.backops.identity;

import io.backops.identity.internal.BackofficeUsers;
import io.backops.identity.internal.CamundaIdentityBridge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's entry point for the other modules. */
@Service
public class UserManagement {

    private final BackofficeUsers users;
    private final PasswordEncoder passwordEncoder;
    private final CamundaIdentityBridge camundaIdentity;

    UserManagement(BackofficeUsers users, PasswordEncoder passwordEncoder, CamundaIdentityBridge camundaIdentity) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.camundaIdentity = camundaIdentity;
    }

    /**
     * Creates a user in Backops and mirrors it into Camunda's identity service (without a password there: Camunda
     * trusts the Spring Security sign-in), so Tasklist and the engine's authorizations know who it is.
     */
    @Transactional
    public BackofficeUser create(NewUser newUser, String initialPassword, boolean mustChangePassword) {
        var user = new BackofficeUser(newUser.username(), newUser.name(), newUser.email(), newUser.employeeCode(),
                newUser.mobile(), newUser.role(), newUser.manager(), newUser.distributorArn(), UserStatus.ACTIVE);
        users.insert(user, passwordEncoder.encode(initialPassword), mustChangePassword);
        camundaIdentity.mirror(user);
        return user;
    }

    public Optional<BackofficeUser> find(String username) {
        return users.find(username);
    }

    public boolean exists(String username) {
        return users.find(username).isPresent();
    }

    /** Whether the user is of the back office (admin, manager, reviewer), not a distributor or unknown. */
    public boolean isBackOffice(String username) {
        return users.find(username).map(user -> user.role().isBackOffice()).orElse(false);
    }

    public boolean anyWithRole(Role role) {
        return users.countByRole(role) > 0;
    }

    /** Reviewers who can take new work now, in a stable order (the round robin walks it). */
    public List<String> activeReviewers() {
        return users.activeUsernames(Role.REVIEWER);
    }

    /** The usernames in a manager's team. */
    public List<String> team(String manager) {
        return users.teamOf(manager);
    }

    /** Whose work a manager oversees: his team's and his own. */
    public List<String> teamAndSelf(String manager) {
        List<String> people = new ArrayList<>(team(manager));
        people.add(manager);
        return List.copyOf(people);
    }
}
