package io.backops.document;

import org.springframework.test.annotation.DirtiesContext;
import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Backops with its documents in an S3 bucket, on a real S3 server (S3Proxy, started by the test, reached path-style
 * with signed requests as MinIO is): a submission's documents land in the bucket sealed, and read back whole.
 */
// A second context with a job executor of its own: on PostgreSQL it shares the suite's database and would run the
// shared application's jobs (against its own KRA simulator), so it is closed when its tests are done.
@DirtiesContext
class DocumentsOnS3IntegrationTests extends IntegrationTestSupport {

    private static final String BUCKET = "backops-it";

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry properties) {
        var s3 = S3ProxyServer.get();
        // A second Backops in this JVM: its engine must not take the name "default" from the shared one, or the
        // shared one's engine REST and webapps would answer from this one's database.
        properties.add("camunda.bpm.process-engine-name", () -> "documentsons3");
        properties.add("camunda.bpm.webapp.enabled", () -> "false");
        properties.add("backops.documents.store", () -> "S3");
        properties.add("backops.documents.s3.endpoint", () -> s3.endpoint().toString());
        properties.add("backops.documents.s3.region", () -> "us-east-1");
        properties.add("backops.documents.s3.bucket", () -> BUCKET);
        properties.add("backops.documents.s3.path-style", () -> "true");
        properties.add("backops.documents.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
        properties.add("backops.documents.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
        properties.add("backops.documents.s3.create-bucket", () -> "true");
    }

    @Test
    void aSubmissionsDocumentsLandInTheBucketSealedAndReadBackWhole() {
        String id = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
        var documents = application(id).get("documents");
        assertThat(documents).hasSize(2);

        var s3 = S3ProxyServer.get().client();
        var objects = s3.listObjectsV2(list -> list.bucket(BUCKET).prefix("documents/" + id + "/")).contents();
        assertThat(objects).hasSize(2);
        for (var object : objects) {
            byte[] stored = s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(object.key())).asByteArray();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF", "PNG", "Catalog");
        }
        for (var document : documents) {
            var file = http.withBasicAuth(ADMIN, passwordOf(ADMIN)).getForEntity(
                    "/api/applications/" + id + "/documents/" + document.get("id").asText(), byte[].class);
            assertThat(file.getStatusCode().value()).isEqualTo(200);
            byte[] expected = document.get("contentType").asText().equals("application/pdf")
                    ? Submissions.pdfBytes() : java.util.Base64.getDecoder().decode(Submissions.PNG);
            assertThat(file.getBody()).isEqualTo(expected);
        }
    }

    @Test
    void aResubmissionsReplacedDocumentsLeaveTheBucket() {
        String pan = freshPan('1');
        String id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan)).get("id")
                .asText();
        var decision = post(TEAM.get(0), "/api/applications/" + id + "/decision",
                java.util.Map.of("decision", "DRAFT", "reason", "Upload a clearer address proof"));
        assertThat(decision.getStatusCode().value()).as(decision.getBody()).isLessThan(300);
        var s3 = S3ProxyServer.get().client();
        var before = s3.listObjectsV2(list -> list.bucket(BUCKET).prefix("documents/" + id + "/")).contents();
        assertThat(before).hasSize(2);

        var resubmission = Submissions.valid(DISTRIBUTOR_ARN, pan);
        var response = post(ADMIN, "/api/applications/" + id + "/resubmit", resubmission);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isLessThan(300);
        var after = s3.listObjectsV2(list -> list.bucket(BUCKET).prefix("documents/" + id + "/")).contents();
        assertThat(after).hasSize(2);
        assertThat(after).extracting("key").doesNotContainAnyElementsOf(
                before.stream().map(software.amazon.awssdk.services.s3.model.S3Object::key).toList());
    }
}
