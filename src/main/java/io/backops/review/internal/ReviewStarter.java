package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationResubmitted;
import io.backops.application.ApplicationType;
import io.backops.application.ApplicationReversed;
import io.backops.application.ApplicationSubmitted;
import io.backops.distribution.DistributorManagement;
import io.backops.review.OnboardingProcess;
import io.backops.shared.RequestId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the onboarding flow of a submitted application, and wakes a draft's flow when its correction comes in,
 * inside the submitting transaction: an application is never stored without its flow, nor a flow moved for an
 * application that was rolled back.
 */
@Component
class ReviewStarter {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final DistributorManagement distributors;
    private final Map<String, String> pinned = new ConcurrentHashMap<>();

    ReviewStarter(RuntimeService runtime, HistoryService history, RepositoryService repository,
                  DistributorManagement distributors) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.distributors = distributors;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        var variables = Variables.createVariables()
                .putValue(APPLICATION_ID, submitted.applicationId())
                .putValue(STARTING_BUCKET, submitted.startingBucket().name())
                .putValue(RISK_CLASS, submitted.riskClass().name())
                .putValue(RISK_RULE, submitted.riskRule())
                .putValue(REQUEST_ID, RequestId.current().orElse(null));
        var distributor = distributors.find(submitted.distributorArn()).orElseThrow();
        String key = distributor.flowKey() != null ? distributor.flowKey()
                : submitted.applicationType() == ApplicationType.MODIFY ? OnboardingProcess.MODIFICATION_KEY : OnboardingProcess.KEY;
        if (distributor.flowVersion() == null) {
            // The engine's own way to the latest version: no query of ours on every submission.
            runtime.startProcessInstanceByKey(key, submitted.applicationId(), variables);
        } else {
            runtime.startProcessInstanceById(pinnedVersion(key, distributor.flowVersion(), submitted.distributorArn()),
                    submitted.applicationId(), variables);
        }
    }

    /**
     * The definition id of a pinned version. Ids never change once deployed, so they are remembered; a version that
     * was never deployed is an error that names the distributor.
     */
    private String pinnedVersion(String key, int version, String distributorArn) {
        return pinned.computeIfAbsent(key + ":" + version, any -> {
            var definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .processDefinitionVersion(version).singleResult();
            if (definition == null) {
                throw new IllegalStateException("Distributor " + distributorArn + " is assigned flow " + key
                        + " version " + version + ", which is not deployed");
            }
            return definition.getId();
        });
    }

    /** A reversal took effect: the application's flow starts a fresh review. */
    @EventListener
    void on(ApplicationReversed reversed) {
        new ReviewRestart(runtime, history).restart(reversed.applicationId(), reversed.reviewer());
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        runtime.createMessageCorrelation(OnboardingProcess.RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey(resubmitted.applicationId())
                .correlate();
    }
}
