package io.backops.review;

import static io.backops.review.OnboardingProcess.Variables.*;

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
        // Like the default four-eyes rule: accepting a RISKY application waits for a checker.
        Mocks.register("recordDecision", (TaskListener) task -> {
            calls.add("decided " + task.getVariable(DECISION));
            task.getExecution().setVariable(APPROVAL_REQUIRED,
                    "ACCEPT".equals(task.getVariable(DECISION)) && "RISKY".equals(task.getVariable(RISK_CLASS)));
        });
        Mocks.register("prepareApproval", (TaskListener) task -> calls.add("approval offered"));
        Mocks.register("recordApproval", (TaskListener) task -> {
            boolean approved = Boolean.parseBoolean(String.valueOf(task.getVariable(APPROVE)));
            calls.add(approved ? "approved" : "refused");
            task.getExecution().setVariable(APPROVED, approved);
        });
        Mocks.register("escalateApproval", (JavaDelegate) execution -> calls.add("approval escalated"));
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

    /** Stands in for the {@code reviewSla} bean: the review due in two days, an approval in one. */
    public static class Sla {
        public Date dueDate() {
            return new Date(System.currentTimeMillis() + 2 * 24 * 3600 * 1000L);
        }

        public Date approvalDueDate() {
            return new Date(System.currentTimeMillis() + 24 * 3600 * 1000L);
        }
    }
}
