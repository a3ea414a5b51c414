package io.backops.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.review.OnboardingProcess;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlowDeploymentIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private FlowDeployment flowDeployment;

    @Test
    void springBootsDefaultDeploymentPatternLeavesFormsOut() {
        // The trap this deployment exists for: Camunda's own auto-deployment would ship the BPMN without its form.
        assertThat(new CamundaBpmProperties().getDeploymentResourcePattern()).noneMatch(pattern -> pattern.endsWith(".form"));
    }

    @Test
    void bpmnAndItsFormAreDeployedTogether() {
        var definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(OnboardingProcess.KEY).latestVersion().singleResult();

        assertThat(repository.getDeploymentResourceNames(definition.getDeploymentId()))
                .contains("bpmn/individual-onboarding.bpmn", "forms/review-application.form");
        assertThat(repository.getResourceAsStream(definition.getDeploymentId(), "forms/review-application.form"))
                .asString(StandardCharsets.UTF_8).contains("\"id\": \"" + OnboardingProcess.REVIEW_FORM + "\"");
        assertThat(repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                .getName()).isEqualTo(FlowDeployment.DEPLOYMENT_NAME);
    }

    @Test
    void unchangedFlowsAreNotDeployedAgain() throws Exception {
        long deployments = repository.createDeploymentQuery().deploymentName(FlowDeployment.DEPLOYMENT_NAME).count();
        int version = repository.createProcessDefinitionQuery().processDefinitionKey(OnboardingProcess.KEY)
                .latestVersion().singleResult().getVersion();

        flowDeployment.deploy();

        assertThat(repository.createDeploymentQuery().deploymentName(FlowDeployment.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(OnboardingProcess.KEY)
                .latestVersion().singleResult().getVersion()).isEqualTo(version);
    }
}
