package io.backops.review.internal;

import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The application module's refusals, as the task listeners raise them: the engine rolls the completion back and engine
 * REST, Tasklist and the API answer with the same status (422, 403, 404 or 409) and message.
 */
final class TaskRefusals {

    private TaskRefusals() {
    }

    static void refusedAsTaskChanges(Runnable lifecycleCall) {
        try {
            lifecycleCall.run();
        } catch (ValidationException e) {
            throw new RefusedTaskChange(422, e.fieldErrors().entrySet().stream()
                    .map(error -> error.getKey() + " " + error.getValue())
                    .collect(Collectors.joining("; ")), e.fieldErrors());
        } catch (AccessDeniedException e) {
            throw new RefusedTaskChange(403, e.getMessage());
        } catch (NotFoundException e) {
            throw new RefusedTaskChange(404, e.getMessage());
        } catch (ConflictException e) {
            throw new RefusedTaskChange(409, e.getMessage());
        }
    }
}
