package io.backops.review.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * Engine REST as Camunda configures it, except that a refused task change answers with its own 4xx instead of the 500
 * that engine REST gives every exception thrown by a task listener.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        CamundaRestResources.getConfigurationClasses().stream()
                .filter(type -> type != RestExceptionHandler.class)
                .forEach(this::register);
        register(RefusalAwareRestExceptionHandler.class);
        register(JacksonFeature.class);
    }

    public static class RefusalAwareRestExceptionHandler implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof RefusedTaskChange refused) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("type", "RefusedTaskChange");
                    body.put("message", refused.getMessage());
                    return Response.status(refused.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
                }
            }
            return camundaHandler.toResponse(exception);
        }
    }
}
