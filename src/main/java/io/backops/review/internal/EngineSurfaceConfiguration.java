package io.backops.review.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Marks requests to engine REST and to the webapps' engine API for {@link EngineSurfaceGuard}. */
@Configuration(proxyBeanMethods = false)
class EngineSurfaceConfiguration {

    @Bean
    FilterRegistrationBean<EngineSurface> engineSurface() {
        var registration = new FilterRegistrationBean<>(new EngineSurface());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // Before the engine's resources, after Spring Security (whose chain is at -100).
        registration.setOrder(0);
        return registration;
    }
}
