package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.NewUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One running Backops (random port, real HTTP) shared by every integration test class, on H2 or, with
 * {@code -Ppostgres}, on PostgreSQL. The people below exist in every run; the data a test makes is its own
 * (fresh PANs), so tests never depend on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTestSupport {

    /** A real SMTP server for the whole run, as a mail relay would be: Backops sends to it, tests read it back. */
    protected static final GreenMail SMTP = startSmtp();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /**
     * Company sign-in is on in every run, for the provider {@link TestIdentityProvider} runs while a test signs in
     * with it; Backops reads the provider only on a company sign-in, so the other tests never reach it.
     */
    @DynamicPropertySource
    static void companyIdentityProvider(DynamicPropertyRegistry properties) {
        properties.add("backops.identity.oidc.issuer-uri", TestIdentityProvider::issuer);
        properties.add("backops.identity.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("backops.identity.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
    }

    private static GreenMail startSmtp() {
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    protected static final String PASSWORD = "Test-Pass-1";
    protected static final String ADMIN = "admin";
    protected static final String ADMIN_PASSWORD = "admin-Secret-1";
    protected static final String MANAGER = "tmanager";
    protected static final String OTHER_MANAGER = "tothermanager";
    protected static final List<String> TEAM = List.of("treviewera", "treviewerb");
    protected static final String OUTSIDER = "toutsider";
    /** In the manager's team but on leave: never gets new work, so tests may act on him freely. */
    protected static final String SPARE = "tspare";
    protected static final String DISTRIBUTOR_LOGIN = "tdistributor";
    protected static final String DISTRIBUTOR_ARN = "ARN-90001";
    protected static final String OTHER_DISTRIBUTOR_LOGIN = "totherdistributor";
    protected static final String OTHER_DISTRIBUTOR_ARN = "ARN-90002";
    protected static final String INVESTOR_LOGIN = "tinvestor";

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected UserManagement users;
    @Autowired
    private DistributorManagement distributors;
    @Autowired
    private UserAdministration administration;

    @BeforeEach
    void ensurePeople() {
        ensurePeopleOnce();
    }

    /** The people every test counts on; for set-up that runs before {@code @BeforeEach}, too. */
    protected void ensurePeopleOnce() {
        synchronized (IntegrationTestSupport.class) {
            distributor(DISTRIBUTOR_ARN, "Test Distributor");
            distributor(OTHER_DISTRIBUTOR_ARN, "Other Distributor");
            user(new NewUser(MANAGER, "Test Manager", "m@test.local", null, null, Role.MANAGER, null, null));
            user(new NewUser(OTHER_MANAGER, "Other Manager", "om@test.local", null, null, Role.MANAGER, null, null));
            TEAM.forEach(name -> user(new NewUser(name, "Reviewer " + name, name + "@test.local", null, null,
                    Role.REVIEWER, MANAGER, null)));
            user(new NewUser(OUTSIDER, "Outsider", "o@test.local", null, null, Role.REVIEWER, OTHER_MANAGER, null));
            if (!users.exists(SPARE)) {
                user(new NewUser(SPARE, "Spare Reviewer", "s@test.local", null, null, Role.REVIEWER, MANAGER, null));
                administration.update(ADMIN, SPARE, new UserRequests.UserPatch(UserStatus.ON_LEAVE, null, null, null,
                        null, null, null));
            }
            user(new NewUser(DISTRIBUTOR_LOGIN, "Distributor", "d@test.local", null, null, Role.DISTRIBUTOR, null,
                    DISTRIBUTOR_ARN));
            user(new NewUser(OTHER_DISTRIBUTOR_LOGIN, "Other Distributor", "od@test.local", null, null,
                    Role.DISTRIBUTOR, null, OTHER_DISTRIBUTOR_ARN));
            user(new NewUser(INVESTOR_LOGIN, "Investor", "i@test.local", null, null, Role.INVESTOR, null,
                    DISTRIBUTOR_ARN));
        }
    }

    /**
     * Four eyes on accepting applications of these risk classes, for a test; the answer is the settings as they
     * were, for {@link #restoreSettings}.
     */
    protected JsonNode fourEyesOnAccepting(List<String> riskClasses) {
        JsonNode before = read(get(ADMIN, "/api/settings"));
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = json.convertValue(before, Map.class);
        settings.put("fourEyes", Map.of("rules", List.of(Map.of("decision", "ACCEPT", "riskClasses", riskClasses)),
                "slaBusinessDays", 1));
        assertThat(put(ADMIN, "/api/settings", settings).getStatusCode().value()).isEqualTo(200);
        return before;
    }

    protected void restoreSettings(JsonNode before) {
        assertThat(put(ADMIN, "/api/settings", before).getStatusCode().value()).isEqualTo(200);
    }

    protected void user(NewUser user) {
        if (!users.exists(user.username())) {
            users.create(user, PASSWORD, false);
        }
    }

    private void distributor(String arn, String name) {
        if (distributors.find(arn).isEmpty()) {
            distributors.register(arn, name);
        }
    }

    protected static String passwordOf(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }

    protected ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, passwordOf(user)).getForEntity(path, String.class);
    }

    protected ResponseEntity<String> post(String user, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    protected JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    /** Submits as the admin on behalf of the test distributor; asserts it was accepted for review. */
    protected JsonNode submit(Map<String, Object> submission) {
        var response = post(ADMIN, "/api/applications", submission);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
        return read(response);
    }

    /** Submits (as the admin, fresh PANs) until the round robin hands the application to {@code reviewer}. */
    protected JsonNode submitAssignedTo(String reviewer) {
        return submitAssignedTo(reviewer, ADMIN, () -> Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));
    }

    /**
     * Submits as {@code submitter} until the round robin hands an application to {@code reviewer} (an active
     * reviewer); the ones that went to others stay pending and are never pushed, so a PAN may repeat.
     */
    protected JsonNode submitAssignedTo(String reviewer, String submitter,
                                        Supplier<Map<String, Object>> submissions) {
        for (int attempt = 0; attempt < 50; attempt++) {
            var response = post(submitter, "/api/applications", submissions.get());
            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
            JsonNode submitted = read(response);
            if (reviewer.equals(submitted.get("assignee").asText())) {
                return submitted;
            }
        }
        throw new AssertionError(reviewer + " never got a turn in the round robin");
    }

    /** An application whose AML check wants a look (risk class UNCERTAIN), assigned to this reviewer; its id. */
    protected String uncertainAssignedTo(String reviewer) {
        return submitAssignedTo(reviewer, ADMIN, () -> {
            Map<String, Object> submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
            submission.put("checks", new HashMap<>(Map.of("faceMatch", 0.93, "nameMatch", 0.98,
                    "documentForensics", "PASS", "aml", "REVIEW")));
            return submission;
        }).get("id").asText();
    }

    protected ResponseEntity<String> put(String user, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }

    /** An application as the admin sees it. */
    protected JsonNode application(String id) {
        return read(get(ADMIN, "/api/applications/" + id));
    }

    /** Waits (the push runs on the job executor) until the application's KRA status is {@code status}. */
    protected void awaitKraStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(application(id).get("kraStatus").asText()).isEqualTo(status));
    }

    protected ResponseEntity<String> patch(String user, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.PATCH, new HttpEntity<>(body, headers), String.class);
    }

    /** A PAN of an individual, new to this run; {@code scenario} is the digit that steers the KRA simulator. */
    public static String freshPan(char scenario) {
        var random = ThreadLocalRandom.current();
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder pan = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            pan.append(letters.charAt(random.nextInt(26)));
        }
        pan.append('P').append(letters.charAt(random.nextInt(26))).append(scenario);
        pan.append("%03d".formatted(random.nextInt(1000)));
        return pan.append(letters.charAt(random.nextInt(26))).toString();
    }

    /** Form login as a browser does it: the sign-in page's CSRF token, then the posted form; answers the session. */
    protected String signIn(String user, String password) {
        ResponseEntity<String> page = http.getForEntity("/login", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        String csrf = csrfToken(page.getBody());

        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", csrf);
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        var response = noRedirects().exchange("/login", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(302);
        assertThat(response.getHeaders().getLocation().toString()).doesNotContain("error");
        String newSession = response.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
        // Session fixation protection: signing in issues a new session id.
        assertThat(newSession).isNotNull().doesNotContain(cookie);
        return newSession.split(";")[0];
    }

    public static String csrfToken(String html) {
        int at = html.indexOf("name=\"_csrf\"");
        int valueStart = html.indexOf("value=\"", at) + 7;
        return html.substring(valueStart, html.indexOf('"', valueStart));
    }

    /** A page as a browser asks for it (HTML), signed in with HTTP Basic. */
    protected ResponseEntity<String> page(String user, String path) {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.withBasicAuth(user, passwordOf(user)).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
    }

    protected TestRestTemplate noRedirects() {
        return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /**
     * Sets the in-process KRA simulator's fault: {@code mode} (none, http500, http503, slow, timeouts …) for the next
     * {@code count} calls, each {@code delayMs} late, for one PAN or (null) all.
     */
    protected void kraFault(String mode, int count, long delayMs, String pan) {
        var body = new HashMap<String, Object>(Map.of("mode", mode, "count", count, "delayMs", delayMs));
        if (pan != null) {
            body.put("pan", pan);
        }
        assertThat(post(ADMIN, "/kra-sim/__sim/faults", body).getStatusCode().value()).isEqualTo(200);
    }

    protected void kraFault(String mode, int count, String pan) {
        kraFault(mode, count, 0, pan);
    }

    /** Open incidents of the application's flow (none when its flow has ended). */
    protected long incidentsOf(String applicationId) {
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
        return instance == null ? 0 : runtime.createIncidentQuery().processInstanceId(instance.getId()).count();
    }

    /**
     * Headers for a write to the Camunda webapps' engine API in a signed-in session ({@link #signIn}'s cookie), as
     * Tasklist and Cockpit send it: the webapps want their own XSRF token, which a first read hands out.
     */
    protected HttpHeaders webappsWriteHeaders(String session) {
        var read = new HttpHeaders();
        read.add(HttpHeaders.COOKIE, session);
        var first = noRedirects().exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
                new HttpEntity<>(read), String.class);
        String xsrf = first.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0].substring("XSRF-TOKEN=".length());
        var headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + xsrf);
        headers.add("X-XSRF-TOKEN", xsrf);
        return headers;
    }
}
