package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * POST /api/flows/validate names every problem on its element, from Backops' rules, bpmnlint and the engine's
 * parser; every route to a deployment (the upload, a draft) refuses a model while one remains; drafts are kept,
 * deployed as the next version and audited.
 */
class FlowValidationIntegrationTests extends IntegrationTestSupport {

    @Test
    void theShippedFlowsAreDeployable() throws IOException {
        for (String key : new String[] {"individual-onboarding", "kyc-modification"}) {
            JsonNode answer = read(validate(shipped(key), key + ".bpmn"));
            assertThat(answer.get("problems")).as(answer.toString()).isEmpty();
            assertThat(answer.get("deployable").asBoolean()).isTrue();
        }
    }

    @Test
    void everyKindOfProblemIsOnItsElement() throws IOException {
        String trial = shipped("individual-onboarding").replace("individual-onboarding", "trial-validate");
        String model = trial
                .replace("${prepareReview}", "${noSuchBean}")
                .replace("id=\"service_escalate_review\"", "id=\"escalate\"")
                .replace("bpmnElement=\"service_escalate_review\"", "bpmnElement=\"escalate\"")
                .replace("sourceRef=\"service_escalate_review\"", "sourceRef=\"escalate\"")
                .replace("targetRef=\"service_escalate_review\"", "targetRef=\"escalate\"")
                .replace(" camunda:delegateExpression=\"${pushToKra}\"", " camunda:expression=\"${execution.getProcessEngine()}\"");

        JsonNode problems = read(validate(model, "trial.bpmn")).get("problems");

        assertHas(problems, "service_prepare_review", "backops", "noSuchBean");
        assertHas(problems, "escalate", "backops", "service_");
        assertHas(problems, "service_push_kra", "backops", "Backops bean");
        assertHas(problems, "trial-validate", "backops", "KRA push");
    }

    @Test
    void bpmnlintFindingsAreProblemsAndRefuseTheDeployment() throws IOException {
        String before = new ClassPathResource("flows/individual-onboarding-implicit-joins.bpmn")
                .getContentAsString(StandardCharsets.UTF_8).replace("individual-onboarding", "trial-lint");

        JsonNode problems = read(validate(before, "lint.bpmn")).get("problems");
        assertHas(problems, "xor_kra_final", "bpmnlint", "forks and joins");
        assertHas(problems, "service_push_kra", "bpmnlint", "do not join");

        ResponseEntity<String> deploy = upload(before, "lint.bpmn");
        assertThat(deploy.getStatusCode().value()).isEqualTo(400);
        assertThat(deploy.getBody()).contains("xor_kra_final");
    }

