package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** The smaller findings of the outside probe: headers, Cockpit's plugin API, CSRF beside credentials, TLS proxies. */
class ProbeFindingsIntegrationTests extends IntegrationTestSupport {

    private static final String COCKPIT_STATISTICS =
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @LocalServerPort
    private int port;

    @Test
    void aChunkedBodyIsCutAtTheLimitAsItIsRead() throws Exception {
        // Valid JSON of the submission's shape all the way (four documents of 10 MB): nothing stops reading it but
        // the limit.
        List<java.io.InputStream> parts = new ArrayList<>();
        parts.add(text("{\"documents\":["));
        for (int i = 0; i < 4; i++) {
            parts.add(text((i == 0 ? "" : ",") + "{\"type\":\"PAN_CARD\",\"fileName\":\"a.pdf\","
                    + "\"contentType\":\"application/pdf\",\"content\":\""));
            parts.add(repeated('A', 10L * 1024 * 1024));
            parts.add(text("\"}"));
        }
        parts.add(text("]}"));
        var body = new java.io.SequenceInputStream(java.util.Collections.enumeration(parts));
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + port + "/api/applications"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("32 MB");
    }

    private static java.io.InputStream text(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static java.io.InputStream repeated(char c, long count) {
        return new java.io.InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }

    @Test
    void aDocumentNameWithALineBreakIsRefusedAndOneBeyondLatin1IsServedWithItsName() {
        var broken = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        firstDocument(broken).put("fileName", "pan\r\nSet-Cookie: x=1.pdf");
        var refused = post(ADMIN, "/api/applications", broken);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("fileName");

        var hindi = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        firstDocument(hindi).put("fileName", "पैन कार्ड.pdf");
        String id = submit(hindi).get("id").asText();
        String document = null;
        for (var stored : application(id).get("documents")) {
            if (stored.get("type").asText().equals("PAN_CARD")) {
                document = stored.get("id").asText();
            }
        }
        var file = http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
                .getForEntity("/api/applications/" + id + "/documents/" + document, byte[].class);

        assertThat(file.getStatusCode().value()).isEqualTo(200);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("पैन कार्ड.pdf");
    }

    @Test
    void investorLinksAreBuiltOnTheConfiguredAddressNotTheRequestsHost() throws Exception {
        String body = json.writeValueAsString(Map.of("name", "Host Probe", "username",
                "hostprobe" + System.nanoTime() % 1_000_000_000L, "email", "h@example.in", "distributor", DISTRIBUTOR_ARN));
        String answer;
        // A raw request: HTTP clients will not send a Host of the caller's choosing, an attacker's tool will.
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            var out = socket.getOutputStream();
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(("POST /api/investors HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes())
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 201").contains("/login/token?t=").doesNotContain("evil.example");
    }

    @Test
    void theApisSecurityAnswersAreProblemDetailsInUtf8() {
        var anonymous = http.getForEntity("/api/me", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        String session = signIn(MANAGER, PASSWORD);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.setContentType(MediaType.APPLICATION_JSON);
        var noToken = noRedirects().exchange("/api/me/password", HttpMethod.POST,
                new HttpEntity<>(Map.of("currentPassword", PASSWORD, "newPassword", "Kite-Rain-4821"), headers),
                String.class);
        assertThat(noToken.getStatusCode().value()).isEqualTo(403);
        assertThat(noToken.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noToken.getBody()).contains("CSRF");

        String oneTime = "tonetime" + System.nanoTime() % 100000;
        var created = post(ADMIN, "/api/users", Map.of("username", oneTime, "name", "One Time", "email",
                "ot@test.local", "role", "MANAGER"));
        String password = read(created).get("oneTimePassword").asText();
        var blocked = http.withBasicAuth(oneTime, password).getForEntity("/api/users", String.class);
        assertThat(blocked.getStatusCode().value()).isEqualTo(403);
        assertThat(blocked.getHeaders().getContentType().getCharset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void everyErrorOfBackopsOwnEndpointsIsAProblemDetailInUtf8() {
        var wrongPassword = http.withBasicAuth(MANAGER, "not-" + PASSWORD).getForEntity("/api/me", String.class);
        assertProblem(wrongPassword, 401);
        assertThat(wrongPassword.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

        assertProblem(get(MANAGER, "/api/no-such-thing"), 404);
        assertProblem(get(MANAGER, "/no-such-page"), 404);
        var wrongMethod = http.withBasicAuth(MANAGER, PASSWORD).exchange("/api/me", HttpMethod.DELETE, null,
                String.class);
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.getHeaders().getAllow()).contains(HttpMethod.GET);

        String oneTime = "tproblem" + System.nanoTime() % 100000;
        var created = post(ADMIN, "/api/users", Map.of("username", oneTime, "name", "One Time", "email",
                "op@test.local", "role", "MANAGER"));
        String password = read(created).get("oneTimePassword").asText();
        assertProblem(http.withBasicAuth(oneTime, password).getForEntity("/api/users", String.class), 403);
    }

    private void assertProblem(org.springframework.http.ResponseEntity<String> response, int status) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(response.getBody())
                .isEqualTo(new MediaType("application", "problem+json", java.nio.charset.StandardCharsets.UTF_8));
        var problem = read(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void aFlowWithATimerTheEngineCannotReadIsRefusedWith400() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://backops.io/test">
                  <process id="bad-timer" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start_timer">
                      <timerEventDefinition id="timer_bad"><timeCycle>R/P1X</timeCycle></timerEventDefinition>
                    </startEvent>
                    <sequenceFlow id="flow_end" sourceRef="start_timer" targetRef="end_timer"/>
                    <endEvent id="end_timer"/>
                  </process>
                </definitions>
                """;
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(model.getBytes()) {
            @Override
            public String getFilename() {
                return "bad-timer.bpmn";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        var refused = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity("/api/flows",
                new HttpEntity<>(body, headers), String.class);

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isBetween(400, 499);
        assertThat(read(get(ADMIN, "/api/flows?size=200")).toString()).doesNotContain("bad-timer");
    }

    @Test
    void pagesSendReferrerAndPermissionsPolicies() {
        var headers = noRedirects().getForEntity("/login", String.class).getHeaders();

        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "geolocation=()");
    }

    @Test
    void cockpitsPluginApiIsForAdminsOnly() {
        assertThat(get(MANAGER, COCKPIT_STATISTICS).getStatusCode().value()).isEqualTo(403);
        assertThat(get(TEAM.get(0), COCKPIT_STATISTICS).getStatusCode().value()).isEqualTo(403);
        assertThat(get(ADMIN, COCKPIT_STATISTICS).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAuthorizationHeaderBesideASessionCookieDoesNotSkipCsrf() {
        String session = signIn(MANAGER, PASSWORD);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.add(HttpHeaders.AUTHORIZATION, "Bearer made-up");
        headers.setContentType(MediaType.APPLICATION_JSON);
        String id = submitAssignedTo(TEAM.get(0)).get("id").asText();

        var forged = noRedirects().exchange("/api/applications/" + id + "/notes", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", "forged"), headers), String.class);

        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(read(get(MANAGER, "/api/applications/" + id + "/notes")).get("items")).isEmpty();
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() {
        var page = http.getForEntity("/login", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", MANAGER);
        form.add("password", PASSWORD);
        form.add("_csrf", csrfToken(page.getBody()));
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.add("X-Forwarded-Proto", "https");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        var signedIn = noRedirects().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

        assertThat(signedIn.getStatusCode().value()).isEqualTo(302);
        assertThat(signedIn.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).containsIgnoringCase("Secure");
        assertThat(signedIn.getHeaders().getLocation().toString()).startsWith("https://");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstDocument(Map<String, Object> submission) {
        return ((java.util.List<Map<String, Object>>) submission.get("documents")).get(0);
    }
}
