package io.backops.review.internal;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The review task may not complete as asked (no reason, out of scope, already decided). Carries the HTTP status that
 * engine REST answers with; the engine wraps listener exceptions, so {@link EngineRestConfiguration} unwraps it.
 */
class DecisionRefused extends ProcessEngineException {

    private final int status;

    DecisionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
