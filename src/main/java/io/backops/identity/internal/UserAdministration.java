package io.backops.identity.internal;

import io.backops.distribution.DistributorManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.PendingWork;
import io.backops.identity.Role;
import io.backops.identity.SecurityEvent;
import io.backops.identity.TeamChanged;
import io.backops.identity.UserManagement;
import io.backops.identity.UserStatus;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user endpoints' rules (docs/roles-and-scopes.md): an admin manages everyone; a manager changes the status of his
 * own team and moves their work; nobody changes their own role, team or status. Out of scope is 404, never allowed is
 * 403. Every change is audited in the same transaction.
 */
@Service
public class UserAdministration {

    private final BackofficeUsers users;
    private final UserManagement management;
    private final CamundaIdentityBridge camundaIdentity;
    private final PendingWork pendingWork;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecurityAudit audit;
    private final DistributorManagement distributors;
    private final ApplicationEventPublisher events;
    private final OpenSessions sessions;

    UserAdministration(BackofficeUsers users, UserManagement management, CamundaIdentityBridge camundaIdentity,
                       PendingWork pendingWork, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       SecurityAudit audit, DistributorManagement distributors, ApplicationEventPublisher events,
                       OpenSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.management = management;
        this.camundaIdentity = camundaIdentity;
        this.pendingWork = pendingWork;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.distributors = distributors;
        this.events = events;
    }

    /** Admins see everyone, managers their team; nobody else lists users. */
    @Transactional(readOnly = true)
    public UserPage list(String actorName, UserQuery query) {
        BackofficeUser actor = actor(actorName);
        UserQuery scoped = switch (actor.role()) {
            case ADMIN -> query;
            case MANAGER -> new UserQuery(actor.username(), query.role(), query.status(), query.text(), query.sort(),
                    query.descending(), query.page(), query.size());
            default -> throw new AccessDeniedException("Only admins and managers see users");
        };
        List<BackofficeUser> page = users.page(scoped);
        Map<String, Long> pending = pendingWork.pendingCounts(page.stream().map(BackofficeUser::username).toList());
        OffsetDateTime now = OffsetDateTime.now();
        return new UserPage(page.stream().map(user -> view(user, pending, now)).toList(), scoped.page(), scoped.size(),
                users.count(scoped));
    }

    @Transactional(readOnly = true)
    public UserView view(String actorName, String username) {
        BackofficeUser target = inScope(actor(actorName), username);
        return view(target, pendingWork.pendingCounts(List.of(username)), OffsetDateTime.now());
    }

