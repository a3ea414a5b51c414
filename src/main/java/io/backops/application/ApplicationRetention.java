package io.backops.application;

import io.backops.application.internal.ApplicationHistory;
import io.backops.application.internal.Erasure;
import io.backops.application.internal.InvestorApplications;
import io.backops.application.internal.RelationshipEnds;
import io.backops.application.internal.Transitions;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.Pan;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long applications keep their personal data (docs/retention.md): an admin's erasure request for one
 * application, the retention job that erases what passed its period, and the report of both.
 */
@Service
public class ApplicationRetention {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);
    /** Erasures per run of the job: a backlog is worked off over a few runs, each short. */
    private static final int BATCH = 500;
    /** PMLA: an investor's records are kept for five years after his relationship with the AMC ended. */
    static final Period INVESTOR_RECORDS_KEPT = Period.ofYears(5);
    private static final String ONLY_ADMINS_RECORD_ENDS = "Only IT admins record the end of an investor's relationship";

    private final Transitions transitions;
    private final InvestorApplications applications;
    private final Erasure erasure;
    private final RelationshipEnds relationshipEnds;
    private final ApplicationHistory history;
    private final Settings settings;
    private final UserManagement users;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Run> lastRun = new AtomicReference<>();

    ApplicationRetention(Transitions transitions, InvestorApplications applications, Erasure erasure,
                         RelationshipEnds relationshipEnds, ApplicationHistory history, Settings settings,
                         UserManagement users, TransactionTemplate transactions,
                         @Value("${backops.retention.interval:PT1H}") Duration interval) {
        this.transitions = transitions;
        this.applications = applications;
        this.erasure = erasure;
        this.relationshipEnds = relationshipEnds;
        this.history = history;
        this.settings = settings;
        this.users = users;
        this.transactions = transactions;
        this.interval = interval;
    }

    /** What one run of the job did on this node. */
    public record Run(OffsetDateTime at, int erased, int skipped) {
    }

    /** The policy, this node's last and next run, and how many applications are due, held back and erased. */
    public record Report(ProductSettings.Retention policy, Run lastRun, OffsetDateTime nextRun, long due, long held,
                         long erased) {
    }

    /** An admin asks to erase one application now; refused (409) while the law or a hold keeps it. */
    public void requestErasure(String id, String username, String reason) {
        // Checked before the application is looked up: for anyone else this is a 403 whether it exists or not.
        Actor admin = admin(username, "Only IT admins erase applications");
        transactions.executeWithoutResult(status -> erase(id, admin, reason));
    }

    public Report report(String username) {
        admin(username, "Only IT admins read the retention report");
        var policy = settings.current().retention();
        var counts = erasure.counts(endedBefore(policy), investorEndedBefore(), policy);
        Run last = lastRun.get();
        return new Report(policy, last, last == null ? null : last.at().plus(interval), counts.due(), counts.held(),
                counts.erased());
    }

    /**
     * Erases what passed its period, each application in a transaction of its own. Every node may run it: the
     * aggregate's version lets one erase an application and makes the other skip it.
     */
    public Run eraseDue() {
        var policy = settings.current().retention();
        int erased = 0;
        int skipped = 0;
        for (String id : erasure.due(endedBefore(policy), investorEndedBefore(), policy, BATCH)) {
            try {
                transactions.executeWithoutResult(status -> erase(id, Actor.SYSTEM,
                        "retention: " + policy.notInvestorDays() + " days after it ended"));
                erased++;
            } catch (ConflictException e) {
                skipped++;
                log.info("Retention skipped {}: {}", id, e.getMessage());
            }
        }
        Run run = new Run(OffsetDateTime.now(clock), erased, skipped);
        lastRun.set(run);
        if (erased > 0 || skipped > 0) {
            log.info("Retention erased {} applications, skipped {}", erased, skipped);
        }
        return run;
    }

    private Actor admin(String username, String onlyAdmins) {
        BackofficeUser user = users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
        if (!Actor.of(user).isAdmin()) {
            throw new AccessDeniedException(onlyAdmins);
        }
        return Actor.of(user);
    }

    private void erase(String id, Actor actor, String reason) {
        var row = applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
        Optional<String> hold = settings.current().retention().holdOn(id, row.pan())
                .map(ProductSettings.LegalHold::reason);
        Optional<LocalDate> investorKeptUntil = relationshipEnds.endedOn(row.pan())
                .map(ended -> ended.plus(INVESTOR_RECORDS_KEPT));
        transitions.apply(id, application -> application.erase(actor, reason, hold, investorKeptUntil,
                OffsetDateTime.now(clock)));
    }

    private OffsetDateTime endedBefore(ProductSettings.Retention policy) {
        return OffsetDateTime.now(clock).minusDays(policy.notInvestorDays());
    }

    private LocalDate investorEndedBefore() {
        return LocalDate.now(clock).minus(INVESTOR_RECORDS_KEPT);
    }

    // --- the end of an investor's relationship ----------------------------------------------------------------

    /** What was recorded: the PAN masked, the end, until when the law keeps the records, and which applications. */
    public record RelationshipEnd(String maskedPan, LocalDate endedOn, LocalDate keptUntil, List<String> applications) {
    }

    /**
     * An IT admin records that an investor's relationship with the AMC ended (or corrects the date): five years
     * later his accepted applications are erased like any other. Each of them gets a timeline entry.
     */
    @Transactional
    public RelationshipEnd recordRelationshipEnd(String pan, LocalDate endedOn, String reason, String username) {
        Actor admin = admin(username, ONLY_ADMINS_RECORD_ENDS);
        Map<String, String> errors = new TreeMap<>();
        requirePan(pan, errors);
        if (endedOn == null) {
            errors.put("endedOn", "is required (yyyy-mm-dd)");
        } else if (endedOn.isAfter(LocalDate.now(clock))) {
            errors.put("endedOn", "must not be in the future");
        }
        requireReason(reason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> accepted = relationshipEnds.acceptedApplications(pan);
        if (accepted.isEmpty()) {
            throw new NotFoundException("No investor with PAN " + Pan.mask(pan) + ": none of its applications was "
                    + "accepted, or all were erased");
        }
        LocalDate keptUntil = endedOn.plus(INVESTOR_RECORDS_KEPT);
        relationshipEnds.record(pan, endedOn, admin.username(), reason, OffsetDateTime.now(clock));
        accepted.forEach(id -> history.record(id, admin.username(), TimelineEvent.RELATIONSHIP_ENDED.name(), null,
                endedOn.toString(), "kept until " + keptUntil + ": " + reason));
        return new RelationshipEnd(Pan.mask(pan), endedOn, keptUntil, accepted);
    }

    /** The relationship did not end after all (recorded by mistake, or the investor came back). */
    @Transactional
    public void withdrawRelationshipEnd(String pan, String reason, String username) {
        Actor admin = admin(username, ONLY_ADMINS_RECORD_ENDS);
        Map<String, String> errors = new TreeMap<>();
        requirePan(pan, errors);
        requireReason(reason, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDate endedOn = relationshipEnds.endedOn(pan).orElseThrow(() -> new NotFoundException(
                "No end of a relationship is recorded for PAN " + Pan.mask(pan)));
        relationshipEnds.withdraw(pan);
        relationshipEnds.acceptedApplications(pan).forEach(id -> history.record(id, admin.username(),
                TimelineEvent.RELATIONSHIP_END_WITHDRAWN.name(), endedOn.toString(), null, reason));
    }

    private static void requirePan(String pan, Map<String, String> errors) {
        if (pan == null || !Pan.isValid(pan)) {
            errors.put("pan", "must be a PAN (five letters, four digits, a letter)");
        }
    }

    private static void requireReason(String reason, Map<String, String> errors) {
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "is required");
        } else if (reason.length() > 1000) {
            errors.put("reason", "must be at most 1,000 characters");
        }
    }
}
