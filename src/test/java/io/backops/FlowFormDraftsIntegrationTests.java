package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * A flow's Camunda Forms edited with its draft: a form saved into a draft is checked with it and deployed with it,
 * and the new version reads it from its own deployment; a form Camunda 7.24's Tasklist cannot render (a newer
 * schema version than 16) is refused on every route.
 */
class FlowFormDraftsIntegrationTests extends IntegrationTestSupport {

    @Test
    void aFormEditedForADraftIsDeployedWithItAndTheNewVersionReadsItFromItsDeployment() throws IOException {
        String key = "trial-form-" + System.nanoTime() % 1_000_000;
        long draft = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", shipped(key)))).get("id").asLong();
        ObjectNode form = (ObjectNode) read(get(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application"));
        assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
        withExtraField(form, "extraNote");

        ResponseEntity<String> saved = put(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application", form);

        assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(200);
        assertThat(read(get(ADMIN, "/api/flows/drafts/" + draft)).get("forms").toString()).contains("review-application");
        assertThat(get(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application").getBody()).contains("extraNote");
        ResponseEntity<String> deployed = post(ADMIN, "/api/flows/drafts/" + draft + "/deploy", Map.of());
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(201);
        int version = read(deployed).get("version").asInt();
        assertThat(get(ADMIN, "/api/flows/" + key + "/versions/" + version + "/forms/review-application").getBody())
                .contains("extraNote");
        // The form it did not edit is the shipped one, deployed beside it.
        assertThat(get(ADMIN, "/api/flows/" + key + "/versions/" + version + "/forms/approve-decision").getBody())
                .contains("\"approve-decision\"").doesNotContain("extraNote");
        assertThat(read(get(ADMIN, "/api/audit")).toString()).contains("saved form review-application");

        // A draft opened from that version edits the forms that version was deployed with.
        long next = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", shipped(key), "basedOnVersion", version)))
                .get("id").asLong();
        assertThat(get(ADMIN, "/api/flows/drafts/" + next + "/forms/review-application").getBody()).contains("extraNote");
        assertThat(delete("/api/flows/drafts/" + next).getStatusCode().value()).isEqualTo(204);
    }

    @Test
    void aDraftIsCheckedWithTheFormsEditedForIt() throws IOException {
        String key = "trial-form-ref-" + System.nanoTime() % 1_000_000;
        String model = shipped(key).replaceFirst("camunda:formRef=\"review-application\"", "camunda:formRef=\"review-extended\"");
        long draft = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", model))).get("id").asLong();
        assertThat(get(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-extended").getStatusCode().value()).isEqualTo(404);
        assertThat(validate(model, "?draft=" + draft, List.of()).toString()).contains("review-extended");

        ObjectNode form = (ObjectNode) json.readTree(new ClassPathResource("forms/review-application.form")
                .getContentAsString(StandardCharsets.UTF_8));
        form.put("id", "review-extended");
        assertThat(put(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-extended", form).getStatusCode().value())
                .isEqualTo(200);

        JsonNode answer = validate(model, "?draft=" + draft, List.of());
        assertThat(answer.get("problems")).as(answer.toString()).isEmpty();
        assertThat(read(get(ADMIN, "/api/flows/drafts/" + draft)).get("forms").toString()).contains("review-extended");
        ResponseEntity<String> deployed = post(ADMIN, "/api/flows/drafts/" + draft + "/deploy", Map.of());
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(201);
    }

    @Test
    void aFormTasklistCannotRenderIsRefusedOnEveryRoute() throws IOException {
        String key = "trial-form-version-" + System.nanoTime() % 1_000_000;
        long draft = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", shipped(key)))).get("id").asLong();
        ObjectNode newer = (ObjectNode) read(get(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application"));
        newer.put("schemaVersion", 17);

        ResponseEntity<String> refused = put(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application", newer);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).contains("schemaVersion", "Tasklist");
        ObjectNode renamed = newer.deepCopy().put("schemaVersion", 16).put("id", "another-form");
        renamed.remove("components");
        ResponseEntity<String> misnamed = put(ADMIN, "/api/flows/drafts/" + draft + "/forms/review-application", renamed);
        assertThat(misnamed.getStatusCode().value()).isEqualTo(422);
        assertThat(misnamed.getBody()).contains("\"id\"", "review-application", "components");
        assertThat(read(get(ADMIN, "/api/flows/drafts/" + draft)).get("forms")).isEmpty();

        // Uploaded with its flow, to be checked or deployed: the same refusal, on the upload's form.
        byte[] form = json.writeValueAsBytes(newer);
        JsonNode answer = validate(shipped(key), "", List.of(form));
        assertThat(answer.get("deployable").asBoolean()).isFalse();
        assertThat(answer.get("problems").toString()).contains("forms[0]", "schemaVersion is 17");
        ResponseEntity<String> upload = multipart("/api/flows", shipped(key), List.of(form));
        assertThat(upload.getStatusCode().value()).isEqualTo(400);
        assertThat(upload.getBody()).contains("forms[0]", "schema version 16");
        assertThat(get(ADMIN, "/api/flows?size=200").getBody()).doesNotContain(key);
    }

    @Test
    void theEditorPagesAreForAdminsOnlyUnderTheCspWithoutInlineScriptOrEval() throws IOException {
        long draft = read(post(ADMIN, "/api/flows/drafts", Map.of("bpmn", shipped("trial-form-page")))).get("id").asLong();
        String formPage = "/flows/forms/editor?draft=" + draft + "&form=review-application";
        for (String path : List.of("/flows/editor?draft=" + draft, formPage, "/flows/forms/editor?form=approve-decision",
                "/flows/editor")) {
            ResponseEntity<String> answer = page(ADMIN, path);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
            // Scripts fall back to default-src 'self': no eval, no inline script, none from elsewhere.
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").doesNotContain("script-src", "unsafe-eval");
            assertThat(answer.getBody()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("<script[^>]*\\ssrc=\"(?!/)[^\"]*\"");
        }
        assertThat(page(ADMIN, formPage).getBody()).contains("data-save-url=\"/api/flows/drafts/" + draft
                + "/forms/review-application\"", "Back to the draft", "approve-decision");
        assertThat(page(MANAGER, formPage).getStatusCode().value()).isEqualTo(403);
        assertThat(page(ADMIN, "/flows/forms/editor?draft=" + draft + "&form=not%20a%20form").getStatusCode().value()).isEqualTo(422);
    }

    private static void withExtraField(ObjectNode form, String key) {
        ObjectNode field = form.withArray("components").addObject();
        field.put("id", "field_" + key).put("key", key).put("label", "Extra note").put("type", "textfield");
    }

    private ResponseEntity<String> delete(String path) {
        return http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange(path, HttpMethod.DELETE, null, String.class);
    }

    private JsonNode validate(String bpmn, String query, List<byte[]> forms) {
        ResponseEntity<String> answer = multipart("/api/flows/validate" + query, bpmn, forms);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer);
    }

    private ResponseEntity<String> multipart(String path, String bpmn, List<byte[]> forms) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", named(bpmn.getBytes(StandardCharsets.UTF_8), "flow.bpmn"));
        forms.forEach(form -> body.add("forms", named(form, "review-application.form")));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private static ByteArrayResource named(byte[] content, String fileName) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    /** The shipped modification flow under another key: deploying it leaves the real flows alone. */
    private static String shipped(String key) throws IOException {
        return new ClassPathResource("bpmn/kyc-modification.bpmn").getContentAsString(StandardCharsets.UTF_8)
                .replace("kyc-modification", key);
    }
}
