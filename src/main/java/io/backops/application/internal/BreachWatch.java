package io.backops.application.internal;

import io.backops.application.DeadlineBreached;
import io.backops.application.DeadlineName;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for clocks that ran out and records each breach once: a timeline entry, the counter
 * {@code backops_deadline_breaches_total{name}} and a {@link DeadlineBreached} event (the notification module emails
 * the manager). Every node runs it; the claim on the row decides which one records a breach.
 */
@Component
class BreachWatch {

    private static final Logger log = LoggerFactory.getLogger(BreachWatch.class);
    /** Breaches recorded per round: a backlog after an outage is worked off over a few rounds, not in one. */
    private static final int BATCH = 200;

    private final DeadlineRecords deadlines;
    private final ApplicationHistory history;
    private final ApplicationEventPublisher publisher;
    private final UserManagement users;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    BreachWatch(DeadlineRecords deadlines, ApplicationHistory history, ApplicationEventPublisher publisher,
                UserManagement users, TransactionTemplate transactions, MeterRegistry meters) {
        this.deadlines = deadlines;
        this.history = history;
        this.publisher = publisher;
        this.users = users;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = Clock.systemUTC();
        // At zero from the start, so that a rate over the counter means something before the first breach.
        for (DeadlineName name : DeadlineName.values()) {
            breaches(name);
        }
    }

    @Scheduled(initialDelayString = "${backops.deadlines.watch-interval:PT1M}",
            fixedDelayString = "${backops.deadlines.watch-interval:PT1M}")
    void recordBreaches() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (var breach : deadlines.unrecordedBreaches(now, BATCH)) {
            try {
                transactions.executeWithoutResult(status -> record(breach, now));
            } catch (RuntimeException e) {
                // One application's trouble (its head row locked by a long transaction) must not hold up the rest.
                log.warn("Could not record the {} breach of {} this round: {}", breach.name(), breach.applicationId(),
                        e.getMessage());
            }
        }
    }

    private void record(DeadlineRecords.Breach breach, OffsetDateTime now) {
        if (!deadlines.claimBreach(breach, now)) {
            return;
        }
        var breached = new DeadlineBreached(breach.applicationId(), breach.name(), breach.due(), breach.assignee(),
                managerOf(breach.assignee()), now);
        history.record(breach.applicationId(), breached.timelineEntry());
        publisher.publishEvent(breached);
        breaches(breach.name()).increment();
    }

    private Counter breaches(DeadlineName name) {
        return Counter.builder("backops.deadline.breaches").description("Deadlines that ran out unmet, by name")
                .tag("name", name.name()).register(meters);
    }

    private String managerOf(String assignee) {
        return assignee == null ? null : users.find(assignee).map(BackofficeUser::teamLead).orElse(null);
    }
}
