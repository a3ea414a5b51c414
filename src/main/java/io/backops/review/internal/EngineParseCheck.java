package io.backops.review.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's own BPMN parser, with every parse listener the engine has (so a rule another module puts into the
 * engine as a parse listener is reported here too), run on a model without deploying it: nothing is written.
 */
@Component
class EngineParseCheck {

    private final ProcessEngineConfigurationImpl engine;

    EngineParseCheck(ProcessEngine engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** The parser the engine deploys with, so that it brings the engine's parse listeners. */
    private BpmnParser bpmnParser() {
        return engine.getDeployers().stream().filter(BpmnDeployer.class::isInstance).map(BpmnDeployer.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"))
                .getBpmnParser();
    }

    List<FlowProblem> problems(String resourceName, byte[] bpmn) {
        return engine.getCommandExecutorTxRequired().execute(commandContext -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setNew(true);
            BpmnParse parse = bpmnParser().createParse()
                    .sourceInputStream(new ByteArrayInputStream(bpmn)).deployment(deployment).name(resourceName);
            List<FlowProblem> problems = new ArrayList<>();
            try {
                parse.execute();
            } catch (ParseException e) {
                // (sic: Camunda spells it "Resorce")
                e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> problems.add(new FlowProblem(
                        error.getMainElementId() == null ? "file" : error.getMainElementId(), "engine", "error", "parser",
                        error.getMessage() + (error.getLine() > 0 ? " (line " + error.getLine() + ")" : "")))));
                if (problems.isEmpty()) {
                    problems.add(new FlowProblem("file", "engine", "error", "parser", e.getMessage()));
                }
            } catch (RuntimeException e) {
                problems.add(new FlowProblem("file", "engine", "error", "parser", e.getMessage()));
            }
            return problems;
        });
    }
}
