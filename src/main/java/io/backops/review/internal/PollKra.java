package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.KRA_FINAL;
import static io.backops.review.OnboardingProcess.Variables.KRA_UPLOADED_AT;
import static io.backops.review.OnboardingProcess.Variables.REQUEST_ID;

import io.backops.application.ApplicationLifecycle;
import io.backops.kra.KraSubmissions;
import io.backops.shared.RequestId;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code service_poll_kra}: asks the KRA how the upload stands; the flow loops until the status is final, or until
 * the KRA has kept it under process for longer than anyone should wait, when polling stops and the timeline says
 * a person must look.
 */
@Component("pollKra")
class PollKra implements JavaDelegate {

    private final ApplicationLifecycle applications;
    private final KraSubmissions kra;
    private final ReviewProperties properties;

    PollKra(ApplicationLifecycle applications, KraSubmissions kra, ReviewProperties properties) {
        this.applications = applications;
        this.kra = kra;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestId.runAs((String) execution.getVariable(REQUEST_ID), () -> poll(execution));
    }

    private void poll(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        var outcome = kra.poll(id, PushToKra.triggeredBy(execution));
        PushToKra.record(execution, id, outcome, applications);
        Date uploadedAt = (Date) execution.getVariable(KRA_UPLOADED_AT);
        if (!outcome.status().isFinal() && givesUp(uploadedAt, Instant.now(), properties.kraGiveUpAfter())) {
            applications.recordKraPollingStopped(id, "still " + outcome.status() + " at the KRA "
                    + properties.kraGiveUpAfter() + " after the upload; no longer asked automatically");
            execution.setVariable(KRA_FINAL, true);
        }
    }

    static boolean givesUp(Date uploadedAt, Instant now, Duration giveUpAfter) {
        return uploadedAt != null && now.isAfter(uploadedAt.toInstant().plus(giveUpAfter));
    }
}
