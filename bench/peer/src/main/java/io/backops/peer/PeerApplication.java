package io.backops.peer;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.ApplicationRunner;

/**
 * The benchmark's peer: Camunda's REST API behind Camunda's own HTTP Basic filter, authorizations on, history full,
 * and a bench user allowed exactly what the benchmark does (start the bench process, work its tasks).
 */
@SpringBootApplication
public class PeerApplication {

    static final String BENCH_USER = "bench";

    public static void main(String[] args) {
        SpringApplication.run(PeerApplication.class, args);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    @Bean
    ApplicationRunner benchUser(ProcessEngine engine) {
        return arguments -> createBenchUser(engine);
    }

    private void createBenchUser(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(BENCH_USER).count() > 0) {
            return;
        }
        var user = identity.newUser(BENCH_USER);
        user.setPassword(benchPassword);
        identity.saveUser(user);
        AuthorizationService authorizations = engine.getAuthorizationService();
        grant(authorizations, Resources.PROCESS_DEFINITION, "bench", Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // Reading tasks to find them; completing one is the assignee's by Camunda's default task permission.
        grant(authorizations, Resources.TASK, Authorization.ANY, Permissions.READ);
    }

    @Value("${PEER_BENCH_PASSWORD:bench-Pass-1}")
    private String benchPassword;

    private static void grant(AuthorizationService authorizations, Resource resource, String resourceId,
                              Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(BENCH_USER);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
