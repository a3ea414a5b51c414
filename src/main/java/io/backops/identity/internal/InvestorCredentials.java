package io.backops.identity.internal;

import io.backops.distribution.DistributorManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.NewUser;
import io.backops.identity.Passwords;
import io.backops.identity.Role;
import io.backops.identity.SecurityEvent;
import io.backops.identity.UserManagement;
import io.backops.identity.UserStatus;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Investor logins (docs/roles-and-scopes.md), made by admins and managers: a lowercase username of the investor's own,
 * a generated password shown once and, like the back office's, changed at its first use (whoever made the login saw
 * it), and one-time tokens for the auto-login links. An investor belongs to the distributor
 * he came through; he submits applications and resubmits his own drafts, nothing else.
 */
@Service
public class InvestorCredentials {

    private static final String USERNAME = "^[a-z][a-z0-9._-]{2,63}$";
    private static final Duration TOKEN_VALIDITY = Duration.ofDays(7);

    private final UserManagement users;
    private final BackofficeUsers table;
    private final LoginTokens tokens;
    private final DistributorManagement distributors;
    private final SecurityAudit audit;

    InvestorCredentials(UserManagement users, BackofficeUsers table, LoginTokens tokens,
                        DistributorManagement distributors, SecurityAudit audit) {
        this.users = users;
        this.table = table;
        this.tokens = tokens;
        this.distributors = distributors;
        this.audit = audit;
    }

    public record Request(String name, String username, String email, String mobile, String distributor,
                          String applicationType) {
    }

    /** What the creator hands to the investor, once: the password and the two one-time tokens. */
    public record Issued(String username, String password, String applicationType, String webToken,
                         String mobileToken) {
        @Override
        public String toString() {
            return "Issued[" + username + "]";
        }
    }

    @Transactional
    public Issued create(String actor, Request request) {
        mayManage(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!username.matches(USERNAME)) {
            errors.put("username", "must be 3 to 64 lowercase letters, digits, dots, dashes or underscores, "
                    + "starting with a letter");
        }
        if (request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            errors.put("name", "must have 1 to 100 characters");
        }
        if (request.email() == null || !request.email().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
                || request.email().length() > 254) {
            errors.put("email", "must be an email address");
        }
        if (request.mobile() != null && !request.mobile().isBlank() && !request.mobile().matches("^[6-9][0-9]{9}$")) {
            errors.put("mobile", "must be a 10-digit Indian mobile number");
        }
        if (request.distributor() == null || distributors.find(request.distributor()).isEmpty()) {
            errors.put("distributor", "must name a registered distributor's ARN");
        }
        String type = request.applicationType() == null ? "NEW" : request.applicationType();
        if (!List.of("NEW", "MODIFY").contains(type)) {
            errors.put("applicationType", "must be NEW or MODIFY");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (users.exists(username)) {
            throw new ConflictException("The username " + username + " is taken");
        }
        String password = Passwords.generate();
        users.create(new NewUser(username, request.name().strip(), request.email().strip(), null,
                request.mobile() == null || request.mobile().isBlank() ? null : request.mobile(), Role.INVESTOR, null,
                request.distributor()), password, true);
        audit.record(actor, SecurityEvent.USER_CREATED, username, "investor login through " + request.distributor());
        return new Issued(username, password, type, tokens.issue(username, TOKEN_VALIDITY),
                tokens.issue(username, TOKEN_VALIDITY));
    }

    @Transactional(readOnly = true)
    public List<BackofficeUser> list(String actor) {
        mayManage(actor);
        return table.all().stream().filter(user -> user.role() == Role.INVESTOR).toList();
    }

    /** An investor's login stops working (or works again); his applications stay as they are. */
    @Transactional
    public void setStatus(String actor, String username, UserStatus status) {
        mayManage(actor);
        BackofficeUser investor = users.find(username).filter(user -> user.role() == Role.INVESTOR)
                .orElseThrow(() -> new NotFoundException("No investor login " + username));
        if (investor.status() != status) {
            table.update(new BackofficeUser(investor.username(), investor.name(), investor.email(),
                    investor.employeeCode(), investor.mobile(), investor.role(), investor.manager(),
                    investor.distributorArn(), status));
            audit.record(actor, SecurityEvent.STATUS_CHANGED, username, investor.status() + " -> " + status);
        }
    }

    private void mayManage(String actor) {
        Role role = users.find(actor).map(BackofficeUser::role).orElse(null);
        if (role != Role.ADMIN && role != Role.MANAGER) {
            throw new AccessDeniedException("Only admins and managers manage investor logins");
        }
    }
}
