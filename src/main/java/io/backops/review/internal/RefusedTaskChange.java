package io.backops.review.internal;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A review task may not change as asked: completed without a reason, by someone out of scope, twice; or left without
 * an assignee. Carries the HTTP status that engine REST answers with; the engine wraps listener exceptions, so
 * {@link EngineRestConfiguration} unwraps it. A bad user request, so that the webapps' engine API (Tasklist), which
 * knows nothing of its status, answers 400 rather than 500 when {@link EngineSurfaceGuard} refuses before the engine.
 */
public class RefusedTaskChange extends BadUserRequestException {

    private final int status;
    private final Map<String, String> fields;

    RefusedTaskChange(int status, String message) {
        this(status, message, Map.of());
    }

    RefusedTaskChange(int status, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.fields = Map.copyOf(fields);
        // The webapps' engine API knows nothing of this exception and wraps it into a 500; EngineSurface reads the
        // refusal of this request from here to answer with its status instead.
        EngineSurface.refused(this);
    }

    public int status() {
        return status;
    }

    /** The failing fields, where the refusal is about input. */
    public Map<String, String> fields() {
        return fields.isEmpty() ? Map.of("decision", getMessage()) : fields;
    }
}
