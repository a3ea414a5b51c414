package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The flow editor in Chromium, under the portal's Content-Security-Policy: an admin opens the onboarding flow in
 * Camunda's modeler, adds a service task calling a bean that does not exist and sees the problem on that element,
 * fixes it, deploys the next version, gives it to a distributor, and that distributor's next application runs it;
 * the diff page shows the change. A hostile expression or a script is shown on its element and never deployed.
 */
class FlowEditorBrowserTests extends IntegrationTestSupport {

    private static final Duration CHECKED = Duration.ofSeconds(120);
    private static final String EXTRA_TASK = "service_check_again";

    @LocalServerPort
    private int port;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Test
    void adminEditsTheOnboardingFlowDeploysItAndADistributorsNextApplicationRunsIt() throws IOException {
        int version = latestVersion("individual-onboarding");
        String arn = "ARN-" + (70_000 + System.nanoTime() % 10_000);
        assertThat(post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Editor Test Distributor"))
                .getStatusCode().value()).isEqualTo(201);
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            // The Flows page draws each flow with bpmn.io's viewer, watermark included.
            awaitScript(browser, "return document.querySelector('#viewer-individual-onboarding[data-loaded=true] .bjs-powered-by') !== null;");
            browser.click(By.cssSelector("a[aria-label='Edit individual-onboarding version " + version + "']"));
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");
            assertThat(browser.find(By.cssSelector("#canvas .bjs-powered-by")).isDisplayed()).isTrue();
            assertThat(browser.find(By.cssSelector("#properties .bio-properties-panel")).isDisplayed()).isTrue();

            // A service task between picking the reviewer and the review, calling a bean that does not exist. It is
            // dropped on an empty part of the diagram: dropped on a flow or a shape, the modeler would join them.
            browser.script(modeling() + """
                    var task = modeling.createShape({ type: 'bpmn:ServiceTask' }, { x: 450, y: 780 }, canvas.getRootElement());
                    modeling.updateProperties(task, { id: '%s', name: 'Check again', 'camunda:delegateExpression': '${noSuchBean}' });
                    var into = registry.get('flow_to_user_review');
                    modeling.reconnectEnd(into, task, { x: 450, y: 740 });
                    var out = modeling.connect(task, registry.get('user_review'));
                    modeling.updateProperties(out, { id: 'flow_checked_again' });
                    """.formatted(EXTRA_TASK));
            awaitScript(browser, "var b = document.querySelector('.flow-problem-badge[data-element=%s]'); return b !== null && b.title.indexOf('noSuchBean') >= 0;"
                    .formatted(EXTRA_TASK));
            assertThat(browser.find(By.cssSelector("#problems li[data-element=" + EXTRA_TASK + "]")).getText())
                    .contains("noSuchBean");
            browser.screenshot("flow-editor-problem-on-element");

            browser.script(modeling() + "modeling.updateProperties(registry.get('%s'), { 'camunda:delegateExpression': '${prepareReview}' });"
                    .formatted(EXTRA_TASK));
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");

            browser.click(By.id("deploy-flow"));
            browser.waitForText("Deployed individual-onboarding version " + (version + 1));
            assertThat(latestVersion("individual-onboarding")).isEqualTo(version + 1);

            browser.open("/distributors/" + arn);
            browser.type(By.id("flowKey"), "individual-onboarding");
            browser.type(By.id("flowVersion"), String.valueOf(version + 1));
            browser.click(By.id("save"));
            Awaitility.await().atMost(CHECKED).until(() -> read(get(ADMIN, "/api/distributors/" + arn)).path("flowVersion").asInt() == version + 1);

            String application = submit(Submissions.valid(arn, freshPan('1'))).get("id").asText();
            var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application).singleResult();
            assertThat(instance.getProcessDefinitionId()).startsWith("individual-onboarding:" + (version + 1) + ":");
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId(EXTRA_TASK).finished().count()).isEqualTo(1);

            browser.open("/flows/diff?key=individual-onboarding&from=" + version + "&to=" + (version + 1));
            awaitScript(browser, "return Number(document.getElementById('flow-diff').dataset.count) > 0;");
            assertThat(browser.find(By.cssSelector("#diff-list li[data-kind=added][data-element=" + EXTRA_TASK + "]"))
                    .getText()).contains("Check again");
            assertThat(browser.find(By.cssSelector("#viewer-to [data-element-id=" + EXTRA_TASK + "].diff-added"))).isNotNull();
            // The flow into the review now ends at the new task: changed, coloured on both sides.
            assertThat(browser.find(By.cssSelector("#diff-list li[data-kind=changed][data-element=flow_to_user_review]"))).isNotNull();
            assertThat(browser.find(By.cssSelector("#viewer-from [data-element-id=flow_to_user_review].diff-changed"))).isNotNull();
            browser.screenshot("flow-diff");

            // The other way round, the task is what was removed.
            browser.open("/flows/diff?key=individual-onboarding&from=" + (version + 1) + "&to=" + version);
            awaitScript(browser, "return Number(document.getElementById('flow-diff').dataset.count) > 0;");
            assertThat(browser.find(By.cssSelector("#diff-list li[data-kind=removed][data-element=" + EXTRA_TASK + "]"))
                    .getText()).contains("Check again");
            assertThat(browser.find(By.cssSelector("#viewer-from [data-element-id=" + EXTRA_TASK + "].diff-removed"))).isNotNull();
        } finally {
            // Later tests start the default flow: give it back its shipped steps, as the next version.
            deployShipped("individual-onboarding");
        }
    }

    @Test
    void aHostileExpressionAndAScriptAreShownOnTheirElementsAndNeverDeployed() {
        int version = latestVersion("kyc-modification");
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows/editor?key=kyc-modification&version=" + version);
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/flows/editor?key=kyc-modification&version=" + version);
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");

            browser.script(modeling() + """
                    modeling.updateProperties(registry.get('service_escalate_review'),
                        { 'camunda:delegateExpression': undefined, 'camunda:expression': '${execution.getProcessEngineServices().getRuntimeService()}' });
                    var replace = modeler.get('bpmnReplace');
                    replace.replaceElement(registry.get('service_record_drop_off'), { type: 'bpmn:ScriptTask' });
                    """);
            awaitScript(browser, "return document.querySelector('.flow-problem-badge[data-element=service_escalate_review]') !== null"
                    + " && document.querySelector('.flow-problem-badge[data-element=service_record_drop_off]') !== null;");
            assertThat(browser.find(By.cssSelector("#problems")).getText())
                    .contains("Backops bean", "script task");

            browser.click(By.id("deploy-flow"));
            browser.waitForText("Not deployed");
            assertThat(browser.find(By.cssSelector("#problems li[data-element=service_escalate_review]")).getText())
                    .contains("Backops bean");
            browser.screenshot("flow-editor-refused");
        }
        assertThat(latestVersion("kyc-modification")).isEqualTo(version);
    }

    @Test
    void theFormEditorOpensAShippedFormAtTheSchemaVersionTasklistRendersWithAPreview() {
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows/forms/editor?form=review-application");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/flows/forms/editor?form=review-application");
            awaitScript(browser, "return document.getElementById('form-editor').dataset.schemaVersion === '16';");
            int fields = Integer.parseInt(String.valueOf(browser.script(
                    "return document.getElementById('form-editor').dataset.previewFields;")));
            assertThat(fields).isPositive();

            // A field added to the form in the editor shows in the preview.
            browser.script("""
                    var editor = document.getElementById('form-editor').formEditor;
                    var schema = editor.saveSchema();
                    schema.components.push({ type: 'textfield', key: 'extraNote', label: 'Extra note', id: 'Field_extra' });
                    editor.importSchema(schema);
                    """);
            awaitScript(browser, "return document.querySelector('#form-preview') !== null"
                    + " && document.querySelector('#form-preview').textContent.indexOf('Extra note') >= 0;");
            browser.screenshot("form-editor-preview");
        }
    }

    @Test
    void aNewFlowStartsFromTheTemplateWithTheRequiredStepsAndIsDeployedAsItsFirstVersion() {
        String key = "trial-new-flow-" + System.nanoTime() % 100_000;
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows/editor");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/flows/editor");
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");
            assertThat(browser.script(modeling() + "return ['user_review', 'service_push_kra', 'service_prepare_review']"
                    + ".every(function (id) { return registry.get(id) !== undefined; });")).isEqualTo(Boolean.TRUE);
            assertThat(browser.find(By.cssSelector("#flow-forms button[data-form=review-application]")).isDisplayed()).isTrue();

            browser.script(modeling() + "modeling.updateProperties(canvas.getRootElement(), { id: '%s', name: 'Trial new flow' });"
                    .formatted(key));
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");
            browser.click(By.id("save-draft"));
            browser.waitForText("of " + key + " saved (not deployed)");
            browser.click(By.id("deploy-flow"));
            browser.waitForText("Deployed " + key + " version 1");
        }
        assertThat(latestVersion(key)).isEqualTo(1);
    }

    @Test
    void aFormOpenedFromTheFlowEditorIsSavedInTheDraftAndDeployedWithTheFlow() throws IOException {
        String key = "kyc-modification";
        int version = latestVersion(key);
        try (var browser = new Browser("http://localhost:" + port)) {
            browser.open("/flows/editor?key=" + key + "&version=" + version);
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/flows/editor?key=" + key + "&version=" + version);
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");

            // The user tasks' forms are listed; opening one saves the draft and opens the form as the draft's.
            browser.click(By.cssSelector("#flow-forms button[data-form=review-application]"));
            awaitScript(browser, "var f = document.getElementById('form-editor');"
                    + " return f !== null && f.dataset.schemaVersion === '16' && f.dataset.saveUrl.indexOf('/api/flows/drafts/') === 0;");
            browser.script("""
                    var editor = document.getElementById('form-editor').formEditor;
                    var schema = editor.saveSchema();
                    schema.components.push({ type: 'textfield', key: 'extraNote', label: 'Extra note', id: 'Field_extra' });
                    editor.importSchema(schema);
                    """);
            awaitScript(browser, "return document.querySelector('#form-preview').textContent.indexOf('Extra note') >= 0;");
            browser.click(By.id("save-form"));
            browser.waitForText("Saved in the draft");
            browser.screenshot("form-editor-in-draft");

            browser.click(By.id("back-to-draft"));
            awaitScript(browser, "return document.getElementById('problems').dataset.count === '0';");
            browser.click(By.id("deploy-flow"));
            browser.waitForText("Deployed " + key + " version " + (version + 1));
        } finally {
            deployShipped(key);
        }
        JsonNode deployed = read(get(ADMIN, "/api/flows/" + key + "/versions/" + (version + 1) + "/forms/review-application"));
        assertThat(deployed.toString()).contains("extraNote");
        assertThat(deployed.get("schemaVersion").asInt()).isEqualTo(16);
        assertThat(get(ADMIN, "/api/flows/" + key + "/versions/" + version + "/forms/review-application").getBody())
                .doesNotContain("extraNote");
    }

    /** The modeler and its services, as the page keeps them on the editor's element. */
    private static String modeling() {
        return """
                var modeler = document.getElementById('flow-editor').bpmnModeler;
                var modeling = modeler.get('modeling'), registry = modeler.get('elementRegistry'), canvas = modeler.get('canvas');
                """;
    }

    private static void awaitScript(Browser browser, String script) {
        // Each change is checked on the server (bpmnlint on GraalJS among others): slow on a busy machine.
        Awaitility.await().atMost(CHECKED).pollInterval(Duration.ofMillis(500))
                .until(() -> Boolean.TRUE.equals(browser.script(script)));
    }

    private int latestVersion(String key) {
        for (JsonNode flow : read(get(ADMIN, "/api/flows?size=200")).get("items")) {
            if (flow.get("key").asText().equals(key)) {
                return flow.get("versions").get(0).get("version").asInt();
            }
        }
        throw new AssertionError("no flow " + key);
    }

    private void deployShipped(String key) throws IOException {
        byte[] shipped = new ClassPathResource("bpmn/" + key + ".bpmn").getContentAsByteArray();
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(shipped) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        assertThat(http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity("/api/flows", new HttpEntity<>(body, headers),
                String.class).getStatusCode().value()).isEqualTo(201);
        assertThat(new String(shipped, StandardCharsets.UTF_8)).contains(key);
    }
}
