package io.backops.review.internal;

/**
 * One thing that stops a model from being deployed, on the element it is about ({@code "file"} for the whole
 * upload). {@code source} says who found it: {@code backops} (Backops' own rules), {@code bpmnlint} (its
 * recommended rules) or {@code engine} (Camunda's parser); {@code severity} is bpmnlint's, {@code error} otherwise.
 * Every problem, warning or error, refuses a deployment.
 */
public record FlowProblem(String elementId, String source, String severity, String rule, String message) {

    static FlowProblem backops(String elementId, String rule, String message) {
        return new FlowProblem(elementId, "backops", "error", rule, message);
    }
}
