package io.backops.review;

import static io.backops.review.OnboardingProcess.Variables.ASSIGNEE;
import static io.backops.review.OnboardingProcess.Variables.DECISION;
import static io.backops.review.OnboardingProcess.Variables.KRA_FINAL;
import static io.backops.review.OnboardingProcess.Variables.KRA_STATUS;
import static io.backops.review.OnboardingProcess.Variables.STARTING_BUCKET;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/** The beans Backops' flows call, as mocks that write down each call: shared by the process tests of every flow. */
final class FlowMocks {

    private FlowMocks() {
    }

    static void register(List<String> calls) {
        Mocks.register("onboardingTimers", new Timers());
        Mocks.register("reviewSla", new Sla());
        Mocks.register("recordDecision", (TaskListener) task -> calls.add("decided " + task.getVariable(DECISION)));
        Mocks.register("prepareReview", (JavaDelegate) execution -> {
            calls.add("prepared");
            execution.setVariable(ASSIGNEE, "ravi");
        });
        Mocks.register("decideAutomatically", (JavaDelegate) execution -> {
            String decision = "ACCEPTED".equals(execution.getVariable(STARTING_BUCKET)) ? "ACCEPT" : "REJECT";
            calls.add("automatically " + decision);
            execution.setVariable(DECISION, decision);
        });
        Mocks.register("escalateReview", (JavaDelegate) execution -> calls.add("escalated"));
        Mocks.register("recordDropOff", (JavaDelegate) execution -> calls.add("dropped off"));
        kraAnswers(calls, "UNDER_PROCESS", false, "VALIDATED", true);
    }

    static void kraAnswers(List<String> calls, String pushStatus, boolean pushFinal, String pollStatus,
                           boolean pollFinal) {
        Mocks.register("pushToKra", (JavaDelegate) execution -> {
            calls.add("push");
            execution.setVariable(KRA_STATUS, pushStatus);
            execution.setVariable(KRA_FINAL, pushFinal);
        });
        Mocks.register("pollKra", (JavaDelegate) execution -> {
            calls.add("poll");
            execution.setVariable(KRA_STATUS, pollStatus);
            execution.setVariable(KRA_FINAL, pollFinal);
        });
    }

    /** Stands in for the {@code onboardingTimers} bean; a retry cycle of three attempts. */
    public static class Timers {
        public String getKraPollInterval() {
            return "PT1H";
        }

        public String getDropOffAfter() {
            return "P30D";
        }

        public String getKraRetryCycle() {
            return "R3/PT1M";
        }
    }

    /** Stands in for the {@code reviewSla} bean: due in two days. */
    public static class Sla {
        public Date dueDate() {
            return new Date(System.currentTimeMillis() + 2 * 24 * 3600 * 1000L);
        }
    }
}
