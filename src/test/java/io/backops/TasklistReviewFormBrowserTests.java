package io.backops;

import static io.backops.review.OnboardingProcess.Elements.USER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer's review task in Camunda Tasklist, as form-js renders it: the risk class and the rule that fired are on
 * the form, and its links lead to the application's page in the portal, at its documents.
 */
class TasklistReviewFormBrowserTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;
    @Autowired
    private TaskService tasks;

    @Test
    void theReviewFormShowsTheRiskAndLeadsToTheApplicationsDocuments() {
        String reviewer = TEAM.get(0);
        String id = submitAssignedTo(reviewer).get("id").asText();
        var application = application(id);
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(USER_REVIEW)
                .singleResult().getId();
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/camunda/app/tasklist/default/");
            browser.waitForUrl("/login");
            browser.signIn(reviewer, PASSWORD);
            browser.waitForUrl("/camunda/app/tasklist");
            browser.waitForText("My tasks");
            // The task's address is a fragment, which the sign-in's redirect does not carry: open it once signed in.
            browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.waitForText("Rule that fired");
            browser.waitForScript("return document.querySelector('.fjs-form input[id$=field_riskRule]') !== null"
                    + " && document.querySelector('.fjs-form input[id$=field_riskRule]').value !== ''");

            assertThat(browser.script("return document.querySelector('.fjs-form input[id$=field_riskClass]').value"))
                    .isEqualTo(application.get("riskClass").asText());
            assertThat(browser.script("return document.querySelector('.fjs-form input[id$=field_riskRule]').value"))
                    .isEqualTo(application.get("riskRule").asText());
            assertThat(browser.script(
                    "return [...document.querySelectorAll('.fjs-form a')].map(a => a.getAttribute('href')).join(' ')"))
                    .asString().contains("/applications/" + id, "/applications/" + id + "#documents");
            assertThat(browser.text()).contains("Open " + id + " in the Backops portal");

            browser.script("document.querySelector('.fjs-form a[href$=\"#documents\"]').scrollIntoView({block: 'center'})");
            browser.screenshot("tasklist-review-form-risk");
            browser.click(By.linkText("See its documents"));
            browser.waitForUrl("/applications/" + id);
            browser.waitForText("Documents");
            assertThat(browser.url()).endsWith("/applications/" + id + "#documents");
        }
    }
}
