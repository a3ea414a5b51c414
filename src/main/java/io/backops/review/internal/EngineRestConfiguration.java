package io.backops.review.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * Engine REST as Camunda configures it, except that a refused task change answers with its own 4xx instead of the 500
 * that engine REST gives every exception thrown by a task listener, and a task out of scope is not found (404).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> type != RestExceptionHandler.class && type != ProcessEngineExceptionHandler.class)
                .forEach(this::register);
        register(RefusalAwareRestExceptionHandler.class);
        register(RefusalAwareEngineExceptionHandler.class);
        register(JacksonFeature.class);
    }

    public static class RefusalAwareRestExceptionHandler implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            Response refusal = refusal(exception);
            if (refusal != null) {
                return refusal;
            }
            // Engine REST wraps what a command refuses as the caller's mistake (an unknown task, a bad value) into
            // a 500 of its own; it is the caller's mistake all the same.
            if (exception.getStatus() == null || exception.getStatus().getStatusCode() >= 500) {
                for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof BadUserRequestException bad) {
                        return answer(400, "InvalidRequestException", bad.getMessage());
                    }
                }
            }
            return camundaHandler.toResponse(exception);
        }
    }

    /** The same for engine exceptions that reach engine REST unwrapped (authorizations, the guard's refusals). */
    public static class RefusalAwareEngineExceptionHandler implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response refusal = refusal(exception);
            return refusal != null ? refusal : camundaHandler.toResponse(exception);
        }
    }

    /** The answer for a refused task change or a task out of scope, found anywhere in the causes; else null. */
    static Response refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedTaskChange refused) {
                return answer(refused.status(), "RefusedTaskChange", refused.getMessage());
            }
            // "task ... doesn't exist": the caller named something that is not there.
            if (cause instanceof NullValueException missing) {
                return answer(404, "InvalidRequestException", missing.getMessage());
            }
            // A task out of the caller's scope is as unknown to him as one that does not exist: 404, as the API
            // answers, not a 403 naming the permission (which tells him it exists).
            if (cause instanceof AuthorizationException denied && denied.getMissingAuthorizations().stream()
                    .anyMatch(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))) {
                String taskId = denied.getMissingAuthorizations().get(0).getResourceId();
                return answer(404, "InvalidRequestException", "No task " + taskId);
            }
        }
        return null;
    }

    private static Response answer(int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
