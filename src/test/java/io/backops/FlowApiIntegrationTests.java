package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Flows through the API: listing, deploying new versions, refusing models Backops cannot run with every problem
 * named, and a distributor's flow deciding what new applications run while running ones keep their version.
 */
class FlowApiIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RuntimeService runtime;

    @Test
    void theShippedFlowIsListedWithItsVersionsAndCounts() {
        submitAssignedTo(TEAM.get(0));

        JsonNode flows = read(get(ADMIN, "/api/flows?size=200")).get("items");

        JsonNode onboarding = null;
        for (JsonNode flow : flows) {
            if (flow.get("key").asText().equals("individual-onboarding")) {
                onboarding = flow;
            }
        }
        assertThat(onboarding).isNotNull();
        assertThat(onboarding.get("name").asText()).isNotBlank();
        JsonNode latest = onboarding.get("versions").get(0);
        assertThat(latest.get("running").asLong()).isPositive();
        assertThat(latest.get("deployedAt").asText()).isNotBlank();
        var model = get(ADMIN, "/api/flows/individual-onboarding/versions/" + latest.get("version").asInt() + "/bpmn");
        assertThat(model.getStatusCode().value()).isEqualTo(200);
        assertThat(model.getBody()).contains("bpmndi:BPMNDiagram");
    }

    @Test
    void modelsBackopsCannotRunAreRefusedWithTheirProblems() throws IOException {
        String trial = shipped().replace("individual-onboarding", "trial-refused");
        assertProblem(upload("hello, not xml", "bad.bpmn"), "file", "not a BPMN 2.0 model");
        assertProblem(upload(trial.replace(" camunda:historyTimeToLive=\"180\"", ""), "no-ttl.bpmn"),
                "trial-refused", "historyTimeToLive");
        assertProblem(upload(trial.replace("${prepareReview}", "${noSuchBean}"), "bean.bpmn"),
                "service_prepare_review", "noSuchBean");
        assertProblem(upload(trial.replace("camunda:formRef=\"review-application\" camunda:formRefBinding=\"deployment\"", ""),
                "no-form.bpmn"), "user_review", "without a form");
        assertProblem(upload(trial.replace(" camunda:delegateExpression=\"${pushToKra}\"", ""), "parser.bpmn"),
                "service_push_kra", "");
        assertThat(upload(shipped(), "onboarding.txt").getStatusCode().value()).isEqualTo(400);
        assertThat(read(get(ADMIN, "/api/flows?size=200")).toString()).doesNotContain("trial-refused");
    }

    @Test
    void aDistributorsFlowDecidesWhatNewApplicationsRunAndRunningOnesKeepTheirVersion() throws IOException {
        String key = "trial-" + System.nanoTime();
        String model = shipped().replace("individual-onboarding", key);
        var first = upload(model, key + ".bpmn");
        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(read(first).get("version").asInt()).isEqualTo(1);
        String arn = "ARN-" + (40_000_000 + System.nanoTime() % 10_000_000);
        assertThat(post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Trial Flow Distributor",
                "flowKey", key)).getStatusCode().value()).isEqualTo(201);
        String before = submit(Submissions.valid(arn, freshPan('1'))).get("id").asText();

        var second = upload(model.replace("camunda:versionTag=\"3\"", "camunda:versionTag=\"4\""), key + ".bpmn");
        assertThat(read(second).get("version").asInt()).isEqualTo(2);
        String after = submit(Submissions.valid(arn, freshPan('1'))).get("id").asText();
        patch(ADMIN, "/api/distributors/" + arn, Map.of("flowKey", key, "flowVersion", 1));
        String pinned = submit(Submissions.valid(arn, freshPan('1'))).get("id").asText();

        assertThat(definitionOf(before)).isEqualTo(key + " v1");
        assertThat(definitionOf(after)).isEqualTo(key + " v2");
        assertThat(definitionOf(pinned)).isEqualTo(key + " v1");
        JsonNode versions = null;
        for (JsonNode flow : read(get(ADMIN, "/api/flows?size=200")).get("items")) {
            if (flow.get("key").asText().equals(key)) {
                versions = flow.get("versions");
            }
        }
        assertThat(versions).extracting(v -> v.get("version").asInt() + ":" + v.get("running").asLong())
                .containsExactly("2:1", "1:2");
    }

    @Test
    void aModificationOfAKycRecordRunsTheModificationFlowUnlessTheDistributorPinsOne() {
        var modification = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        modification.put("applicationType", "MODIFY");
        String id = submit(modification).get("id").asText();

        assertThat(definitionOf(id)).startsWith("kyc-modification v");
        assertThat(definitionOf(submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText()))
                .startsWith("individual-onboarding v");
    }

    private String definitionOf(String applicationId) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
        var definition = instance.getProcessDefinitionId();
        String key = definition.substring(0, definition.indexOf(':'));
        String version = definition.substring(definition.indexOf(':') + 1, definition.lastIndexOf(':'));
        return key + " v" + version;
    }

    private void assertProblem(ResponseEntity<String> response, String field, String words) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(read(response).get("errors")).as(response.getBody()).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).contains(words);
        });
    }

    private ResponseEntity<String> upload(String bpmn, String fileName) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity("/api/flows", new HttpEntity<>(body, headers),
                String.class);
    }

    private static String shipped() throws IOException {
        return new ClassPathResource("bpmn/individual-onboarding.bpmn").getContentAsString(StandardCharsets.UTF_8);
    }
}
