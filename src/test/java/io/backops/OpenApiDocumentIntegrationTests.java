package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at {@code /v3/api-docs} tells the truth about the API: each operation's real success status
 * (201, 202, 204), errors as problem+json, how to sign in (HTTP Basic, the session cookie), tags and descriptions.
 * It is written to {@code target/openapi.json}, which Spectral lints (tools/spectral, run by .ci/run).
 */
class OpenApiDocumentIntegrationTests extends IntegrationTestSupport {

    @Test
    void theDocumentStatesStatusesErrorsSecurityAndTags() throws IOException {
        var response = get(ADMIN, "/v3/api-docs");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), response.getBody());
        JsonNode document = read(response);

        assertThat(document.at("/info/description").asText()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/session/in").asText()).isEqualTo("cookie");
        assertThat(document.at("/components/schemas/Problem/properties/detail")).isNotNull();

        JsonNode paths = document.get("paths");
        assertThat(paths.at("/~1api~1applications/post/responses").has("201")).isTrue();
        assertThat(paths.at("/~1api~1applications~1{id}~1kra~1repush/post/responses").has("202")).isTrue();
        assertThat(paths.at("/~1api~1me~1password/post/responses").has("204")).isTrue();
        assertThat(paths.at("/~1api~1applications~1{id}~1decision/post/responses").has("202")).isTrue();
        assertThat(paths.at("/~1api~1applications~1{id}~1decision/post/responses").has("200")).isTrue();

        List<String> untold = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            if (op.path("tags").isEmpty() || op.path("description").asText().isBlank()
                    || op.path("operationId").asText().isBlank()) {
                untold.add(name + ": tags, description, operationId");
            }
            op.path("responses").fields().forEachRemaining(answer -> {
                if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                    if (!answer.getValue().at("/content").has("application/problem+json")) {
                        untold.add(name + " " + answer.getKey() + ": not problem+json");
                    }
                }
                answer.getValue().path("content").fieldNames().forEachRemaining(type -> {
                    if (type.equals("*/*")) {
                        untold.add(name + " " + answer.getKey() + ": */*");
                    }
                });
            });
            if (!op.path("responses").has("401")) {
                untold.add(name + ": no 401");
            }
        }));
        assertThat(untold).isEmpty();
        assertThat(document.at("/tags")).isNotEmpty();
        assertThat(document.get("security").toString()).contains("basic", "session");
    }
}
