package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A full Aadhaar number, a password and a password hash go in (and an authenticator secret with its recovery codes);
 * then every response about them, every log line of the run, and every text column of every table (Backops' and
 * Camunda's) is searched for them.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakIntegrationTests extends IntegrationTestSupport {

    private static final String AADHAAR = "284710395862";

    @LocalServerPort
    private int port;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void noFullAadhaarPasswordOrHashInResponsesLogsOrColumns(CapturedOutput output) throws Exception {
        String username = "tsecret" + System.nanoTime() % 1_000_000_000L;
        var created = post(ADMIN, "/api/users", Map.of("username", username, "name", "Secret Keeper",
                "email", "s@test.local", "role", "MANAGER"));
        String password = read(created).get("oneTimePassword").asText();
        String newPassword = "Brand-New-Pass-" + System.nanoTime() % 10_000;
        assertThat(http.withBasicAuth(username, password).postForEntity("/api/me/password",
                Map.of("currentPassword", password, "newPassword", newPassword), String.class).getStatusCode().value())
                .isEqualTo(204);
        String hash = jdbc.queryForObject("select password_hash from backoffice_user where username = ?", String.class,
                username);
        ObjectNode submission = json.valueToTree(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        ((ObjectNode) submission.get("applicant")).put("aadhaar", AADHAAR).remove("aadhaarLast4");
        var submitted = post(ADMIN, "/api/applications", submission);
        assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(201);
        String id = read(submitted).get("id").asText();
        var bad = json.valueToTree(submission).deepCopy();
        ((ObjectNode) bad.get("applicant")).put("pan", "bad");
        post(ADMIN, "/api/applications", bad);

        // The company sign-in's client secret is configured in every run (IntegrationTestSupport).
        List<String> secrets = List.of(AADHAAR, password, newPassword, hash, hash.substring(hash.indexOf('}') + 1),
                TestIdentityProvider.CLIENT_SECRET);
        List<String> responses = new ArrayList<>();
        responses.add(submitted.getBody());
        for (String path : List.of("/api/applications/" + id, "/api/applications/" + id + "/history",
                "/api/applications?status=ALL&q=" + id, "/api/users/" + username, "/api/users?size=100", "/api/me",
                "/api/audit?user=" + username, "/api/applications/" + id + "/integration", "/applications/" + id)) {
            responses.add(get(ADMIN, path).getBody());
        }
        responses.add(new String(http.withBasicAuth(ADMIN, ADMIN_PASSWORD).exchange("/api/reports/mis", HttpMethod.GET,
                null, byte[].class).getBody(), StandardCharsets.UTF_8));
        responses.add(http.withBasicAuth(username, newPassword).getForEntity("/api/me", String.class).getBody());

        assertThat(read(get(ADMIN, "/api/applications/" + id)).at("/applicant/aadhaarLast4").asText()).isEqualTo("5862");
        for (String secret : secrets) {
            assertThat(responses).as("responses").noneMatch(body -> body != null && body.contains(secret));
            assertThat(output.getAll()).as("log").doesNotContain(secret);
        }
        assertThat(columnsHolding(AADHAAR)).as("columns with the full Aadhaar").isEmpty();
        assertThat(columnsHolding(password)).as("columns with the one-time password").isEmpty();
        assertThat(columnsHolding(newPassword)).as("columns with the password").isEmpty();
        assertThat(columnsHolding(TestIdentityProvider.CLIENT_SECRET)).as("columns with the OIDC client secret")
                .isEmpty();
        assertThat(columnsHolding(hash.substring(hash.indexOf('}') + 1)))
                .as("the hash is in its own column only").containsExactly("BACKOFFICE_USER.PASSWORD_HASH");
    }

    @Test
    void noAuthenticatorSecretOrRecoveryCodeAfterEnrolmentInResponsesLogsOrColumns(CapturedOutput output)
            throws Exception {
        String username = "tsecret2fa" + System.nanoTime() % 1_000_000_000L;
        String created = read(post(ADMIN, "/api/users", Map.of("username", username, "name", "Two Factor Keeper",
                "email", "t@test.local", "role", "MANAGER"))).get("oneTimePassword").asText();
        String password = "Brand-New-Pass-" + System.nanoTime() % 10_000;
        http.withBasicAuth(username, created).postForEntity("/api/me/password",
                Map.of("currentPassword", created, "newPassword", password), String.class);
        var enrolled = TwoFactorEnrolment.enrol(port, username, password);
        var browser = new SessionClient(port);
        browser.signIn(username, password);
        browser.get("/login/code");
        assertThat(SessionClient.location(browser.post("/login/code", Map.of("code", enrolled.recoveryCodes().get(3)))))
                .isEqualTo("/");

        List<String> secrets = new ArrayList<>(enrolled.recoveryCodes());
        secrets.addAll(enrolled.recoveryCodes().stream().map(code -> code.replace("-", "")).toList());
        secrets.add(enrolled.app().secret());
        List<String> responses = new ArrayList<>(enrolled.pagesAfter());
        for (String path : List.of("/two-factor", "/", "/api/me", "/api/me/two-factor")) {
            responses.add(browser.get(path).body());
        }
        for (String path : List.of("/api/users/" + username, "/api/audit?user=" + username, "/users/" + username)) {
            responses.add(get(ADMIN, path).getBody());
        }

        for (String secret : secrets) {
            assertThat(responses).as("responses").noneMatch(body -> body != null && body.contains(secret));
            assertThat(output.getAll()).as("log").doesNotContain(secret);
            assertThat(columnsHolding(secret)).as("columns holding a secret or recovery code").isEmpty();
        }
    }

    /** Every text column of every table, in the form TABLE.COLUMN, whose value contains {@code text}. */
    private List<String> columnsHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet columns = meta.getColumns(null, null, "%", "%")) {
                while (columns.next()) {
                    String schema = columns.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("information_schema") || schema.equalsIgnoreCase("pg_catalog"))) {
                        continue;
                    }
                    int type = columns.getInt("DATA_TYPE");
                    if (type != Types.VARCHAR && type != Types.CLOB && type != Types.LONGVARCHAR && type != Types.CHAR) {
                        continue;
                    }
                    String table = columns.getString("TABLE_NAME");
                    String column = columns.getString("COLUMN_NAME");
                    // Quoted as the catalogue spells them: Flyway's table is lower case even on H2.
                    String qualified = (schema == null ? "" : "\"" + schema + "\".") + "\"" + table + "\"";
                    Long hits = jdbc.queryForObject("select count(*) from " + qualified + " where \"" + column
                            + "\" like ?", Long.class, "%" + text + "%");
                    if (hits != null && hits > 0) {
                        found.add(table.toUpperCase() + "." + column.toUpperCase());
                    }
                }
            }
        }
        return found;
    }
}
