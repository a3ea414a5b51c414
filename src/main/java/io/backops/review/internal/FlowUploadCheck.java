package io.backops.review.internal;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * What a Backops flow needs beyond being valid BPMN, checked before the engine sees it: a history time to live on
 * every process (nothing kept forever), every delegate expression naming a bean that exists (else the flow fails
 * at run time, in front of a reviewer; the engine refuses the rest of what is not allowed, see FlowModelRules), and every user task with a form that will be there.
 */
@Component
class FlowUploadCheck {

    private final FlowExpressions expressions;

    FlowUploadCheck(DelegateBeans beans) {
        this.expressions = beans.expressions();
    }

    /** The model's problems by element ("file" for the whole file); empty when it may be deployed. */
    Map<String, String> problems(byte[] bpmn, Set<String> availableForms) {
        Map<String, String> problems = new LinkedHashMap<>();
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (ModelException e) {
            problems.put("file", "is not a BPMN 2.0 model: " + rootMessage(e));
            return problems;
        }
        var processes = model.getModelElementsByType(Process.class);
        if (processes.stream().noneMatch(Process::isExecutable)) {
            problems.put("file", "has no executable process (isExecutable=\"true\")");
        }
        for (Process process : processes) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                problems.put(process.getId(), "needs camunda:historyTimeToLive (days its history is kept)");
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkBean(task, task.getCamundaDelegateExpression(), problems);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkBean(listener.getParentElement().getParentElement(), listener.getCamundaDelegateExpression(), problems);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkBean(listener.getParentElement().getParentElement(), listener.getCamundaDelegateExpression(), problems);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null && task.getCamundaFormKey() == null) {
                problems.put(task.getId(), "is a user task without a form (camunda:formRef)");
            } else if (formRef != null && !availableForms.contains(formRef)) {
                problems.put(task.getId(), "refers to form " + formRef + ", which is neither uploaded nor shipped");
            }
        }
        return problems;
    }

    private void checkBean(ModelElementInstance element, String expression, Map<String, String> problems) {
        if (expression == null) {
            return;
        }
        // The same rule, and words, as the engine's own check (FlowModelRules) on every other route.
        expressions.refuseDelegate(expression).ifPresent(reason -> problems.put(element.getAttributeValue("id"), reason));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
