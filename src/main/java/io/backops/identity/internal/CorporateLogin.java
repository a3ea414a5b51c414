package io.backops.identity.internal;

import io.backops.identity.CorporateSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Company sign-in with OpenID Connect (Spring Security's OAuth2 login), added to the portal's filter chain when an
 * issuer is configured. The client registration, the user matching and the handlers are this feature's own and not
 * beans, so that Spring Boot's OAuth2 client auto-configuration stays out of it.
 */
@Component
class CorporateLogin implements CorporateSignIn {

    private static final Logger log = LoggerFactory.getLogger(CorporateLogin.class);

    private final OidcProperties properties;
    private final CorporateUsers users;

    CorporateLogin(OidcProperties properties, BackofficeUsers users, BackofficeUserDetailsService userDetails,
                   SecurityAudit audit) {
        if (properties.enabled() && (blank(properties.clientId()) || blank(properties.clientSecret()))) {
            throw new IllegalStateException("backops.identity.oidc.issuer-uri is set, so company sign-in is on: it "
                    + "needs backops.identity.oidc.client-id and client-secret too (BACKOPS_OIDC_CLIENT_ID, "
                    + "BACKOPS_OIDC_CLIENT_SECRET)");
        }
        this.properties = properties;
        this.users = new CorporateUsers(users, userDetails, audit);
        if (properties.enabled()) {
            log.info("Company sign-in (OpenID Connect) is on: issuer {}, client id {}", properties.issuerUri(),
                    properties.clientId());
        }
    }

    @Override
    public boolean offered() {
        return properties.enabled();
    }

    /** Adds the company sign-in to the chain when it is on; {@code landing} is the password sign-in's success. */
    void configure(HttpSecurity http, AuthenticationSuccessHandler landing) throws Exception {
        if (!properties.enabled()) {
            return;
        }
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(new CorporateRegistration(properties))
                .authorizedClientRepository(new NoAuthorizedClients())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .successHandler(new CorporateSignInSuccess(landing))
                .failureHandler(new CorporateSignInRefusal()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Backops calls none of the provider's APIs after the sign-in, so it keeps none of its tokens (Spring would keep
     * them, with the client registration and its secret, in memory or in the session).
     */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // Kept nowhere: see the class comment.
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
            // Nothing was kept.
        }
    }
}
