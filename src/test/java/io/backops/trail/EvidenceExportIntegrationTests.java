package io.backops.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backops.IntegrationTestSupport;
import io.backops.Submissions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/applications/{id}/evidence}: a decided, pushed application's whole trail, signed; checked here as
 * an auditor would, with nothing but the public key (in Java, and with the openssl command of
 * docs/evidence-verification.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceExportIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    private String id;
    private String pan;

    @BeforeEach
    void acceptedAndPushed() {
        if (id == null) {
            pan = freshPan('1');
            id = submitAssignedTo(TEAM.get(0), ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, pan)).get("id").asText();
            assertThat(post(TEAM.get(0), "/api/applications/" + id + "/decision", Map.of("decision", "ACCEPT"))
                    .getStatusCode().is2xxSuccessful()).isTrue();
            awaitKraStatus(id, "UNDER_PROCESS");
        }
    }

    @Test
    void aRealExportVerifiesWithThePublicKeyAloneAndNotOnceAByteChanged() throws Exception {
        JsonNode envelope = export(ADMIN);
        PublicKey key = publicKey(read(get(MANAGER, "/api/evidence/public-key")).get("publicKey").asText());
        byte[] document = Base64.getDecoder().decode(envelope.get("document").asText());
        byte[] signature = Base64.getDecoder().decode(envelope.get("signature").asText());

        assertThat(envelope.get("algorithm").asText()).isEqualTo("Ed25519");
        assertThat(verifies(key, document, signature)).isTrue();
        for (int at : List.of(0, document.length / 2, document.length - 1)) {
            byte[] changed = document.clone();
            changed[at] ^= 1;
            assertThat(verifies(key, changed, signature)).as("byte %d changed", at).isFalse();
        }
        byte[] otherSignature = signature.clone();
        otherSignature[10] ^= 1;
        assertThat(verifies(key, document, otherSignature)).isFalse();
    }

    @Test
    void theDocumentHoldsTheWholeTrailWithItsChainButNeverTheFullPan() throws Exception {
        JsonNode envelope = export(ADMIN);
        String text = new String(Base64.getDecoder().decode(envelope.get("document").asText()), StandardCharsets.UTF_8);
        JsonNode document = json.readTree(text);

        assertThat(document.get("format").asText()).isEqualTo("backops-evidence/1");
        assertThat(document.get("exportedBy").asText()).isEqualTo(ADMIN);
        assertThat(document.at("/application/id").asText()).isEqualTo(id);
        assertThat(document.at("/application/status").asText()).isEqualTo("ACCEPTED");
        assertThat(document.at("/application/applicant/aadhaarLast4").asText()).isEqualTo("9012");
        assertThat(text).doesNotContain(pan);

        List<String> stored = jdbc.queryForList(
                "select hash from application_event where application_id = ? order by chain_seq", String.class, id);
        JsonNode entries = document.at("/timeline/entries");
        assertThat(entries).hasSize(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            assertThat(entries.get(i).get("hash").asText()).isEqualTo(stored.get(i));
            assertThat(entries.get(i).get("position").asLong()).isEqualTo(i + 1L);
        }
        assertThat(entries).anySatisfy(e -> assertThat(e.get("event").asText()).isEqualTo("DECIDED"));
        assertThat(document.at("/timeline/headHash").asText()).isEqualTo(stored.get(stored.size() - 1));
        assertThat(document.at("/kra/attempts")).isNotEmpty();
        assertThat(document.get("notifications")).anySatisfy(n ->
                assertThat(n.get("event").asText()).isEqualTo("ACCEPTED"));
    }

    @Test
    void managersInScopeExportOthersDoNot() {
        assertThat(get(MANAGER, "/api/applications/" + id + "/evidence").getStatusCode().value()).isEqualTo(200);
        assertThat(get(OTHER_MANAGER, "/api/applications/" + id + "/evidence").getStatusCode().value()).isEqualTo(404);
        assertThat(get(TEAM.get(0), "/api/applications/" + id + "/evidence").getStatusCode().value()).isEqualTo(403);
        assertThat(get(ADMIN, "/api/applications/APP-1999-999999/evidence").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theOpensslCommandOfTheDocsVerifiesIt(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("openssl"), "openssl is not installed");
        JsonNode envelope = export(ADMIN);
        Files.writeString(dir.resolve("backops-evidence.pem"),
                read(get(ADMIN, "/api/evidence/public-key")).get("publicKey").asText());
        byte[] document = Base64.getDecoder().decode(envelope.get("document").asText());
        Files.write(dir.resolve("evidence.json"), document);
        Files.write(dir.resolve("evidence.sig"), Base64.getDecoder().decode(envelope.get("signature").asText()));

        assertThat(openssl(dir)).isZero();
        document[document.length / 3] ^= 1;
        Files.write(dir.resolve("evidence.json"), document);
        assertThat(openssl(dir)).isNotZero();
    }

    private JsonNode export(String user) {
        var response = get(user, "/api/applications/" + id + "/evidence");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response);
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static boolean verifies(PublicKey key, byte[] document, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(document);
        try {
            return verifier.verify(signature);
        } catch (SignatureException notEvenASignature) {
            return false;
        }
    }

    private static int openssl(Path dir) throws Exception {
        Process process = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "backops-evidence.pem",
                "-rawin", "-in", "evidence.json", "-sigfile", "evidence.sig")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder(command, "version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
