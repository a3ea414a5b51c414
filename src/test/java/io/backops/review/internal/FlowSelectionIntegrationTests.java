package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.distribution.DistributorManagement;
import io.backops.review.OnboardingProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** A distributor's applications start the flow assigned to it; the others the latest default flow. */
class FlowSelectionIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private DistributorManagement distributors;

    @AfterEach
    void backToTheDefault() {
        distributors.assignFlow(OTHER_DISTRIBUTOR_ARN, null, null);
    }

    @Test
    void assignedVersionIsStartedWhileOthersGetTheLatest() throws IOException {
        int pinned = latestVersion();
        String bpmn = new ClassPathResource("bpmn/individual-onboarding.bpmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("name=\"Individual onboarding\"", "name=\"Individual onboarding, revised\"");
        repository.createDeployment().name("flow-selection-test")
                .addString("individual-onboarding.bpmn", bpmn)
                .addClasspathResource("forms/review-application.form")
                .deploy();
        distributors.assignFlow(OTHER_DISTRIBUTOR_ARN, OnboardingProcess.KEY, pinned);

        String pinnedApplication = submit(Submissions.valid(OTHER_DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
        String latestApplication = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();

        assertThat(versionStartedBy(pinnedApplication)).isEqualTo(pinned);
        assertThat(versionStartedBy(latestApplication)).isEqualTo(latestVersion()).isGreaterThan(pinned);
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(OnboardingProcess.KEY).latestVersion()
                .singleResult().getVersion();
    }

    private int versionStartedBy(String applicationId) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .singleResult().getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }
}
