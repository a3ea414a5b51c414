package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.review.OnboardingProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Distributor settings through the API: validation naming every field, conflicts, what the settings change. */
class DistributorApiIntegrationTests extends IntegrationTestSupport {

    @Test
    void anAdminRegistersADistributorWithEverySettingAndSeesTheSecretOnce() {
        String arn = freshArn();
        var created = post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Sunrise Investments",
                "euins", List.of("E123456", "E654321"), "amcs", List.of("Acme Mutual Fund", "Beta AMC"),
                "callbacks", Map.of("ACCEPTED", "https://sunrise.example/kyc", "PENDING", "https://sunrise.example/kyc"),
                "flowKey", OnboardingProcess.KEY));

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/distributors/" + arn);
        JsonNode body = read(created);
        assertThat(body.get("callbackSecret").asText()).hasSize(64);
        JsonNode settings = read(get(ADMIN, "/api/distributors/" + arn));
        assertThat(settings.get("euins")).extracting(JsonNode::asText).containsExactly("E123456", "E654321");
        assertThat(settings.get("amcs")).extracting(JsonNode::asText).containsExactly("Acme Mutual Fund", "Beta AMC");
        assertThat(settings.get("callbacks").get("ACCEPTED").asText()).isEqualTo("https://sunrise.example/kyc");
        assertThat(settings.get("flowKey").asText()).isEqualTo(OnboardingProcess.KEY);
        assertThat(settings.get("enabled").asBoolean()).isTrue();
        assertThat(settings.get("callbackSecretSet").asBoolean()).isTrue();
        assertThat(get(ADMIN, "/api/distributors/" + arn).getBody()).doesNotContain(body.get("callbackSecret").asText());
        assertThat(read(get(ADMIN, "/api/distributors?size=200")).get("items")).extracting(item -> item.get("arn").asText())
                .contains(arn, DISTRIBUTOR_ARN);
        assertThat(read(get(ADMIN, "/api/audit")).toString()).contains("SETTINGS_CHANGED", "distributor " + arn);
    }

    @Test
    void badSettingsAreRefusedNamingEachFieldAndNothingIsWritten() {
        var malformed = post(ADMIN, "/api/distributors", Map.of("arn", "12345", "name", " ",
                "euins", List.of("123456"), "flowVersion", 0));
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(read(malformed).get("errors").toString()).contains("arn", "name", "euins", "flowVersion");

        String arn = freshArn();
        var wrong = post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Wrong Settings",
                "callbacks", Map.of("ACCEPTED", "ftp://files.example/kyc", "SOMETHING", "https://x.example"),
                "flowKey", "no-such-flow"));
        assertThat(wrong.getStatusCode().value()).isEqualTo(422);
        assertThat(read(wrong).get("errors").toString())
                .contains("callbacks.ACCEPTED", "callbacks.SOMETHING", "flowKey");
        assertThat(get(ADMIN, "/api/distributors/" + arn).getStatusCode().value()).isEqualTo(404);

        assertThat(post(ADMIN, "/api/distributors", Map.of("arn", DISTRIBUTOR_ARN, "name", "Again"))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(patch(ADMIN, "/api/distributors/" + DISTRIBUTOR_ARN, Map.of("flowKey", OnboardingProcess.KEY,
                "flowVersion", 9_999)).getStatusCode().value()).isEqualTo(422);
    }

    @Test
    void aDisabledDistributorsSubmissionsAreRefusedWithAClearMessage() {
        String arn = freshArn();
        assertThat(post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Soon Disabled"))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(patch(ADMIN, "/api/distributors/" + arn, Map.of("enabled", false)).getStatusCode().value())
                .isEqualTo(200);

        var refused = post(ADMIN, "/api/applications", Submissions.valid(arn, freshPan('1')));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(read(refused).get("errors").toString()).as(refused.getBody()).contains("distributor", "disabled");

        patch(ADMIN, "/api/distributors/" + arn, Map.of("enabled", true));
        assertThat(post(ADMIN, "/api/applications", Submissions.valid(arn, freshPan('1'))).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void aRotatedSecretReplacesTheOldOne() {
        String arn = freshArn();
        String first = read(post(ADMIN, "/api/distributors", Map.of("arn", arn, "name", "Rotating",
                "callbacks", Map.of("REJECTED", "http://127.0.0.1:9/kyc")))).get("callbackSecret").asText();

        String second = read(post(ADMIN, "/api/distributors/" + arn + "/callback-secret", null))
                .get("callbackSecret").asText();

        assertThat(second).hasSize(64).isNotEqualTo(first);
    }

    private static String freshArn() {
        return "ARN-" + (50_000_000 + System.nanoTime() % 10_000_000);
    }
}
