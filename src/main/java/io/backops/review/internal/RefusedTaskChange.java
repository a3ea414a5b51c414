package io.backops.review.internal;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A review task may not change as asked: completed without a reason, by someone out of scope, twice; or left without
 * an assignee. Carries the HTTP status that engine REST answers with; the engine wraps listener exceptions, so
 * {@link EngineRestConfiguration} unwraps it.
 */
class RefusedTaskChange extends ProcessEngineException {

    private final int status;

    RefusedTaskChange(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
