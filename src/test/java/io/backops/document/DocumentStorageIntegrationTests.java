package io.backops.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import io.backops.document.internal.DocumentMigration;
import io.backops.document.internal.DocumentRows;
import io.backops.document.internal.DocumentStore;
import io.backops.document.internal.EnvelopeCipher;
import io.backops.document.internal.KeyRing;
import io.backops.document.internal.KeyRotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Documents in the store (here the file system of the test profile): sealed at rest, checked when read, moved out
 * of the database by the migration, re-wrapped by a key rotation.
 */
@ExtendWith(OutputCaptureExtension.class)
class DocumentStorageIntegrationTests extends IntegrationTestSupport {

    /** The keys of application-test.yml: test-1 is current, test-0 an earlier one. */
    private static final String TEST_0 = "b2xkZXIta2V5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=";
    private static final String TEST_1 = "dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DocumentRows rows;
    @Autowired
    private DocumentStore store;
    @Autowired
    private DocumentMigration migration;
    @Autowired
    private KeyRotation rotation;

    @Test
    void theStoreHoldsOnlySealedBytesAndTheDatabaseOnlyTheirHash() {
        String id = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
        var pdf = pdfOf(id);

        byte[] stored = store.get(pdf.storageKey()).orElseThrow();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF", "Catalog");
        assertThat(contentInDatabase(pdf.id())).isFalse();
        assertThat(pdf.sha256()).hasSize(64);
        assertThat(download(id, pdf.id())).isEqualTo(Submissions.pdfBytes());
    }

    @Test
    void aDocumentAlteredInTheStoreIsRefusedNotServed() {
        String id = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
        var pdf = pdfOf(id);
        var png = rows.of(id).stream().filter(row -> row.contentType().equals("image/png")).findFirst().orElseThrow();
        byte[] sealed = store.get(pdf.storageKey()).orElseThrow();

        sealed[sealed.length - 1] ^= 1;
        store.put(pdf.storageKey(), sealed);
        var altered = get(ADMIN, "/api/applications/" + id + "/documents/" + pdf.id());
        // Another document's sealed bytes in its place: the seal names the document, so they do not open either.
        store.put(pdf.storageKey(), store.get(png.storageKey()).orElseThrow());
        var swapped = get(ADMIN, "/api/applications/" + id + "/documents/" + pdf.id());

        assertThat(altered.getStatusCode().value()).isEqualTo(500);
        assertThat(altered.getBody()).doesNotContain("%PDF");
        assertThat(swapped.getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void documentsKeptInTheDatabaseMoveIntoTheStoreInResumableBatches(CapturedOutput output) {
        List<DocumentRows.Row> legacy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
            legacy.addAll(rows.of(id));
        }
        // As an earlier version left them: the bytes in the row, nothing in the store.
        legacy.forEach(this::backIntoTheDatabase);
        long waiting = rows.countStillInDatabase();
        assertThat(waiting).isGreaterThanOrEqualTo(legacy.size());
        assertThat(download(legacy.get(0).applicationId(), legacy.get(0).id())).isEqualTo(Submissions.pdfBytes());

        var first = migration.run(1, 1);
        assertThat(first.moved()).isEqualTo(1);
        assertThat(first.left()).isEqualTo(waiting - 1);
        var rest = migration.run(2, Integer.MAX_VALUE);

        assertThat(rest.moved()).isEqualTo(waiting - 1);
        assertThat(rest.left()).isZero();
        assertThat(output).contains("Document migration: ");
        for (var row : legacy) {
            var moved = rows.find(row.applicationId(), row.id()).orElseThrow();
            assertThat(moved.storageKey()).isNotNull();
            assertThat(contentInDatabase(row.id())).isFalse();
            assertThat(download(row.applicationId(), row.id())).hasSize(row.sizeBytes());
        }
        assertThat(download(legacy.get(0).applicationId(), legacy.get(0).id())).isEqualTo(Submissions.pdfBytes());
    }

    @Test
    void aKeyRotationRewrapsEveryDataKeySoThatTheEarlierKeyCanGo() {
        String id = submit(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'))).get("id").asText();
        var pdf = pdfOf(id);
        // Sealed before the rotation, under the earlier key test-0.
        var sealed = new EnvelopeCipher(new KeyRing("test-0", Map.of("test-0", TEST_0))).seal(pdf.id(),
                Submissions.pdfBytes());
        store.put(pdf.storageKey(), sealed.content());
        jdbc.sql("update application_document set kek_id = ?, wrapped_key = ? where id = ?")
                .params("test-0", sealed.wrappedKey(), pdf.id()).update();

        var rotated = rotation.run(10, Integer.MAX_VALUE);

        assertThat(rotated.left()).isZero();
        assertThat(rotated.rewrapped()).isGreaterThanOrEqualTo(1);
        var after = pdfOf(id);
        assertThat(after.keyId()).isEqualTo("test-1");
        var withoutTheEarlierKey = new EnvelopeCipher(new KeyRing("test-1", Map.of("test-1", TEST_1)));
        assertThat(withoutTheEarlierKey.open(pdf.id(), store.get(after.storageKey()).orElseThrow(), after.wrappedKey(),
                after.keyId())).isEqualTo(Submissions.pdfBytes());
        assertThat(download(id, pdf.id())).isEqualTo(Submissions.pdfBytes());
    }

    @Test
    void aPdfWithJavaScriptIsRefusedNamingTheDocumentAndNothingIsKept() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        String pan = (String) Submissions.applicant(submission).get("pan");
        String withScript = java.util.Base64.getEncoder().encodeToString(Submissions.pdfBytes("""
                /OpenAction<</S/JavaScript/JS(app.alert\\(1\\))>>"""));
        submission.put("documents", List.of(Submissions.document("ADDRESS_PROOF", "bill.pdf", "application/pdf", withScript),
                Submissions.document("PHOTO", "photo.png", "image/png", Submissions.PNG)));
        long documentsBefore = rows.countAll();

        var response = post(ADMIN, "/api/applications", submission);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        var errors = read(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("documents[0].content");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("ADDRESS_PROOF is a PDF with JavaScript, which is not accepted");
        assertThat(jdbc.sql("select count(*) from investor_application where pan = ?").param(pan).query(Long.class)
                .single()).isZero();
        assertThat(rows.countAll()).isEqualTo(documentsBefore);
    }

    private DocumentRows.Row pdfOf(String applicationId) {
        return rows.of(applicationId).stream().filter(row -> row.contentType().equals("application/pdf")).findFirst()
                .orElseThrow();
    }

    private boolean contentInDatabase(String documentId) {
        return jdbc.sql("select count(*) from application_document where id = ? and content is not null")
                .param(documentId).query(Long.class).single() > 0;
    }

    private void backIntoTheDatabase(DocumentRows.Row row) {
        byte[] content = download(row.applicationId(), row.id());
        jdbc.sql("""
                update application_document set content = ?, storage_key = null, sha256 = null, kek_id = null,
                  wrapped_key = null where id = ?
                """).params(content, row.id()).update();
        store.delete(row.storageKey());
    }

    private byte[] download(String applicationId, String documentId) {
        var response = http.withBasicAuth(ADMIN, passwordOf(ADMIN))
                .getForEntity("/api/applications/" + applicationId + "/documents/" + documentId, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }
}
