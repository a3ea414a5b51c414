package io.backops.notification.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.application.ApplicationDecided;
import io.backops.application.ApplicationDroppedOff;
import io.backops.application.ApplicationReversed;
import io.backops.application.ApprovalEscalated;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationResubmitted;
import io.backops.application.ApplicationSubmitted;
import io.backops.application.DeadlineBreached;
import io.backops.application.ReviewEscalated;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.AccountLocked;
import io.backops.identity.UserManagement;
import io.backops.notification.NotificationEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to an application into outbox messages, inside the transaction that made it happen: a
 * decision that rolls back sends nothing, one that commits cannot lose its notifications.
 */
@Component
class NotificationWriter {

    private final Outbox outbox;
    private final EmailTemplates templates;
    private final ApplicationManagement applications;
    private final DistributorManagement distributors;
    private final UserManagement users;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationWriter(Outbox outbox, EmailTemplates templates, ApplicationManagement applications,
                       DistributorManagement distributors, UserManagement users, ObjectMapper json) {
        this.outbox = outbox;
        this.templates = templates;
        this.applications = applications;
        this.distributors = distributors;
        this.users = users;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        callback(submitted.applicationId(), submitted.distributorArn(), NotificationEvent.PENDING, null);
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        callback(resubmitted.applicationId(), resubmitted.distributorArn(), NotificationEvent.PENDING, null);
    }

    @EventListener
    void on(ApplicationDecided decided) {
        NotificationEvent event = NotificationEvent.valueOf(decided.outcome().name());
        callback(decided.applicationId(), decided.distributorArn(), event, decided.reason());
        var applicant = applications.kycData(decided.applicationId());
        Map<String, String> fields = fields(decided.applicationId(), applicant.name(), decided.outcome().name(),
                decided.reason());
        fields.put("distributor", decided.distributorArn());
        templates.render(event, fields).ifPresent(email -> outbox.enqueue(decided.applicationId(), null,
                Outbox.Channel.EMAIL, event, applicant.email(), email.subject(), email.text(), now()));
    }

    /** A reversal put a decided application back to review: its channel hears that it is PENDING again, and why. */
    @EventListener
    void on(ApplicationReversed reversed) {
        callback(reversed.applicationId(), reversed.distributorArn(), NotificationEvent.PENDING,
                "decision reversed: " + reversed.requestReason());
    }

    @EventListener
    void on(ApprovalEscalated escalated) {
        if (escalated.notified() != null) {
            emailEscalation(escalated.applicationId(), escalated.notified(), escalated.maker(), escalated.detail());
        }
    }

    @EventListener
    void on(ApplicationDroppedOff droppedOff) {
        callback(droppedOff.applicationId(), droppedOff.distributorArn(), NotificationEvent.DROPOFF,
                "not resubmitted in time");
    }

    @EventListener
    void on(ReviewEscalated escalated) {
        emailEscalation(escalated.applicationId(), escalated.manager(), escalated.previousAssignee(),
                escalated.detail());
    }

    /** The owner of a locked account hears of it here, not on the sign-in page; the email names no one else. */
    @EventListener
    void on(AccountLocked locked) {
        String text = "Dear " + locked.name() + ",\n\n"
                + "After " + locked.failedSignIns() + " failed sign-ins, your Backops account " + locked.username()
                + " is locked until " + locked.until().withNano(0) + ".\n"
                + "If those sign-ins were not yours, tell your IT admin; an IT admin can also unlock the account sooner."
                + "\n\nBackops";
        outbox.enqueue(null, null, Outbox.Channel.EMAIL, NotificationEvent.ACCOUNT_LOCKED, locked.email(),
                "Your Backops account is locked", text, now());
    }

    /** The manager of whoever had the application hears that one of its deadlines ran out, and what to look at. */
    @EventListener
    void on(DeadlineBreached breached) {
        if (breached.manager() == null) {
            return;
        }
        users.find(breached.manager()).filter(manager -> manager.email() != null).ifPresent(manager -> {
            String text = "Dear " + manager.name() + ",\n\n"
                    + "Application " + breached.applicationId() + " missed its " + breached.name() + " deadline, due "
                    + breached.due().withNano(0) + (breached.assignee() == null ? "" : "; it is with "
                    + breached.assignee()) + ".\n"
                    + "The application's page and GET /api/deadlines?state=BREACHED list what is overdue.\n\nBackops";
            outbox.enqueue(breached.applicationId(), null, Outbox.Channel.EMAIL, NotificationEvent.DEADLINE_BREACHED,
                    manager.email(), "Deadline missed: " + breached.name() + " of " + breached.applicationId(), text,
                    now());
        });
    }

    private void emailEscalation(String applicationId, String managerName, String reviewer, String detail) {
        users.find(managerName).filter(manager -> manager.email() != null).ifPresent(manager -> {
            var applicant = applications.kycData(applicationId);
            Map<String, String> fields = fields(applicationId, applicant.name(), "PENDING", detail);
            fields.put("manager", manager.name());
            fields.put("reviewer", reviewer == null ? "nobody" : reviewer);
            templates.render(NotificationEvent.ESCALATED, fields).ifPresent(email -> outbox.enqueue(
                    applicationId, null, Outbox.Channel.EMAIL, NotificationEvent.ESCALATED, manager.email(),
                    email.subject(), email.text(), now()));
        });
    }

    private void callback(String applicationId, String distributorArn, NotificationEvent event, String reason) {
        distributors.callback(distributorArn, event.name()).ifPresent(callback -> {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("applicationId", applicationId);
            payload.put("event", event.name());
            payload.put("status", event.name());
            payload.put("reason", reason);
            payload.put("time", now().toString());
            outbox.enqueue(applicationId, distributorArn, Outbox.Channel.CALLBACK, event, callback.url(), null,
                    write(payload), now());
        });
    }

    private Map<String, String> fields(String applicationId, String name, String status, String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("applicationId", applicationId);
        fields.put("name", name);
        fields.put("status", status);
        fields.put("reason", reason == null ? "" : reason);
        fields.put("time", now().toString());
        return fields;
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a callback payload", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
