package io.backops.identity.internal;

import io.backops.identity.Role;
import io.backops.identity.SecurityEvent;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product setting "who must use two factors": the configured default until an admin chooses, then the row.
 * Read from the database on every sign-in, so that a change holds on every node at once.
 */
@Component
public class TwoFactorRules {

    private static final int THE_ROW = 1;

    private final JdbcClient jdbc;
    private final TwoFactorProperties properties;
    private final SecurityAudit audit;

    TwoFactorRules(JdbcClient jdbc, TwoFactorProperties properties, SecurityAudit audit) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
    }

    public TwoFactorRule current() {
        return jdbc.sql("select required_for from two_factor_policy where id = ?").param(THE_ROW)
                .query(String.class).optional().map(TwoFactorRule::valueOf).orElse(properties.requiredFor());
    }

    boolean requiredFor(Role role) {
        return current().appliesTo(role);
    }

    /** Sets the rule; the caller has checked that {@code actor} is an admin. */
    @Transactional
    public void change(String actor, TwoFactorRule rule) {
        TwoFactorRule before = current();
        jdbc.sql("delete from two_factor_policy where id = ?").param(THE_ROW).update();
        jdbc.sql("insert into two_factor_policy (id, required_for, changed_at, changed_by) values (?, ?, ?, ?)")
                .params(THE_ROW, rule.name(), OffsetDateTime.now(), actor).update();
        if (before != rule) {
            audit.record(actor, SecurityEvent.SETTINGS_CHANGED, null, "two-factor required for: " + before + " -> " + rule);
        }
    }
}
