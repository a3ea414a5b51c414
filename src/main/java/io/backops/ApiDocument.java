package io.backops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI document at {@code /v3/api-docs} says beyond each operation's own annotations, in one place: how
 * to sign in (HTTP Basic, or the session cookie of a form sign-in), the problem+json shape every error has, the
 * errors any operation may answer, and the media types of the downloads (whose handlers return bytes).
 */
@Component
class ApiDocument implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";

    /** Downloads whose handlers return bytes: the media types they answer with. */
    private static final Map<String, List<String>> DOWNLOADS = Map.of(
            "/api/applications/{id}/documents/{documentId}", List.of("image/jpeg", "image/png", "application/pdf"),
            "/api/flows/{key}/versions/{version}/bpmn", List.of("application/xml"),
            "/api/reports/mis", List.of("text/csv",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info().title("Backops API").version("1")
                .description("The back office's JSON API for KYC applications: submission, review, KRA integration, "
                        + "users, flows, settings and reports. Who may call what is in docs/roles-and-scopes.md; "
                        + "every error is an RFC 9457 problem detail (application/problem+json, UTF-8).")
                .contact(new Contact().name("Backops IT admins")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("HTTP Basic, for API clients the two-factor rule does not cover"))
                .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE).name("SESSION")
                        .description("The session of a form sign-in at /login; writes carry the X-CSRF-TOKEN header"))
                .addSchemas(PROBLEM, problemSchema()));
        api.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("session")));
        if (api.getPaths() != null) {
            api.getPaths().forEach(this::describe);
        }
        // The MIS report's handler type, described above as the bytes it streams; the schema itself is no answer.
        components.getSchemas().remove("StreamingResponseBody");
    }

    private void describe(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            responses.forEach((status, response) -> typed(path, response));
            boolean write = method != PathItem.HttpMethod.GET;
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (takesInput) {
                error(responses, "400", "Malformed: not JSON of the expected shape, or a field in a wrong format");
            }
            error(responses, "401", "Not signed in");
            error(responses, "403", "The caller's role may not do this, a grant is off, or a one-time password "
                    + "is not changed yet");
            if (path.contains("{")) {
                error(responses, "404", "Does not exist, or is outside the caller's scope");
            }
            if (write && path.contains("{")) {
                error(responses, "409", "The state does not allow it, or a concurrent change won");
            }
            if (operation.getRequestBody() != null) {
                error(responses, "413", "The body is over the size limit");
            }
            if (takesInput) {
                error(responses, "422", "Well-formed but breaks a rule; every failing field is named");
            }
            responses.computeIfAbsent("500", status -> problem("Something went wrong on the server's side"));
        });
    }

    /** Spring answers JSON where a handler returns objects; the generator, not knowing, says any type. */
    private static void typed(String path, ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey("*/*")) {
            return;
        }
        MediaType any = content.remove("*/*");
        for (String type : DOWNLOADS.getOrDefault(path, List.of("application/json"))) {
            content.addMediaType(type, DOWNLOADS.containsKey(path)
                    ? new MediaType().schema(new StringSchema().format("binary")) : any);
        }
    }

    private static void error(ApiResponses responses, String status, String description) {
        responses.computeIfAbsent(status, code -> problem(description));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> fieldError = new LinkedHashMap<>();
        fieldError.put("field", new StringSchema().description("The field, as a path: applicant.pan, documents[0]"));
        fieldError.put("message", new StringSchema());
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().example("about:blank"));
        properties.put("title", new StringSchema().example("Unprocessable Entity"));
        properties.put("status", new IntegerSchema().example(422));
        properties.put("detail", new StringSchema().example("Invalid fields: reason"));
        properties.put("instance", new StringSchema());
        properties.put("errors", new ArraySchema().items(new ObjectSchema().properties(fieldError))
                .description("Every failing field, for 400 and 422"));
        return new ObjectSchema().description("An RFC 9457 problem detail").properties(properties);
    }
}