    @Test
    void aScriptTaskIsAProblemOnItsElementAndIsNeverDeployedFromADraft() throws IOException {
        String trial = shipped("individual-onboarding").replace("individual-onboarding", "trial-script")
                .replace("<bpmn:serviceTask id=\"service_record_drop_off\" name=\"Record the drop-off\" camunda:delegateExpression=\"${recordDropOff}\">",
                        "<bpmn:scriptTask id=\"service_record_drop_off\" name=\"Record the drop-off\" scriptFormat=\"javascript\">")
                .replace("<bpmn:outgoing>flow_dropped_off</bpmn:outgoing>\n    </bpmn:serviceTask>",
                        "<bpmn:outgoing>flow_dropped_off</bpmn:outgoing>\n      <bpmn:script>java.lang.System.exit(1)</bpmn:script>\n    </bpmn:scriptTask>");
        assertThat(trial).contains("scriptTask");
        assertHas(read(validate(trial, "script.bpmn")).get("problems"), "service_record_drop_off", "backops", "script");

        JsonNode draft = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", trial)));
        assertThat(draft.get("key").asText()).isEqualTo("trial-script");
        ResponseEntity<String> refused = post(ADMIN, "/api/flows/drafts/" + draft.get("id").asLong() + "/deploy", Map.of());
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("service_record_drop_off");
        assertThat(read(get(ADMIN, "/api/flows?size=200")).toString()).doesNotContain("trial-script");
        assertThat(get(ADMIN, "/api/flows/drafts/" + draft.get("id").asLong()).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aDraftIsSavedChangedAndDeployedAsTheNextVersionAndEveryStepIsAudited() throws IOException {
        String key = "trial-draft";
        String model = shipped("kyc-modification").replace("kyc-modification", key);
        JsonNode first = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", model)));
        long id = first.get("id").asLong();
        JsonNode changed = read(put(ADMIN, "/api/flows/drafts/" + id,
                Map.of("bpmn", model.replaceFirst("camunda:versionTag=\"[^\"]*\"", "camunda:versionTag=\"7\""))));
        assertThat(changed.get("bpmn").asText()).contains("camunda:versionTag=\"7\"");
        assertThat(read(get(ADMIN, "/api/flows/drafts")).toString()).contains("\"id\":" + id);

        ResponseEntity<String> deployed = post(ADMIN, "/api/flows/drafts/" + id + "/deploy", Map.of());

        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(201);
        assertThat(read(deployed).get("key").asText()).isEqualTo(key);
        assertThat(get(ADMIN, "/api/flows/drafts/" + id).getStatusCode().value()).isEqualTo(404);
        String audit = read(get(ADMIN, "/api/audit")).toString();
        assertThat(audit).contains("FLOW_CHANGED", "flow draft " + id, "deployed as " + key, "flow " + key);
    }

    @Test
    void aDraftThatIsNotBpmnIsRefusedAndNothingIsKept() {
        int before = read(get(ADMIN, "/api/flows/drafts")).get("items").size();
        ResponseEntity<String> refused = post(ADMIN, "/api/flows/drafts", Map.of("bpmn", "<not-bpmn/>"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("bpmn");
        assertThat(read(get(ADMIN, "/api/flows/drafts")).get("items").size()).isEqualTo(before);
    }

    @Test
    void aFlowWithoutTheFourEyesStepsIsRefusedOnTheElementThatLacksThem() throws IOException {
        String trial = shipped("individual-onboarding").replace("individual-onboarding", "trial-four-eyes");
        String unrecorded = trial.replace("<camunda:taskListener delegateExpression=\"${recordApproval}\" event=\"complete\"/>", "");
        String unprepared = trial.replace("<camunda:taskListener delegateExpression=\"${prepareApproval}\" event=\"create\"/>", "");
        String bypassed = trial.replace(">${approvalRequired}<", ">${false}<");
        assertThat(List.of(unrecorded, unprepared, bypassed)).doesNotContain(trial);

        assertHas(read(validate(unrecorded, "four-eyes.bpmn")).get("problems"), "trial-four-eyes", "backops", "four-eyes approval");
        assertHas(read(validate(unprepared, "four-eyes.bpmn")).get("problems"), "user_approve_decision", "backops", "${prepareApproval}");
        assertHas(read(validate(bypassed, "four-eyes.bpmn")).get("problems"), "user_approve_decision", "backops", "${approvalRequired}");
        ResponseEntity<String> refused = upload(bypassed, "four-eyes.bpmn");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("user_approve_decision");
        assertThat(read(get(ADMIN, "/api/flows?size=200")).toString()).doesNotContain("trial-four-eyes");
    }

    @Test
    void theTemplateHoldsTheRequiredStepsAndIsDeployable() {
        ResponseEntity<String> template = get(ADMIN, "/api/flows/template");
        assertThat(template.getBody()).contains("id=\"user_review\"", "${pushToKra}", "${recordDecision}",
                "${recordApproval}", "${prepareApproval}", "id=\"new-flow\"");
        JsonNode answer = read(validate(template.getBody(), "new-flow.bpmn"));
        assertThat(answer.get("problems")).as(answer.toString()).isEmpty();
    }

    private static void assertHas(JsonNode problems, String element, String source, String words) {
        assertThat(problems).as(problems.toString()).anySatisfy(problem -> {
            assertThat(problem.get("elementId").asText()).isEqualTo(element);
            assertThat(problem.get("source").asText()).isEqualTo(source);
            assertThat(problem.get("message").asText()).contains(words);
        });
    }

    private ResponseEntity<String> validate(String bpmn, String fileName) {
        return multipart("/api/flows/validate", bpmn, fileName);
    }

    private ResponseEntity<String> upload(String bpmn, String fileName) {
        return multipart("/api/flows", bpmn, fileName);
    }

    private ResponseEntity<String> multipart(String path, String bpmn, String fileName) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private static String shipped(String key) throws IOException {
        return new ClassPathResource("bpmn/" + key + ".bpmn").getContentAsString(StandardCharsets.UTF_8);
    }
}
