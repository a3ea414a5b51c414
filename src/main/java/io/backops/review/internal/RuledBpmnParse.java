package io.backops.review.internal;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;

/**
 * The engine's BPMN parse, preceded by {@link FlowModelRules}. Whatever deploys a model (the flows API, engine REST's
 * deployment/create, Cockpit, the deployment at start-up, a node loading a definition into its cache) parses it here,
 * so a refused model is refused on every route with the same element ids and reasons. A refused model is not parsed
 * any further: nothing in it is compiled or evaluated.
 */
final class RuledBpmnParse extends BpmnParse {

    private final FlowModelRules rules;

    RuledBpmnParse(BpmnParser parser, FlowModelRules rules) {
        super(parser);
        this.rules = rules;
    }

    @Override
    protected void parseRootElement() {
        var violations = rules.violations(rootElement);
        if (violations.isEmpty()) {
            super.parseRootElement();
            return;
        }
        violations.forEach(violation -> addError(violation.reason(), violation.element(), violation.elementId()));
    }
}
