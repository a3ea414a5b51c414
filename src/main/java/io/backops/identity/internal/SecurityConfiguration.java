package io.backops.identity.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One user store, three ways in: form login (portal and Camunda webapps share the session), HTTP Basic for API
 * clients, HTTP Basic for {@code /engine-rest}. Camunda's own authorizations then decide what a signed-in user
 * sees inside the engine (see {@link CamundaSsoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REALM = "Backops";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and stored hashes name their algorithm so a later upgrade needs no migration.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "MANAGER", "USER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and cookie-less: every call carries its credentials, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain kraSimulator(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/kra-sim/**"))
                .authorizeHttpRequests(requests -> requests
                        // The simulated KRA API checks its own tokens, like the real one.
                        .requestMatchers(path("/kra-sim/int/**")).permitAll()
                        // Moving the simulator's clock or faults is an admin's trial tool.
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health/**", "/css/**").permitAll()
                        // Distributors have no Camunda user; the webapps would answer them with a 500.
                        .requestMatchers(path("/camunda/**")).hasAnyRole("ADMIN", "MANAGER", "USER")
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/", false).permitAll())
                .httpBasic(withDefaults())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(basicEntryPoint(), path("/api/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path("/camunda/api/**")))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserSessionRequests()))
                .build();
    }

    /** Matches on the whole path, whichever servlet serves it (engine REST is Jersey's, not Spring MVC's). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        var entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(REALM);
        return entryPoint;
    }

    /**
     * CSRF applies where a browser session cookie could be abused: state-changing requests without their own
     * credentials. Camunda's webapps guard {@code /camunda/**} with their own CSRF filter, so that path is left to them.
     */
    private static final class BrowserSessionRequests implements RequestMatcher {
        private final RequestMatcher camunda = path("/camunda/**");

        @Override
        public boolean matches(jakarta.servlet.http.HttpServletRequest request) {
            return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                    && request.getHeader("Authorization") == null
                    && !camunda.matches(request);
        }
    }
}
