package io.backops.identity.internal;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One user store, three ways in: form login (portal and Camunda webapps share the session; optionally the company's
 * OpenID Connect sign-in beside it, see {@link CorporateLogin}), HTTP Basic for API clients, HTTP Basic for
 * {@code /engine-rest}. Camunda's own authorizations then decide what a signed-in user
 * sees inside the engine (see {@link CamundaSsoConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REALM = "Backops";
    private static final String CAMUNDA_LOGOUT = "/camunda/api/admin/auth/user/{engine}/logout";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Nothing here uses a camera, a microphone, the location, payments or USB. */
    private static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        // bcrypt today, and stored hashes name their algorithm so a later upgrade needs no migration.
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                properties.verifiedPasswordsRemembered(), Clock.systemUTC());
    }

    /**
     * The management port, when one is configured apart from the application's: only actuator answers there, and
     * only the monitoring network reaches it (docs/adr/0003), so Prometheus scrapes it without a sign-in, which the
     * two-factor rule would refuse it anyway.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        return http.securityMatcher(new ManagementPortRequests(environment))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/prometheus"), path("/actuator/health/**"), path("/actuator/info"))
                        .permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("ADMIN", "MANAGER", "REVIEWER"))
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and cookie-less: every call carries its credentials, so there is nothing to forge.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new SecondFactorFilter(), ExceptionTranslationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
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
                .addFilterAfter(new SecondFactorFilter(), ExceptionTranslationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, AccountStamps accounts, OpenSessions sessions, CorporateLogin corporate)
            throws Exception {
        var signedIn = new SessionLimit(sessions, landing());
        // With an OpenID provider configured, the company sign-in lands the same way (CorporateLogin).
        corporate.configure(http, signedIn);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/token", "/login/refused", "/error", "/actuator/health/**", "/css/**",
                                "/js/**", "/webjars/**").permitAll()
                        // Cockpit is for admins; its plugin API answers engine-wide counts whoever asks.
                        .requestMatchers(path("/camunda/api/cockpit/**")).hasRole("ADMIN")
                        // Distributors have no Camunda user; the webapps would answer them with a 500.
                        .requestMatchers(path("/camunda/**")).hasAnyRole("ADMIN", "MANAGER", "REVIEWER")
                        // Metrics name teams and show the load: on this port for signed-in IT admins (docs/adr/0003).
                        .requestMatchers(path("/actuator/prometheus")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(signedIn)
                        .permitAll())
                .httpBasic(withDefaults())
                // Signing out of Backops or of a Camunda webapp ends the one shared session: both are signed out.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(post("/logout"), post(CAMUNDA_LOGOUT)))
                        .logoutSuccessUrl("/login?logout")
                        .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(), post(CAMUNDA_LOGOUT)))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        // Camunda's webapps send their own Content-Security-Policy.
                        new NegatedRequestMatcher(path("/camunda/**")),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addFilterBefore(new OpenSessionCheck(accounts, sessions), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(), ExceptionTranslationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(ProblemAnswers.signInRequired(REALM), path("/api/**"))
                        .defaultAccessDeniedHandlerFor(ProblemAnswers.forbidden(), path("/api/**"))
                        .defaultAuthenticationEntryPointFor(basicEntryPoint(), path("/actuator/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path("/camunda/api/**")))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new BrowserSessionRequests()))
                .build();
    }

    /** After a sign-in: the page that asked for it, or the dashboard. */
    private static SavedRequestAwareAuthenticationSuccessHandler landing() {
        var landing = new SavedRequestAwareAuthenticationSuccessHandler();
        landing.setDefaultTargetUrl("/");
        return landing;
    }

    /** Requests that arrived on a management port distinct from the application's port. */
    private static final class ManagementPortRequests implements RequestMatcher {
        private final Integer managementPort;
        private final Integer serverPort;

        ManagementPortRequests(Environment environment) {
            this.managementPort = environment.getProperty("management.server.port", Integer.class);
            this.serverPort = environment.getProperty("server.port", Integer.class, 8080);
        }

        @Override
        public boolean matches(jakarta.servlet.http.HttpServletRequest request) {
            return managementPort != null && managementPort > 0 && !managementPort.equals(serverPort)
                    && request.getLocalPort() == managementPort;
        }
    }

    /** Matches on the whole path, whichever servlet serves it (engine REST is Jersey's, not Spring MVC's). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }

    private static BasicAuthenticationEntryPoint basicEntryPoint() {
        var entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName(REALM);
        return entryPoint;
    }

    /**
     * CSRF applies where a browser session could be abused: state-changing requests that ride on a session cookie,
     * and the sign-in form itself. An {@code Authorization} header does not exempt a request that also carries a
     * session (a forged request can carry a made-up header beside the victim's cookie); only a request that
     * authenticates itself and has no session has nothing to abuse. A request with neither a session nor credentials
     * goes on to answer 401. Camunda's webapps guard {@code /camunda/**} with their own CSRF filter.
     */
    private static final class BrowserSessionRequests implements RequestMatcher {
        private final RequestMatcher camunda = path("/camunda/**");
        private final RequestMatcher signIn = path("/login");

        @Override
        public boolean matches(jakarta.servlet.http.HttpServletRequest request) {
            boolean ridesOnSession = request.getRequestedSessionId() != null || signIn.matches(request);
            return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                    && ridesOnSession
                    && !camunda.matches(request);
        }
    }
}
