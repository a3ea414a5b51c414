package io.backops.identity.internal;

import io.backops.distribution.DistributorChanged;
import io.backops.identity.Audited;
import io.backops.identity.SecurityEvent;
import io.backops.settings.SettingsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Settings changes and other audited actions (bulk actions) made elsewhere go into the one security audit, in the transaction that made them. */
@Component
class SettingsAudit {

    private static final int MAX_DETAIL = 1000;

    private final SecurityAudit audit;

    SettingsAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DistributorChanged changed) {
        record(changed.actor(), "distributor " + changed.arn(), changed.before(), changed.after());
    }

    @EventListener
    void on(SettingsChanged changed) {
        record(changed.actor(), "settings " + changed.section(), changed.before(), changed.after());
    }

    @EventListener
    void on(Audited audited) {
        audit.record(audited.actor(), audited.event(), audited.subject(), audited.detail());
    }

    private void record(String actor, String subject, String before, String after) {
        String detail = (before == null ? "created" : before) + " -> " + after;
        audit.record(actor, SecurityEvent.SETTINGS_CHANGED, subject,
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail);
    }
}
