package io.backops.review.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.stereotype.Service;

/**
 * Everything that stands between a model and its deployment, each on its element: what {@link FlowUploadCheck}
 * has always checked, Backops' own rules ({@link BackopsFlowRules}), bpmnlint's recommended rules
 * ({@link BpmnLint}) and Camunda's parser with the engine's parse listeners ({@link EngineParseCheck}). The
 * editor asks while the author works; every deployment, whatever its route, is refused while one remains.
 */
@Service
public class FlowValidation {

    private final FlowUploadCheck uploadCheck;
    private final BpmnLint lint;
    private final EngineParseCheck parser;

    FlowValidation(FlowUploadCheck uploadCheck, BpmnLint lint, EngineParseCheck parser) {
        this.uploadCheck = uploadCheck;
        this.lint = lint;
        this.parser = parser;
    }

    /** Every problem of a model, given the ids of the forms it may use; empty when it may be deployed. */
    public List<FlowProblem> problems(String fileName, byte[] bpmn, Set<String> availableForms) {
        List<FlowProblem> problems = new ArrayList<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException e) {
            uploadCheck.problems(bpmn, availableForms).forEach((id, message) ->
                    problems.add(FlowProblem.backops(id, "bpmn", message)));
            return problems;
        }
        uploadCheck.problems(bpmn, availableForms).forEach((id, message) ->
                problems.add(FlowProblem.backops(id, "deployable", message)));
        problems.addAll(BackopsFlowRules.problems(model));
        lint.lint(new String(bpmn, StandardCharsets.UTF_8)).forEach(finding -> problems.add(new FlowProblem(
                finding.id().isEmpty() ? "file" : finding.id(), "bpmnlint", finding.category(), finding.rule(),
                finding.message())));
        problems.addAll(parser.problems(fileName, bpmn));
        return problems;
    }

    /** The problems as a refusal names them: by element, several on one element joined. */
    static Map<String, String> byElement(List<FlowProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(problem -> errors.merge(problem.elementId(), problem.message(), (a, b) -> a + "; " + b));
        return errors;
    }
}
