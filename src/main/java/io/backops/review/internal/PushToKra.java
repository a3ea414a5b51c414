package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.kra.KraOutcome;
import io.backops.kra.KraSubmissions;
import io.backops.kra.KraUnavailableException;
import io.backops.shared.RequestId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code service_push_kra}: an asynchronous job, so a KRA outage fails the job (and its retry cycle takes over)
 * instead of the reviewer's decision. Before it calls any KRA it claims the application (committed at once): a
 * reversal approved first stops the push before the KRA hears of it, one asked later is refused. A push that no KRA
 * took gives the claim back.
 */
@Component("pushToKra")
class PushToKra implements JavaDelegate {

    static final String AUTOMATIC = ApplicationManagement.SYSTEM;

    private final ApplicationManagement applications;
    private final ApplicationLifecycle lifecycle;
    private final KraSubmissions kra;

    PushToKra(ApplicationManagement applications, ApplicationLifecycle lifecycle, KraSubmissions kra) {
        this.applications = applications;
        this.lifecycle = lifecycle;
        this.kra = kra;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // On the job executor: the request that asked for this push names its attempts and log lines.
        RequestId.runAs((String) execution.getVariable(REQUEST_ID), () -> push(execution));
    }

    private void push(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        lifecycle.claimKraPush(id);
        KraOutcome outcome;
        try {
            outcome = kra.push(applications.kycData(id), triggeredBy(execution));
        } catch (KraUnavailableException e) {
            if (kra.integration(id).map(integration -> integration.ackNumber() == null).orElse(true)) {
                lifecycle.releaseKraPush(id);
            }
            throw e;
        }
        record(execution, id, outcome, lifecycle);
        execution.setVariable(KRA_UPLOADED_AT, new Date());
    }

    /** The user whose re-push started this attempt, or the system's own retry cycle. */
    static String triggeredBy(DelegateExecution execution) {
        Object user = execution.getVariable(PUSH_TRIGGERED_BY);
        return user == null ? AUTOMATIC : user + " (re-push)";
    }

    /** The application's id is the business key: variables can be changed through engine REST, the key cannot. */
    static void record(DelegateExecution execution, String id, KraOutcome outcome, ApplicationLifecycle applications) {
        applications.recordKraStatus(id, outcome.status());
        execution.setVariable(KRA_STATUS, outcome.status().name());
        execution.setVariable(KRA_FINAL, outcome.status().isFinal());
    }
}
