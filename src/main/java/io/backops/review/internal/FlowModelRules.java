package io.backops.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads a whole BPMN document, every element, attribute and text, and names what a Backops flow may not hold:
 * scripts in any language (script tasks, script listeners, script conditions, script input/output), Java classes
 * named by the model, connectors, and expressions beyond {@link FlowExpressions}. Reading everything rather than
 * the attributes known today means that an element or attribute the engine learns later is checked too.
 */
final class FlowModelRules {

    /** Camunda's extension namespace, and the Activiti one it still reads. */
    private static final Set<String> ENGINE_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn",
            "http://activiti.org/bpmn");
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("scriptTask", "script");
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
    private static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression",
            "variableMappingDelegateExpression");

    /** One refused part of the model: the element, the id of the nearest element that has one, and why. */
    record Violation(Element element, String elementId, String reason) {
    }

    private final FlowExpressions expressions;

    FlowModelRules(FlowExpressions expressions) {
        this.expressions = expressions;
    }

    List<Violation> violations(Element root) {
        List<Violation> violations = new ArrayList<>();
        visit(root, root.attribute("id"), violations);
        return violations;
    }

    private void visit(Element element, String inheritedId, List<Violation> violations) {
        String id = element.attribute("id") != null ? element.attribute("id") : inheritedId;
        String tag = localName(element.getTagName());
        if (SCRIPT_ELEMENTS.contains(tag)) {
            violations.add(new Violation(element, id, "holds a script: scripts of any language are not allowed"));
        } else if (tag.equals("connector") && ENGINE_NAMESPACES.contains(element.getUri())) {
            violations.add(new Violation(element, id, "holds a connector: flows call Backops' delegates only"));
        }
        for (String key : element.attributes()) {
            attributeViolation(element, key, element.attribute(key))
                    .ifPresent(reason -> violations.add(new Violation(element, id, reason)));
        }
        String text = element.getText();
        if (FlowExpressions.holdsExpression(text)) {
            expressions.refuseValue(text.strip())
                    .ifPresent(reason -> violations.add(new Violation(element, id, reason)));
        }
        for (Element child : element.elements()) {
            visit(child, id, violations);
        }
    }

    private Optional<String> attributeViolation(Element element, String key, String value) {
        int colon = key.lastIndexOf(':');
        String namespace = colon < 0 ? "" : key.substring(0, colon);
        String name = key.substring(colon + 1);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        // camunda:class on a task, or class on a camunda:taskListener: both are the engine's.
        boolean engineAttribute = ENGINE_NAMESPACES.contains(namespace)
                || (namespace.isEmpty() && ENGINE_NAMESPACES.contains(element.getUri()));
        if (engineAttribute && CLASS_ATTRIBUTES.contains(name)) {
            return Optional.of("names the Java class " + value + ": Java classes are not allowed, name a Backops "
                    + "delegate bean with camunda:delegateExpression");
        }
        if (engineAttribute && name.equals("resource")) {
            return Optional.of("loads the resource " + value + ": external scripts are not allowed");
        }
        if (name.equals("scriptFormat") || name.equals("language")) {
            return Optional.of("is written in " + value + ": scripts of any language are not allowed");
        }
        if (engineAttribute && DELEGATE_ATTRIBUTES.contains(name)) {
            return expressions.refuseDelegate(value);
        }
        return FlowExpressions.holdsExpression(value) ? expressions.refuseValue(value) : Optional.empty();
    }

    private static String localName(String tag) {
        return tag.substring(tag.indexOf(':') + 1);
    }
}