    @Transactional
    public CreatedUser create(String actorName, UserRequests.NewUser request) {
        BackofficeUser actor = actor(actorName);
        requireAdmin(actor, "Only IT admins create users");
        Map<String, String> errors = new LinkedHashMap<>();
        checkPlacement(request.role(), request.manager(), request.distributor(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (users.find(request.username()).isPresent()) {
            throw new ConflictException("Username " + request.username() + " is taken");
        }
        String oneTimePassword = io.backops.identity.Passwords.generate();
        BackofficeUser created = management.create(new io.backops.identity.NewUser(request.username(), request.name(),
                request.email(), request.employeeCode(), request.mobile(), request.role(),
                request.role() == Role.REVIEWER ? request.manager() : null,
                request.role() == Role.DISTRIBUTOR || request.role() == Role.INVESTOR ? request.distributor() : null),
                oneTimePassword, true);
        audit.record(actor.username(), SecurityEvent.USER_CREATED, created.username(),
                "role " + created.role() + (created.manager() == null ? "" : ", team of " + created.manager()));
        return new CreatedUser(UserView.of(created, 0, false), oneTimePassword);
    }

    @Transactional
    public UserView update(String actorName, String username, UserRequests.UserPatch patch) {
        BackofficeUser actor = actor(actorName);
        if (actor.username().equals(username)) {
            throw new AccessDeniedException("Nobody changes their own role, team or status");
        }
        BackofficeUser before = inScope(actor, username);
        if (actor.role() == Role.MANAGER && patch.changesMoreThanStatus()) {
            throw new AccessDeniedException("Managers change only the status of their team");
        }
        BackofficeUser after = applied(before, patch);
        Map<String, String> errors = new LinkedHashMap<>();
        checkPlacement(after.role(), after.manager(), after.distributorArn(), errors);
        if (before.role() == Role.MANAGER && after.role() != Role.MANAGER && !users.teamOf(username).isEmpty()) {
            errors.put("role", "stays MANAGER while the team has members: move them to another manager first");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        users.update(after);
        camundaIdentity.mirror(after);
        auditChanges(actor.username(), before, after);
        if (!Objects.equals(before.manager(), after.manager())) {
            events.publishEvent(new TeamChanged(username, before.manager(), after.manager()));
        }
        return view(after, pendingWork.pendingCounts(List.of(username)), OffsetDateTime.now());
    }

    @Transactional
    public void unlock(String actorName, String username) {
        BackofficeUser actor = actor(actorName);
        requireAdmin(actor, "Only IT admins unlock accounts");
        inScope(actor, username);
        if (users.unlock(username)) {
            audit.record(actor.username(), SecurityEvent.ACCOUNT_UNLOCKED, username, null);
        }
    }

    /** The user's open portal sessions (admins anyone's, managers their team's). */
    @Transactional(readOnly = true)
    public List<SessionView> sessions(String actorName, String username) {
        inScope(actor(actorName), username);
        return sessions.of(username);
    }

    /** Signs the user out everywhere: every open session ends, on every node (audited); answers how many. */
    @Transactional
    public int endSessions(String actorName, String username) {
        BackofficeUser actor = actor(actorName);
        inScope(actor, username);
        return sessions.endAll(actor.username(), username);
    }

    /**
     * Moves a user's pending applications in one action: to the named user, or in turn over the active reviewers
     * (a manager's own team when a manager asks).
     */
    @Transactional
    public List<PendingWork.Reassignment> reassign(String actorName, String username, String to) {
        BackofficeUser actor = actor(actorName);
        inScope(actor, username);
        List<String> candidates = (to != null ? List.of(to) : management.activeReviewers()).stream()
                .filter(candidate -> !candidate.equals(username))
                .filter(candidate -> actor.role() == Role.ADMIN || users.teamOf(actor.username()).contains(candidate))
                .toList();
        if (to != null && (candidates.isEmpty() || !activeBackOffice(to))) {
            throw new ValidationException(Map.of("to", actor.role() == Role.ADMIN
                    ? "must be another active reviewer or manager"
                    : "must be another active member of your team"));
        }
        if (candidates.isEmpty()) {
            throw new ValidationException(Map.of("to", "no active reviewer can take the work; name one"));
        }
        AtomicInteger turn = new AtomicInteger();
        var moved = pendingWork.reassign(username, () -> candidates.get(turn.getAndIncrement() % candidates.size()),
                actor.username());
        if (!moved.isEmpty()) {
            audit.record(actor.username(), SecurityEvent.WORK_REASSIGNED, username, moved.size()
                    + " pending applications to " + String.join(", ", moved.stream().map(PendingWork.Reassignment::to)
                    .distinct().toList()));
        }
        return moved;
    }

    public String passwordRules() {
        return passwordPolicy.describe();
    }

    @Transactional
    public void changeOwnPassword(String username, UserRequests.PasswordChange change) {
        var credentials = users.credentials(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        Map<String, String> errors = new LinkedHashMap<>();
        if (!passwordEncoder.matches(change.currentPassword(), credentials.passwordHash())) {
            errors.put("currentPassword", "is not your current password");
        }
        passwordPolicy.problemWith(change.newPassword(), username).ifPresent(problem -> errors.put("newPassword", problem));
        if (errors.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            errors.put("newPassword", "must differ from the current password");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        users.changePassword(username, passwordEncoder.encode(change.newPassword()), false);
        audit.record(username, SecurityEvent.PASSWORD_CHANGED, username, null);
    }

    private void checkPlacement(Role role, String manager, String distributor, Map<String, String> errors) {
        if (role == Role.REVIEWER) {
            boolean managerExists = manager != null
                    && users.find(manager).filter(m -> m.role() == Role.MANAGER).isPresent();
            if (!managerExists) {
                errors.put("manager", "must name an existing manager for a reviewer (role REVIEWER)");
            }
        }
        if ((role == Role.DISTRIBUTOR || role == Role.INVESTOR)
                && (distributor == null || distributors.find(distributor).isEmpty())) {
            errors.put("distributor", "must name a registered distributor's ARN for a distributor or investor login");
        }
    }

    private static BackofficeUser applied(BackofficeUser user, UserRequests.UserPatch patch) {
        Role role = either(patch.role(), user.role());
        String manager = role == Role.REVIEWER ? either(patch.manager(), user.manager()) : null;
        String distributor = role == Role.DISTRIBUTOR || role == Role.INVESTOR ? user.distributorArn() : null;
        return new BackofficeUser(user.username(), either(patch.name(), user.name()), either(patch.email(), user.email()),
                either(patch.employeeCode(), user.employeeCode()), either(patch.mobile(), user.mobile()), role, manager,
                distributor, either(patch.status(), user.status()));
    }

    /** The patched value where the patch has one, else the current one (which may be absent too). */
    private static <T> T either(T patched, T current) {
        return patched != null ? patched : current;
    }

    private void auditChanges(String actor, BackofficeUser before, BackofficeUser after) {
        if (before.role() != after.role()) {
            audit.record(actor, SecurityEvent.ROLE_CHANGED, after.username(), before.role() + " -> " + after.role());
        }
        if (!Objects.equals(before.manager(), after.manager())) {
            audit.record(actor, SecurityEvent.TEAM_CHANGED, after.username(), before.manager() + " -> " + after.manager());
        }
        if (before.status() != after.status()) {
            audit.record(actor, SecurityEvent.STATUS_CHANGED, after.username(), before.status() + " -> " + after.status());
        }
        if (!before.name().equals(after.name()) || !before.email().equals(after.email())
                || !Objects.equals(before.mobile(), after.mobile())
                || !Objects.equals(before.employeeCode(), after.employeeCode())) {
            audit.record(actor, SecurityEvent.USER_UPDATED, after.username(), "contact details");
        }
    }

    private BackofficeUser inScope(BackofficeUser actor, String username) {
        BackofficeUser target = users.find(username).orElseThrow(() -> new NotFoundException("No user " + username));
        return switch (actor.role()) {
            case ADMIN -> target;
            case MANAGER -> {
                if (!actor.username().equals(target.manager())) {
                    throw new NotFoundException("No user " + username);
                }
                yield target;
            }
            default -> throw new AccessDeniedException("Only admins and managers manage users");
        };
    }

    private boolean activeBackOffice(String username) {
        return users.find(username)
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .filter(user -> user.role() == Role.REVIEWER || user.role() == Role.MANAGER)
                .isPresent();
    }

    private static void requireAdmin(BackofficeUser actor, String message) {
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException(message);
        }
    }

    private BackofficeUser actor(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }

    private UserView view(BackofficeUser user, Map<String, Long> pending, OffsetDateTime now) {
        boolean locked = users.lockedUntil(user.username()).filter(until -> until.isAfter(now)).isPresent();
        return UserView.of(user, pending.getOrDefault(user.username(), 0L), locked);
    }

    public record UserPage(List<UserView> items, int page, int size, long total) {
    }

    public record CreatedUser(UserView user, String oneTimePassword) {
        @Override
        public String toString() {
            return "CreatedUser[" + user.username() + "]";
        }
    }
}
