package io.backops.review.internal;

import io.backops.settings.BusinessDays;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When a review is due (product settings, "sla"): so many business days after it starts, skipping weekends and the holiday
 * list, at the same time of day. The BPMN's SLA timer asks it ({@code ${reviewSla.dueDate()}}).
 */
@Component("reviewSla")
public class ReviewSla {

    private final Supplier<ProductSettings.Sla> sla;
    private final Supplier<Integer> approvalBusinessDays;
    private final Clock clock;

    @Autowired
    ReviewSla(Settings settings) {
        this(() -> settings.current().sla(), () -> settings.current().fourEyes().slaBusinessDays(),
                Clock.systemDefaultZone());
    }

    ReviewSla(Supplier<ProductSettings.Sla> sla, Supplier<Integer> approvalBusinessDays, Clock clock) {
        this.sla = sla;
        this.approvalBusinessDays = approvalBusinessDays;
        this.clock = clock;
    }

    public Date dueDate() {
        return Date.from(due(ZonedDateTime.now(clock)).toInstant());
    }

    /** When a four-eyes decision's checker is due: the approval's own business days, the same holidays. */
    public Date approvalDueDate() {
        return Date.from(due(ZonedDateTime.now(clock), approvalBusinessDays.get()).toInstant());
    }

    ZonedDateTime due(ZonedDateTime start) {
        return due(start, sla.get().businessDays());
    }

    ZonedDateTime due(ZonedDateTime start, int businessDays) {
        return BusinessDays.after(start, businessDays, sla.get().holidays());
    }

    String describe() {
        return sla.get().businessDays() + " business days";
    }

    String describeApproval() {
        return approvalBusinessDays.get() + " business days";
    }
}
