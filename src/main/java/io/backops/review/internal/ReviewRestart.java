package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Elements.SERVICE_PREPARE_REVIEW;
import static io.backops.review.OnboardingProcess.Variables.*;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Starts a fresh review of an application whose decision was reversed, with the reviewer who had it last (the review
 * preparation keeps him while he is active). A flow still running (a draft waiting, a push not yet made) is moved to
 * the review; one that ended (rejected, dropped off) starts again in the same version, under the same business key.
 * Every flow that Backops runs has the review preparation step, so this works for each of them.
 */
public class ReviewRestart {

    private final RuntimeService runtime;
    private final HistoryService history;

    public ReviewRestart(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    public void restart(String applicationId, String reviewer) {
        var running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
        if (running != null) {
            move(running.getId(), reviewer);
        } else {
            startAgain(applicationId, reviewer);
        }
    }

    private void move(String processInstanceId, String reviewer) {
        // Start the review first: cancelling every activity before would end the instance.
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(SERVICE_PREPARE_REVIEW)
                .setVariable(ASSIGNEE, reviewer);
        var tree = runtime.getActivityInstance(processInstanceId);
        for (var activity : tree.getChildActivityInstances()) {
            modification = modification.cancelActivityInstance(activity.getId());
        }
        // An asynchronous step not yet run (the KRA push's job) is a transition instance, not an activity.
        for (var transition : tree.getChildTransitionInstances()) {
            modification = modification.cancelTransitionInstance(transition.getId());
        }
        modification.execute();
    }

    private void startAgain(String applicationId, String reviewer) {
        var ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (ended.isEmpty()) {
            throw new IllegalStateException("Application " + applicationId + " has no flow to start again");
        }
        var variables = Variables.createVariables();
        history.createHistoricVariableInstanceQuery().processInstanceId(ended.get(0).getId())
                .variableNameIn(APPLICATION_ID, RISK_CLASS, RISK_RULE, STARTING_BUCKET).list()
                .forEach(variable -> variables.putValue(variable.getName(), variable.getValue()));
        variables.putValue(ASSIGNEE, reviewer);
        runtime.createProcessInstanceById(ended.get(0).getProcessDefinitionId())
                .businessKey(applicationId)
                .setVariables(variables)
                .startBeforeActivity(SERVICE_PREPARE_REVIEW)
                .execute();
    }
}
