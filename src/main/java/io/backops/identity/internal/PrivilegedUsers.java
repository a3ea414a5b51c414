package io.backops.identity.internal;

import io.backops.identity.Role;
import io.backops.identity.SecurityEvent;
import io.backops.identity.UserStatus;
import io.backops.shared.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privileged-user review (SEBI CSCRF asks for one periodically): every admin and manager with his last sign-in,
 * his second factor and when an IT admin last confirmed he still needs his access. IT admins only.
 */
@Service
public class PrivilegedUsers {

    private final JdbcClient jdbc;
    private final BackofficeUsers users;
    private final TwoFactorRules twoFactorRules;
    private final SecurityAudit audit;

    PrivilegedUsers(JdbcClient jdbc, BackofficeUsers users, TwoFactorRules twoFactorRules, SecurityAudit audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.twoFactorRules = twoFactorRules;
        this.audit = audit;
    }

    public record PrivilegedUser(String username, String name, Role role, UserStatus status,
                                 OffsetDateTime lastSignIn, boolean twoFactorRequired,
                                 OffsetDateTime twoFactorEnrolledAt, OffsetDateTime lastReviewedAt,
                                 String lastReviewedBy) {
    }

    @Transactional(readOnly = true)
    public List<PrivilegedUser> report(String actorName) {
        requireAdmin(actorName);
        TwoFactorRule rule = twoFactorRules.current();
        return jdbc.sql("""
                select u.username, u.name, u.role, u.status,
                       (select max(a.occurred_at) from security_audit a
                         where a.subject = u.username and a.event = 'SIGN_IN_SUCCEEDED') as last_sign_in,
                       (select t.confirmed_at from two_factor t where t.username = u.username) as enrolled_at,
                       (select max(r.reviewed_at) from privileged_user_review r
                         where r.username = u.username) as reviewed_at,
                       (select r.reviewed_by from privileged_user_review r where r.username = u.username
                         order by r.reviewed_at desc, r.id desc fetch first 1 rows only) as reviewed_by
                from backoffice_user u
                where u.role in ('ADMIN', 'MANAGER')
                order by u.role, u.username
                """)
                .query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    return new PrivilegedUser(rs.getString("username"), rs.getString("name"), role,
                            UserStatus.valueOf(rs.getString("status")),
                            rs.getObject("last_sign_in", OffsetDateTime.class), rule.appliesTo(role),
                            rs.getObject("enrolled_at", OffsetDateTime.class),
                            rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("reviewed_by"));
                })
                .list();
    }

    public record Review(OffsetDateTime at, String by) {
    }

    /** The person's last privileged-user review, for his page (the page has checked the viewer's scope). */
    @Transactional(readOnly = true)
    public Optional<Review> lastReview(String username) {
        return jdbc.sql("""
                select reviewed_at, reviewed_by from privileged_user_review where username = ?
                order by reviewed_at desc, id desc fetch first 1 rows only
                """)
                .param(username)
                .query((rs, n) -> new Review(rs.getObject("reviewed_at", OffsetDateTime.class),
                        rs.getString("reviewed_by")))
                .optional();
    }

    /** An IT admin confirms that an admin or a manager still needs his access (audited). */
    @Transactional
    public void markReviewed(String actorName, String username) {
        requireAdmin(actorName);
        users.find(username)
                .filter(user -> user.role() == Role.ADMIN || user.role() == Role.MANAGER)
                .orElseThrow(() -> new NotFoundException("No admin or manager " + username));
        jdbc.sql("insert into privileged_user_review (username, reviewed_at, reviewed_by) values (?, ?, ?)")
                .params(username, OffsetDateTime.now(), actorName)
                .update();
        audit.record(actorName, SecurityEvent.PRIVILEGED_USER_REVIEWED, username, "access still needed");
    }

    private void requireAdmin(String actorName) {
        if (users.find(actorName).filter(user -> user.role() == Role.ADMIN).isEmpty()) {
            throw new AccessDeniedException("Only IT admins review privileged users");
        }
    }
}
