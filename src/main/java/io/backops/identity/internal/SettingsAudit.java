package io.backops.identity.internal;

import io.backops.distribution.DistributorChanged;
import io.backops.identity.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Settings changes made elsewhere go into the one security audit, in the transaction that made them. */
@Component
class SettingsAudit {

    private static final int MAX_DETAIL = 1000;

    private final SecurityAudit audit;

    SettingsAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(DistributorChanged changed) {
        String detail = (changed.before() == null ? "created" : changed.before()) + " -> " + changed.after();
        audit.record(changed.actor(), SecurityEvent.SETTINGS_CHANGED, "distributor " + changed.arn(),
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "…" : detail);
    }
}
