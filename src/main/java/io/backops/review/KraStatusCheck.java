package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.TIMER_KRA_POLL;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.identity.UserManagement;
import io.backops.kra.KraIntegration;
import io.backops.kra.KraSubmissions;
import io.backops.kra.KraUnavailableException;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * "Check KRA status now": asks the KRA about an uploaded application at once, instead of waiting up to a poll
 * interval (an hour by default). The call is recorded as an attempt naming the person; when the answer is final, the
 * flow's waiting poll is moved to now so the flow ends without waiting either.
 *
 * <p>Deliberately not one transaction: a KRA that does not answer rolls back the poll's own transaction, and the
 * person still gets the status with that failed attempt on top (nothing else changed).
 */
@Service
public class KraStatusCheck {

    private final KraSubmissions kra;
    private final IntegrationStatuses statuses;
    private final ApplicationManagement applications;
    private final ApplicationLifecycle lifecycle;
    private final UserManagement users;
    private final Settings settings;
    private final RuntimeService runtime;
    private final ManagementService management;

    KraStatusCheck(KraSubmissions kra, IntegrationStatuses statuses, ApplicationManagement applications,
                   ApplicationLifecycle lifecycle, UserManagement users, Settings settings, RuntimeService runtime,
                   ManagementService management) {
        this.lifecycle = lifecycle;
        this.kra = kra;
        this.statuses = statuses;
        this.applications = applications;
        this.users = users;
        this.settings = settings;
        this.runtime = runtime;
        this.management = management;
    }

    /** What the check found: whether the KRA answered, and the integration status after it. */
    public record Checked(boolean answered, IntegrationStatus status) {
    }

    public Checked checkNow(String applicationId, String actor) {
        settings.require(Grant.INTEGRATION);
        if (!users.isBackOffice(actor)) {
            throw new AccessDeniedException("Only the back office asks the KRA for a status");
        }
        applications.requireInScope(applicationId, actor);
        kra.integration(applicationId).map(KraIntegration::ackNumber).orElseThrow(() -> new ConflictException(
                "Nothing to check: " + applicationId + " has not been uploaded to a KRA yet"));
        boolean answered;
        try {
            var outcome = kra.poll(applicationId, actor + " (check now)");
            lifecycle.recordKraStatus(applicationId, outcome.status());
            if (outcome.status().isFinal()) {
                pollTheFlowNow(applicationId);
            }
            answered = true;
        } catch (KraUnavailableException e) {
            // Recorded as a failed attempt; the flow's own polls go on as before.
            answered = false;
        }
        return new Checked(answered, statuses.of(applicationId).orElseThrow());
    }

    private void pollTheFlowNow(String applicationId) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .listPage(0, 1).stream().findFirst();
        instance.flatMap(found -> management.createJobQuery().processInstanceId(found.getId())
                        .activityId(TIMER_KRA_POLL).timers().listPage(0, 1).stream().findFirst())
                .ifPresent(timer -> management.setJobDuedate(timer.getId(), new Date()));
    }
}
