package io.backops.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Backops' own rules for a flow, beyond what the engine and bpmnlint check: the steps every application needs
 * (the review by a person, recorded by the decision listener, the four-eyes approval when a decision needs a checker,
 * and the push to the KRA), element ids that say
 * what the element is (so the API, Tasklist and the timeline can rely on them), and nothing that runs code
 * Backops does not ship: no script, no Java class, no free expression in place of a bean.
 */
final class BackopsFlowRules {

    static final String REVIEW_TASK = "user_review";
    private static final String DECISION_LISTENER = "${recordDecision}";
    private static final String KRA_PUSH = "${pushToKra}";
    private static final String APPROVAL_LISTENER = "${recordApproval}";
    private static final String APPROVAL_PREPARATION = "${prepareApproval}";
    private static final String APPROVAL_REQUIRED = "${approvalRequired}";

    /** The id prefix each kind of element must carry. */
    private static final Map<Class<? extends BaseElement>, String> PREFIXES = Map.of(
            StartEvent.class, "start_", EndEvent.class, "end_", UserTask.class, "user_",
            ServiceTask.class, "service_", ExclusiveGateway.class, "xor_", EventBasedGateway.class, "evt_",
            SequenceFlow.class, "flow_");

    private BackopsFlowRules() {
    }

    static List<FlowProblem> problems(BpmnModelInstance model) {
        List<FlowProblem> problems = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            UserTask review = process.getChildElementsByType(UserTask.class).stream()
                    .filter(task -> REVIEW_TASK.equals(task.getId())).findFirst().orElse(null);
            if (review == null) {
                problems.add(FlowProblem.backops(process.getId(), "review-task",
                        "needs the review: a user task " + REVIEW_TASK + " with the " + DECISION_LISTENER + " complete listener"));
            } else if (!hasDecisionListener(review)) {
                problems.add(FlowProblem.backops(review.getId(), "review-task",
                        "must record the decision: a complete task listener " + DECISION_LISTENER));
            }
            approvalSteps(process, problems);
            boolean pushes = process.getChildElementsByType(ServiceTask.class).stream()
                    .anyMatch(task -> KRA_PUSH.equals(task.getCamundaDelegateExpression()));
            if (!pushes) {
                problems.add(FlowProblem.backops(process.getId(), "kra-push",
                        "needs the KRA push: a service task calling " + KRA_PUSH));
            }
        }
        idPrefixes(model, problems);
        noCodeOfItsOwn(model, problems);
        return problems;
    }

    /**
     * The four-eyes steps: the settings may ask a checker to approve an accepted application of any type or risk
     * class, at run time, so every flow needs the approval task (prepared and recorded by Backops' listeners) and a
     * path into it taken when the decision needs approval; without them such an application would reach the KRA
     * unapproved.
     */
    private static void approvalSteps(Process process, List<FlowProblem> problems) {
        UserTask approval = process.getChildElementsByType(UserTask.class).stream()
                .filter(task -> hasTaskListener(task, "complete", APPROVAL_LISTENER)).findFirst().orElse(null);
        if (approval == null) {
            problems.add(FlowProblem.backops(process.getId(), "approval-task", "needs the four-eyes approval: a user task"
                    + " with the " + APPROVAL_PREPARATION + " create and " + APPROVAL_LISTENER + " complete listeners,"
                    + " reached when " + APPROVAL_REQUIRED));
            return;
        }
        if (!hasTaskListener(approval, "create", APPROVAL_PREPARATION)) {
            problems.add(FlowProblem.backops(approval.getId(), "approval-task",
                    "must be prepared for the checker: a create task listener " + APPROVAL_PREPARATION));
        }
        boolean reached = approval.getIncoming().stream().anyMatch(flow -> flow.getConditionExpression() != null
                && APPROVAL_REQUIRED.equals(flow.getConditionExpression().getTextContent().strip()));
        if (!reached) {
            problems.add(FlowProblem.backops(approval.getId(), "approval-task",
                    "must be reached when the decision needs a checker: an incoming flow with the condition " + APPROVAL_REQUIRED));
        }
    }

    private static boolean hasTaskListener(UserTask task, String event, String delegate) {
        return task.getExtensionElements() != null && task.getExtensionElements()
                .getChildElementsByType(CamundaTaskListener.class).stream()
                .anyMatch(listener -> event.equals(listener.getCamundaEvent())
                        && delegate.equals(listener.getCamundaDelegateExpression()));
    }

    private static boolean hasDecisionListener(UserTask review) {
        return review.getExtensionElements() != null && review.getExtensionElements()
                .getChildElementsByType(CamundaTaskListener.class).stream()
                .anyMatch(listener -> "complete".equals(listener.getCamundaEvent())
                        && DECISION_LISTENER.equals(listener.getCamundaDelegateExpression()));
    }

    private static void idPrefixes(BpmnModelInstance model, List<FlowProblem> problems) {
        PREFIXES.forEach((type, prefix) -> model.getModelElementsByType(type).forEach(element ->
                requirePrefix(element, prefix, problems)));
        for (CatchEvent event : model.getModelElementsByType(CatchEvent.class)) {
            if (event instanceof StartEvent) {
                continue;
            }
            if (!event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
                requirePrefix(event, "timer_", problems);
            } else if (!event.getChildElementsByType(MessageEventDefinition.class).isEmpty()) {
                requirePrefix(event, "message_", problems);
            }
        }
    }

    private static void requirePrefix(BaseElement element, String prefix, List<FlowProblem> problems) {
        String id = element.getId();
        if (id == null || !id.startsWith(prefix) || id.length() == prefix.length()) {
            problems.add(FlowProblem.backops(id == null ? "file" : id, "id-prefix",
                    "id must start with " + prefix + " (a " + element.getElementType().getTypeName() + ")"));
        }
    }

    private static void noCodeOfItsOwn(BpmnModelInstance model, List<FlowProblem> problems) {
        for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(FlowProblem.backops(task.getId(), "no-script",
                    "is a script task: a flow runs only the beans Backops ships, never a script"));
        }
        for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
            problems.add(FlowProblem.backops(owner(script), "no-script",
                    "holds a script: a flow runs only the beans Backops ships, never a script"));
        }
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            if (condition.getLanguage() != null) {
                problems.add(FlowProblem.backops(owner(condition), "no-script",
                        "has a condition in " + condition.getLanguage() + ": conditions are expressions, not scripts"));
            }
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            if (listener.getCamundaClass() != null || listener.getCamundaExpression() != null) {
                problems.add(FlowProblem.backops(owner(listener), "bean-only",
                        "has a task listener that is not a Backops bean (camunda:delegateExpression)"));
            }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            if (listener.getCamundaClass() != null || listener.getCamundaExpression() != null) {
                problems.add(FlowProblem.backops(owner(listener), "bean-only",
                        "has an execution listener that is not a Backops bean (camunda:delegateExpression)"));
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaClass() != null || task.getCamundaExpression() != null || task.getCamundaType() != null) {
                problems.add(FlowProblem.backops(task.getId(), "bean-only",
                        "must call a Backops bean with camunda:delegateExpression, like ${pushToKra}; not a Java class, "
                                + "an expression or an external task"));
            }
        }
    }

    /** The id of the nearest enclosing element that has one. */
    private static String owner(ModelElementInstance element) {
        for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
            String id = current.getAttributeValue("id");
            if (id != null && !(current instanceof CamundaScript)) {
                return id;
            }
        }
        return "file";
    }
}
