package io.backops.review.internal;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/** One of Backops' reasons to refuse a deployment, in the engine's own shape (engine REST and Cockpit show it). */
record EngineProblem(String getMessage, String getMainElementId) implements Problem {

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getColumn() {
        return 0;
    }

    @Override
    public List<String> getElementIds() {
        return getMainElementId == null ? List.of() : List.of(getMainElementId);
    }
}
