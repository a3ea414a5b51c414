package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * docs/roles-and-scopes.md as one table: every {@code /api} endpoint × every kind of principal → the status it must
 * answer. 404 means out of scope (its existence is not revealed), 403 a role that may never do it. A new endpoint
 * without a row fails {@link #everyApiEndpointHasARow()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class AccessMatrixIntegrationTests extends IntegrationTestSupport {

    /**
     * Columns: anonymous, admin, manager, manager of another team, user, user of another team, distributor, investor
     * (of the same distributor, who did not submit the application the rows are about).
     */
    /** Public: the cluster drill replays the same table through the load balancer. */
    public static final String MATRIX = """
            GET    /api/me                              -            401 200 200 200 200 200 200 200
            POST   /api/me/password                     wrongCurrent 401 422 422 422 422 422 422 422
            GET    /api/users                           -            401 200 200 200 403 403 403 403
            GET    /api/users/{member}                  -            401 200 200 404 403 403 403 403
            POST   /api/users                           newManager   401 201 403 403 403 403 403 403
            PATCH  /api/users/{member}                  onLeave      401 200 200 404 403 403 403 403
            POST   /api/users/{member}/reassign         -            401 200 200 404 403 403 403 403
            POST   /api/users/{member}/unlock           -            401 204 403 403 403 403 403 403
            GET    /api/users/{member}/sessions         -            401 200 200 404 403 403 403 403
            POST   /api/users/{member}/sessions/end     -            401 200 200 404 403 403 403 403
            GET    /api/audit                           -            401 200 403 403 403 403 403 403
            GET    /api/audit/verify                    -            401 200 403 403 403 403 403 403
            GET    /api/evidence/public-key             -            401 200 200 200 403 403 403 403
            POST   /api/applications                    submission   401 201 403 403 403 403 201 201
            GET    /api/applications                    -            401 200 200 200 200 200 200 200
            GET    /api/applications/{application}      -            401 200 200 404 200 404 200 404
            POST   /api/applications/{application}/decision  rejectWithoutReason 401 422 422 404 422 404 403 403
            POST   /api/applications/{application}/approval  approve      401 409 409 404 409 404 403 403
            POST   /api/applications/{application}/reversal  reversal     401 409 409 404 403 404 403 404
            POST   /api/applications/{application}/reversal/approval approve 401 409 409 404 403 404 403 404
            PUT    /api/applications/{application}/assignee  sameAssignee 401 204 204 404 403 403 403 403
            POST   /api/applications/{application}/resubmit  submission   401 409 403 403 403 403 409 404
            GET    /api/applications/{application}/history   -            401 200 200 404 200 404 403 403
            GET    /api/applications/{application}/notes     -            401 200 200 404 200 404 403 403
            POST   /api/applications/{application}/notes     note         401 201 201 404 201 404 403 403
            GET    /api/applications/{application}/documents/{document} - 401 200 200 404 200 404 200 404
            GET    /api/applications/{application}/integration - 401 200 200 404 200 404 200 404
            GET    /api/applications/{application}/notifications - 401 200 200 404 200 404 403 403
            GET    /api/applications/{application}/evidence  -            401 200 200 404 403 403 403 403
            POST   /api/applications/{application}/kra/repush  - 401 409 409 404 409 404 403 403
            POST   /api/applications/bulk                    bulkNote     401 200 200 200 403 403 403 403
            GET    /api/applications/bulk/{bulk}             -            401 404 404 404 404 404 404 404
            POST   /api/applications/{application}/kra/poll    - 401 409 409 404 409 404 403 403
            GET    /api/integrations                         -            401 200 200 200 403 403 403 403
            GET    /api/deadlines?state=BREACHED             -            401 200 200 200 403 403 403 403
            GET    /api/retention                            -            401 200 403 403 403 403 403 403
            POST   /api/applications/{application}/erasure  noReason     401 422 403 403 403 403 403 403
            POST   /api/retention/relationship-ends      noReason     401 422 403 403 403 403 403 403
            POST   /api/retention/relationship-ends/withdrawal noReason 401 422 403 403 403 403 403 403
            GET    /api/distributors                         -            401 200 403 403 403 403 403 403
            GET    /api/flows                                -            401 200 403 403 403 403 403 403
            GET    /api/settings                             -            401 200 403 403 403 403 403 403
            GET    /api/reports/mis                          -            401 200 403 403 403 403 403 403
            GET    /api/reports/summary                      -            401 200 200 200 403 403 403 403
            GET    /api/reports/privileged-users             -            401 200 403 403 403 403 403 403
            POST   /api/reports/privileged-users/{privileged}/review - 401 204 403 403 403 403 403 403
            POST   /api/investors                            newInvestor  401 201 201 201 403 403 403 403
            PUT    /api/settings                             currentSettings 401 200 403 403 403 403 403 403
            POST   /api/flows                                -            401 400 403 403 403 403 403 403
            GET    /api/flows/individual-onboarding/versions/1/bpmn - 401 200 403 403 403 403 403 403
            POST   /api/flows/validate                       -            401 400 403 403 403 403 403 403
            GET    /api/flows/template                       -            401 200 403 403 403 403 403 403
            GET    /api/flows/drafts                         -            401 200 403 403 403 403 403 403
            POST   /api/flows/drafts                         notBpmn      401 400 403 403 403 403 403 403
            GET    /api/flows/drafts/{draft}                 -            401 404 403 403 403 403 403 403
            PUT    /api/flows/drafts/{draft}                 notBpmn      401 404 403 403 403 403 403 403
            DELETE /api/flows/drafts/{draft}                 -            401 404 403 403 403 403 403 403
            POST   /api/flows/drafts/{draft}/deploy          -            401 404 403 403 403 403 403 403
            GET    /api/flows/drafts/{draft}/forms/{formId}  -            401 404 403 403 403 403 403 403
            PUT    /api/flows/drafts/{draft}/forms/{formId}  notBpmn      401 404 403 403 403 403 403 403
            DELETE /api/flows/drafts/{draft}/forms/{formId}  -            401 404 403 403 403 403 403 403
            GET    /api/flows/individual-onboarding/versions/1/forms/{formId} - 401 200 403 403 403 403 403 403
            GET    /api/distributors/{distributor}           -            401 200 403 403 403 403 403 403
            POST   /api/distributors                         newDistributor 401 201 403 403 403 403 403 403
            PATCH  /api/distributors/{distributor}           sameName     401 200 403 403 403 403 403 403
            POST   /api/distributors/{distributor}/callback-secret - 401 200 403 403 403 403 403 403
            GET    /api/me/two-factor                        -            401 200 200 200 200 200 200 200
            GET    /api/settings/two-factor                  -            401 200 403 403 403 403 403 403
            PUT    /api/settings/two-factor                  twoFactorForNobody 401 200 403 403 403 403 403 403
            DELETE /api/users/{member}/two-factor            -            401 204 403 403 403 403 403 403
            """;
    private static final List<String> PRINCIPALS =
            List.of("anonymous", ADMIN, MANAGER, OTHER_MANAGER, TEAM.get(0), OUTSIDER, DISTRIBUTOR_LOGIN, INVESTOR_LOGIN);

    private static final AtomicInteger NEW_USERS = new AtomicInteger();
    /** The application a bulk row acts on (the cluster drill replays rows without one: an unknown id). */
    private static volatile String bulkTarget = "APP-0000-000000";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String application;
    private String document;

    @BeforeEach
    void applicationOfTheTeamMember() {
        if (application == null) {
            application = submitAssignedTo(TEAM.get(0)).get("id").asText();
            document = read(get(ADMIN, "/api/applications/" + application)).at("/documents/0/id").asText();
            bulkTarget = application;
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            for (int i = 0; i < PRINCIPALS.size(); i++) {
                cells.add(Arguments.of(columns[0], columns[1], columns[2], PRINCIPALS.get(i),
                        Integer.parseInt(columns[3 + i])));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {3} → {4}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(String method, String pathTemplate, String body, String principal, int expected) {
        String path = pathTemplate.replace("{member}", SPARE).replace("{application}", application)
                .replace("{document}", document).replace("{distributor}", DISTRIBUTOR_ARN)
                .replace("{bulk}", "no-such-bulk-action").replace("{draft}", "0")
                .replace("{formId}", "review-application").replace("{privileged}", OTHER_MANAGER);
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var client = principal.equals("anonymous") ? http : http.withBasicAuth(principal, passwordOf(principal));

        var response = client.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body(body), headers),
                String.class);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(expected);
        if (expected >= 400 && expected != 401) {
            assertThat(response.getHeaders().getContentType()).isNotNull();
            assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        }
    }

    @Test
    void everyApiEndpointHasARow() {
        Set<String> rows = new TreeSet<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] columns = line.trim().split("\\s+");
            rows.add(columns[0] + " " + columns[1].replace("{member}", "{username}").replace("{application}", "{id}")
                    .replace("{document}", "{documentId}").replace("{distributor}", "{arn}").replace("{bulk}", "{bulkId}").replace("{draft}", "{id}").replace("{privileged}", "{username}")
                    .replace("individual-onboarding/versions/1", "{key}/versions/{version}").replaceAll("\\?.*", ""));
        }
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));

        assertThat(rows).containsAll(endpoints);
    }

    private Object body(String name) {
        return bodyOf(name, () -> read(get(ADMIN, "/api/settings")));
    }

    /** The body a row names; {@code currentSettings} gives the settings as they are, for a PUT that changes nothing. */
    public static Object bodyOf(String name, java.util.function.Supplier<Object> currentSettings) {
        return switch (name) {
            case "-" -> null;
            case "wrongCurrent" -> Map.of("currentPassword", "not-my-password-1", "newPassword", "Another-Pass-42");
            case "newManager" -> newManager();
            case "onLeave" -> Map.of("status", "ON_LEAVE");
            case "rejectWithoutReason" -> Map.of("decision", "REJECT");
            case "approve" -> Map.of("approve", true);
            case "noReason" -> Map.of();
            case "reversal" -> Map.of("reason", "decided on the wrong documents");
            case "sameAssignee" -> Map.of("username", TEAM.get(0));
            case "note" -> Map.of("text", "Checked the address proof by phone");
            // Answered 200 whatever each item's outcome (out of scope: 404 inside); the item is the matrix's application.
            case "bulkNote" -> Map.of("action", "ADD_NOTE", "ids", List.of(bulkTarget), "text", "Checked in bulk");
            case "newDistributor" -> Map.of("arn", "ARN-" + (60_000_000 + NEW_USERS.incrementAndGet() * 1_000
                    + System.nanoTime() % 1_000), "name", "Matrix Distributor");
            case "notBpmn" -> Map.of("bpmn", "<not-bpmn/>");
            case "sameName" -> Map.of("name", "Test Distributor");
            case "newInvestor" -> Map.of("name", "Matrix Investor", "username",
                    "investor" + System.nanoTime() % 1_000_000_000L + NEW_USERS.incrementAndGet(),
                    "email", "investor@test.local", "distributor", DISTRIBUTOR_ARN);
            case "currentSettings" -> currentSettings.get();
            // The suite's own rule (HTTP Basic for everyone), set again: the row changes nothing.
            case "twoFactorForNobody" -> Map.of("requiredFor", "NOBODY");
            case "submission" -> {
                var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
                submission.put("distributor", DISTRIBUTOR_ARN);
                yield submission;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Map<String, Object> newManager() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", "tmatrix" + System.nanoTime() % 1_000_000_000L + NEW_USERS.incrementAndGet());
        user.put("name", "Matrix Manager");
        user.put("email", "matrix@test.local");
        user.put("role", "MANAGER");
        return user;
    }
}
