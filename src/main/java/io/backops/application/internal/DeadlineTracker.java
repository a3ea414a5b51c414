package io.backops.application.internal;

import io.backops.application.ApplicationDecided;
import io.backops.application.ApplicationResubmitted;
import io.backops.application.ApplicationReversed;
import io.backops.application.ApplicationStatus;
import io.backops.application.ApplicationSubmitted;
import io.backops.application.DeadlineName;
import io.backops.application.DecisionAwaitingApproval;
import io.backops.application.DecisionRefused;
import io.backops.application.KraStatusChanged;
import io.backops.settings.BusinessDays;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and stops an application's clocks as its events happen, in the transaction of the transition itself, so a
 * clock never disagrees with the status it times. Due moments are counted in business days from the event, in the
 * server's time zone, skipping the holiday list as it stands when the clock starts.
 */
@Component
class DeadlineTracker {

    private final DeadlineRecords deadlines;
    private final Settings settings;
    private final DeadlineProperties properties;

    DeadlineTracker(DeadlineRecords deadlines, Settings settings, DeadlineProperties properties) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.properties = properties;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        if (submitted.startingBucket() == ApplicationStatus.PENDING) {
            start(submitted.applicationId(), DeadlineName.REVIEW, submitted.at());
        } else if (submitted.startingBucket() == ApplicationStatus.ACCEPTED) {
            start(submitted.applicationId(), DeadlineName.KRA_UPLOAD, submitted.at());
        }
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        start(resubmitted.applicationId(), DeadlineName.REVIEW, resubmitted.at());
    }

    @EventListener
    void on(DecisionAwaitingApproval awaiting) {
        deadlines.meet(awaiting.applicationId(), DeadlineName.REVIEW, awaiting.at());
        start(awaiting.applicationId(), DeadlineName.APPROVAL, awaiting.at());
    }

    /** Refused: the checker answered, and the maker's review runs again. */
    @EventListener
    void on(DecisionRefused refused) {
        deadlines.meet(refused.applicationId(), DeadlineName.APPROVAL, refused.at());
        start(refused.applicationId(), DeadlineName.REVIEW, refused.at());
    }

    @EventListener
    void on(ApplicationDecided decided) {
        deadlines.meet(decided.applicationId(), DeadlineName.REVIEW, decided.decidedAt());
        deadlines.meet(decided.applicationId(), DeadlineName.APPROVAL, decided.decidedAt());
        if (decided.outcome() == ApplicationStatus.ACCEPTED) {
            start(decided.applicationId(), DeadlineName.KRA_UPLOAD, decided.decidedAt());
        }
    }

    @EventListener
    void on(ApplicationReversed reversed) {
        deadlines.withdraw(reversed.applicationId(), DeadlineName.KRA_UPLOAD);
        start(reversed.applicationId(), DeadlineName.REVIEW, reversed.at());
    }

    /** Uploaded: the upload's clock stops and the KRA's starts; any answer of the KRA's own stops that one. */
    @EventListener
    void on(KraStatusChanged changed) {
        KraStatus after = changed.after();
        if (after == KraStatus.UNDER_PROCESS) {
            deadlines.meet(changed.applicationId(), DeadlineName.KRA_UPLOAD, changed.at());
            start(changed.applicationId(), DeadlineName.KRA_VALIDATION, changed.at());
        } else if (after == KraStatus.REGISTERED || after == KraStatus.VALIDATED || after == KraStatus.ON_HOLD
                || after == KraStatus.KRA_REJECTED) {
            // A KRA that already held the PAN answers at once: both clocks stop together.
            deadlines.meet(changed.applicationId(), DeadlineName.KRA_UPLOAD, changed.at());
            deadlines.meet(changed.applicationId(), DeadlineName.KRA_VALIDATION, changed.at());
        }
    }

    private void start(String applicationId, DeadlineName name, OffsetDateTime at) {
        ProductSettings current = settings.current();
        int businessDays = switch (name) {
            case REVIEW -> current.sla().businessDays();
            case APPROVAL -> current.fourEyes().slaBusinessDays();
            case KRA_UPLOAD -> properties.kraUploadBusinessDays();
            case KRA_VALIDATION -> properties.kraValidationBusinessDays();
        };
        OffsetDateTime due = BusinessDays.after(at.atZoneSameInstant(ZoneId.systemDefault()), businessDays,
                current.sla().holidays()).toOffsetDateTime();
        deadlines.start(applicationId, name, at, due);
    }
}
