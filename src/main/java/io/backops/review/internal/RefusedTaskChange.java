package io.backops.review.internal;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A review task may not change as asked: completed without a reason, by someone out of scope, twice; or left without
 * an assignee. Carries the HTTP status that engine REST answers with; the engine wraps listener exceptions, so
 * {@link EngineRestConfiguration} unwraps it.
 */
public class RefusedTaskChange extends ProcessEngineException {

    private final int status;
    private final Map<String, String> fields;

    RefusedTaskChange(int status, String message) {
        this(status, message, Map.of());
    }

    RefusedTaskChange(int status, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.fields = Map.copyOf(fields);
    }

    public int status() {
        return status;
    }

    /** The failing fields, where the refusal is about input. */
    public Map<String, String> fields() {
        return fields.isEmpty() ? Map.of("decision", getMessage()) : fields;
    }
}
