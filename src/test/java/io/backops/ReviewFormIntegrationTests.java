package io.backops;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.APPLICATION_ID;
import static io.backops.review.OnboardingProcess.Variables.RISK_CLASS;
import static io.backops.review.OnboardingProcess.Variables.RISK_RULE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review form a reviewer opens in Tasklist, as the engine deployed it: it shows the risk class and the rule that
 * fired, and links to the application's page and documents in the portal; the review task carries those variables.
 */
class ReviewFormIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private TaskService tasks;
    @Autowired
    private FormService forms;

    @Test
    void theReviewTasksFormShowsTheRiskAndTheRuleAndLinksToThePortal() throws IOException {
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();
        JsonNode application = application(id);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(USER_REVIEW).singleResult();

        var variables = tasks.getVariables(task.getId(), List.of(APPLICATION_ID, RISK_CLASS, RISK_RULE));
        assertThat(variables).containsEntry(APPLICATION_ID, id)
                .containsEntry(RISK_CLASS, application.get("riskClass").asText())
                .containsEntry(RISK_RULE, application.get("riskRule").asText());
        assertThat((String) variables.get(RISK_RULE)).isNotBlank();

        JsonNode form;
        try (var deployed = forms.getDeployedTaskForm(task.getId())) {
            form = json.readTree(deployed);
        }
        List<String> keys = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        form.get("components").forEach(component -> {
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.get("type").asText().equals("text")) {
                texts.append(component.get("text").asText()).append('\n');
            }
        });
        assertThat(form.get("id").asText()).isEqualTo("review-application");
        assertThat(keys).contains(RISK_CLASS, RISK_RULE, "decision", "reason");
        assertThat(texts.toString())
                .contains("](/applications/{{" + APPLICATION_ID + "}})")
                .contains("](/applications/{{" + APPLICATION_ID + "}}#documents)");
    }
}
