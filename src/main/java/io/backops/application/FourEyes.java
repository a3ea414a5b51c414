package io.backops.application;

import java.util.List;
import java.util.Set;

/**
 * Which decisions need a second person (maker-checker): a decision on an application of one of the rule's risk
 * classes waits for a checker. An empty rule list means no decision does.
 */
public record FourEyes(List<Rule> rules) {

    public record Rule(Decision decision, Set<RiskClass> riskClasses) {
    }

    public static final FourEyes NONE = new FourEyes(List.of());

    public FourEyes {
        rules = List.copyOf(rules);
    }

    public boolean requiresApproval(Decision decision, RiskClass riskClass) {
        return rules.stream().anyMatch(rule -> rule.decision() == decision && rule.riskClasses().contains(riskClass));
    }
}
