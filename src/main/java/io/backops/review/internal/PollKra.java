package io.backops.review.internal;

import io.backops.application.ApplicationManagement;
import io.backops.kra.KraSubmissions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code service_poll_kra}: asks the KRA how the upload stands; the flow loops until the status is final. */
@Component("pollKra")
class PollKra implements JavaDelegate {

    private final ApplicationManagement applications;
    private final KraSubmissions kra;

    PollKra(ApplicationManagement applications, KraSubmissions kra) {
        this.applications = applications;
        this.kra = kra;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        PushToKra.record(execution, id, kra.poll(id, PushToKra.triggeredBy(execution)), applications);
    }
}
