package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationManagement;
import io.backops.kra.KraOutcome;
import io.backops.kra.KraSubmissions;
import io.backops.shared.RequestId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code service_push_kra}: an asynchronous job, so a KRA outage fails the job (and its retry cycle takes over)
 * instead of the reviewer's decision.
 */
@Component("pushToKra")
class PushToKra implements JavaDelegate {

    static final String AUTOMATIC = ApplicationManagement.SYSTEM;

    private final ApplicationManagement applications;
    private final KraSubmissions kra;

    PushToKra(ApplicationManagement applications, KraSubmissions kra) {
        this.applications = applications;
        this.kra = kra;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // On the job executor: the request that asked for this push names its attempts and log lines.
        RequestId.runAs((String) execution.getVariable(REQUEST_ID), () -> {
            String id = execution.getProcessBusinessKey();
            KraOutcome outcome = kra.push(applications.kycData(id), triggeredBy(execution));
            record(execution, id, outcome, applications);
            execution.setVariable(KRA_UPLOADED_AT, new Date());
        });
    }

    /** The user whose re-push started this attempt, or the system's own retry cycle. */
    static String triggeredBy(DelegateExecution execution) {
        Object user = execution.getVariable(PUSH_TRIGGERED_BY);
        return user == null ? AUTOMATIC : user + " (re-push)";
    }

    /** The application's id is the business key: variables can be changed through engine REST, the key cannot. */
    static void record(DelegateExecution execution, String id, KraOutcome outcome, ApplicationManagement applications) {
        applications.recordKraStatus(id, outcome.status());
        execution.setVariable(KRA_STATUS, outcome.status().name());
        execution.setVariable(KRA_FINAL, outcome.status().isFinal());
    }
}
