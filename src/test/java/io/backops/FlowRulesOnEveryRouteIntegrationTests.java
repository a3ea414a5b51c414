package io.backops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A flow's expressions run on the server with the engine's rights, so the engine itself holds every model to the
 * flow rules: each model below is refused, with its element id and the reason, on every route that deploys (the flows
 * API, engine REST's deployment/create, the same API inside the Camunda webapps that Cockpit calls with a session,
 * and the engine's repository service that the start-up deployment uses), and a model that reached the database
 * before the rules is refused when a node loads it. Beside the access matrix: the next route that deploys belongs here.
 */
class FlowRulesOnEveryRouteIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;

    /** Each a model, the element that must be named, and a word of the reason. */
    static Stream<Arguments> refusedModels() throws IOException {
        String shipped = shipped();
        return Stream.of(
                Arguments.of("reflection in a condition", shipped.replace("${startingBucket == 'PENDING'}",
                        "${''.getClass().forName('java.lang.Runtime') != null}"), "flow_to_review", "'.'"),
                Arguments.of("a bean that is not a delegate", shipped.replace("camunda:assignee=\"${assignee}\"",
                        "camunda:assignee=\"${environment}\""), "user_review", "environment"),
                Arguments.of("a method call in a timer", shipped.replace("${reviewSla.dueDate()}",
                        "${execution.getProcessEngineServices()}"), "timer_review_sla_definition", "'.'"),
                Arguments.of("a delegate expression calling a method", shipped.replace("${prepareReview}",
                        "${prepareReview.toString()}"), "service_prepare_review", "delegate"),
                Arguments.of("a bean that is not Backops' delegate", shipped.replace("${prepareReview}",
                        "${jdbcTemplate}"), "service_prepare_review", "not one of Backops' delegate beans"),
                Arguments.of("a script task", small("""
                        <scriptTask id="script_run" scriptFormat="javascript"><script>1 + 1</script></scriptTask>
                        """, "script_run"), "script_run", "script"),
                Arguments.of("a script condition", shipped.replace(
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${startingBucket == 'PENDING'}",
                        "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">true"),
                        "flow_to_review", "groovy"),
                Arguments.of("a Java class", small("""
                        <serviceTask id="service_class" camunda:class="java.lang.ProcessBuilder"/>
                        """, "service_class"), "service_class", "Java class"),
                Arguments.of("a Java class on a listener", small("""
                        <serviceTask id="service_listened" camunda:delegateExpression="${prepareReview}">
                          <extensionElements>
                            <camunda:executionListener class="java.lang.ProcessBuilder" event="start"/>
                          </extensionElements>
                        </serviceTask>
                        """, "service_listened"), "service_listened", "Java class"),
                Arguments.of("a method call in a start timer (evaluated when deployed)", small("""
                        <serviceTask id="service_timed" camunda:delegateExpression="${prepareReview}"/>
                        """, "service_timed").replace("<startEvent id=\"start_small\"/>", """
                        <startEvent id="start_small"><timerEventDefinition id="timer_start">
                          <timeCycle>${''.getClass().forName('java.lang.Runtime').getMethods()}</timeCycle>
                        </timerEventDefinition></startEvent>
                        """), "timer_start", "'.'"),
                Arguments.of("an expression on a service task", small("""
                        <serviceTask id="service_expression" camunda:expression="${environment.getProperty('x')}"/>
                        """, "service_expression"), "service_expression", "environment"));
    }

    @ParameterizedTest(name = "{0}: the flows API")
    @MethodSource("refusedModels")
    void theFlowsApiRefuses(String what, String model, String elementId, String reason) {
        var response = multipart("/api/flows", "file", keyed(model, "api"), "refused.bpmn", null);

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(read(response).get("errors")).as(response.getBody()).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(elementId);
            assertThat(error.get("message").asText()).contains(reason);
        });
    }

    @ParameterizedTest(name = "{0}: engine REST")
    @MethodSource("refusedModels")
    void engineRestRefuses(String what, String model, String elementId, String reason) {
        var response = multipart("/engine-rest/deployment/create", "data", keyed(model, "rest"), "refused.bpmn", null);

        assertRefusedByTheEngine(response, elementId, reason);
    }

    @ParameterizedTest(name = "{0}: Cockpit's engine API")
    @MethodSource("refusedModels")
    void theWebappsEngineApiRefuses(String what, String model, String elementId, String reason) {
        String session = signIn(ADMIN, ADMIN_PASSWORD);

        var response = multipart("/camunda/api/engine/engine/default/deployment/create", "data", keyed(model, "cockpit"),
                "refused.bpmn", webappsWriteHeaders(session));

        assertRefusedByTheEngine(response, elementId, reason);
    }

    @ParameterizedTest(name = "{0}: the repository service (start-up deployment)")
    @MethodSource("refusedModels")
    void theRepositoryServiceRefuses(String what, String model, String elementId, String reason) {
        assertThatThrownBy(() -> repository.createDeployment().name("refused").addString("refused.bpmn",
                keyed(model, "java")).deploy())
                .isInstanceOfSatisfying(ParseException.class, refused -> assertThat(refused.getResorceReports())
                        .flatExtracting(report -> report.getErrors())
                        .anySatisfy(problem -> {
                            assertThat(problem.getMainElementId()).isEqualTo(elementId);
                            assertThat(problem.getMessage()).contains(reason);
                        }));
    }

    /** A model whose every expression is allowed but that lacks Backops' steps: refused on the engine's routes too. */
    @Test
    void aModelWithoutBackopsStepsIsRefusedByEngineRestAndTheRepositoryService() {
        String incomplete = small("""
                <serviceTask id="service_prepared" camunda:delegateExpression="${prepareReview}"/>
                """, "service_prepared");
        assertRefusedByTheEngine(multipart("/engine-rest/deployment/create", "data", keyed(incomplete, "rest-steps"),
                "incomplete.bpmn", null), "refused-small-rest-steps", "needs the review");
        assertThatThrownBy(() -> repository.createDeployment().name("incomplete")
                .addString("incomplete.bpmn", keyed(incomplete, "java-steps")).deploy())
                .isInstanceOfSatisfying(ParseException.class, refused -> assertThat(refused.getResorceReports())
                        .flatExtracting(report -> report.getErrors())
                        .anySatisfy(problem -> {
                            assertThat(problem.getMainElementId()).isEqualTo("refused-small-java-steps");
                            assertThat(problem.getMessage()).contains("needs the four-eyes approval");
                        }));
    }

    @Test
    void aModelThatReachedTheDatabaseBeforeTheRulesIsRefusedWhenANodeLoadsIt() throws IOException {
        String key = "rules-" + System.nanoTime();
        var deployment = repository.createDeployment().name(key).addString(key + ".bpmn",
                shipped().replace("individual-onboarding", key)).deployWithResult();
        String definition = deployment.getDeployedProcessDefinitions().get(0).getId();
        jdbc.update("update act_ge_bytearray set bytes_ = ? where deployment_id_ = ?",
                shipped().replace("individual-onboarding", key).replace("${startingBucket == 'PENDING'}",
                        "${''.getClass().getName() != null}").getBytes(StandardCharsets.UTF_8), deployment.getId());
        configuration().getDeploymentCache().discardProcessDefinitionCache();

        assertThatThrownBy(() -> repository.getProcessDefinition(definition))
                .isInstanceOfSatisfying(ParseException.class, refused -> assertThat(refused.getResorceReports())
                        .flatExtracting(report -> report.getErrors())
                        .anySatisfy(problem -> assertThat(problem.getMainElementId()).isEqualTo("flow_to_review")));
    }

    @Test
    void decisionTablesCaseModelsAndHtmlFormsAreRefused() {
        for (String file : List.of("rule.dmn", "case.cmmn", "form.html", "script.js")) {
            var response = multipart("/engine-rest/deployment/create", "data", "<x/>", file, null);
            assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
            assertThat(response.getBody()).contains(file, "refused");
        }
    }

    @Test
    void atRunTimeNoExpressionReachesAMethodOrABeanBeyondTheRules() {
        assertThatThrownBy(() -> evaluate("${''.getClass().getName()}")).hasMessageContaining("may not reach");
        assertThatThrownBy(() -> evaluate("${environment}")).hasMessageContaining("environment");
        assertThat(evaluate("${prepareReview}")).isNotNull();
        assertThat(evaluate("${onboardingTimers.kraPollInterval}")).isNotNull();
    }

    /** As the engine evaluates a flow's expression: inside a command. */
    private Object evaluate(String expression) {
        var manager = configuration().getExpressionManager();
        return configuration().getCommandExecutorTxRequired().execute(context ->
                manager.createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private void assertRefusedByTheEngine(ResponseEntity<String> response, String elementId, String reason) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"mainElementId\":\"" + elementId + "\"").contains(reason);
    }

    private ResponseEntity<String> multipart(String path, String field, String content, String fileName,
                                             HttpHeaders sessionHeaders) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add(field, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        body.add("deployment-name", "refused");
        var headers = sessionHeaders == null ? new HttpHeaders() : sessionHeaders;
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        var client = sessionHeaders == null ? http.withBasicAuth(ADMIN, ADMIN_PASSWORD) : noRedirects();
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** A process key of its own per route, so that no route's refusal could hide behind another's deployment. */
    private static String keyed(String model, String route) {
        return model.replace("individual-onboarding", "refused-" + route).replace("small-flow", "refused-small-" + route);
    }

    private static String shipped() throws IOException {
        return new ClassPathResource("bpmn/individual-onboarding.bpmn").getContentAsString(StandardCharsets.UTF_8);
    }

    /** A one-task flow around {@code task}. */
    private static String small(String task, String taskId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://backops.io/test">
                  <process id="small-flow" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start_small"/>
                    <sequenceFlow id="flow_in" sourceRef="start_small" targetRef="%1$s"/>
                    %2$s
                    <sequenceFlow id="flow_out" sourceRef="%1$s" targetRef="end_small"/>
                    <endEvent id="end_small"/>
                  </process>
                </definitions>
                """.formatted(taskId, task);
    }
}
