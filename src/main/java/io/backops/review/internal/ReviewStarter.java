package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Variables.*;

import io.backops.application.ApplicationResubmitted;
import io.backops.application.ApplicationSubmitted;
import io.backops.review.OnboardingProcess;
import io.backops.distribution.DistributorManagement;
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
    private final RepositoryService repository;
    private final DistributorManagement distributors;

    ReviewStarter(RuntimeService runtime, RepositoryService repository, DistributorManagement distributors) {
        this.runtime = runtime;
        this.repository = repository;
        this.distributors = distributors;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        runtime.startProcessInstanceById(flowOf(submitted.distributorArn(), submitted.applicationType()),
                submitted.applicationId(),
                Variables.createVariables()
                        .putValue(APPLICATION_ID, submitted.applicationId())
                        .putValue(STARTING_BUCKET, submitted.startingBucket().name())
                        .putValue(RISK_CLASS, submitted.riskClass().name())
                        .putValue(RISK_RULE, submitted.riskRule()));
    }

    /**
     * The flow assigned to the distributor (a version, or its latest); else the default flow of the application's
     * type: KYC modification for a change to a record the KRA holds, individual onboarding for a new one.
     */
    private String flowOf(String distributorArn, String applicationType) {
        var distributor = distributors.find(distributorArn).orElseThrow();
        String defaultFlow = "MODIFY".equals(applicationType) ? OnboardingProcess.MODIFICATION_KEY : OnboardingProcess.KEY;
        String key = distributor.flowKey() != null ? distributor.flowKey() : defaultFlow;
        var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
        var definition = distributor.flowVersion() != null
                ? query.processDefinitionVersion(distributor.flowVersion()).singleResult()
                : query.latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Distributor " + distributorArn + " is assigned flow " + key + " version "
                    + distributor.flowVersion() + ", which is not deployed");
        }
        return definition.getId();
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        runtime.createMessageCorrelation(OnboardingProcess.RESUBMITTED_MESSAGE)
                .processInstanceBusinessKey(resubmitted.applicationId())
                .correlate();
    }
}
