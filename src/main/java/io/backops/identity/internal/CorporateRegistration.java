package io.backops.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, {@value OidcProperties#REGISTRATION_ID}, read from the provider's discovery document
 * on the first company sign-in rather than at start: Backops starts, and password sign-in works, while the company's
 * provider is unreachable. Until the document is read, a company sign-in ends on the error page (and is tried again
 * on the next one).
 */
final class CorporateRegistration implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(CorporateRegistration.class);

    private final OidcProperties properties;
    private volatile ClientRegistration registration;

    CorporateRegistration(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(OidcProperties.REGISTRATION_ID)
                    .clientName("Company account")
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope(properties.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        } catch (RuntimeException e) {
            // The exception names the issuer and what went wrong (the secret is in neither), the start of it is enough.
            String why = String.valueOf(e.getMessage());
            log.warn("The company's OpenID provider at {} cannot be read ({}): company sign-in is unavailable",
                    properties.issuerUri(), why.length() > 300 ? why.substring(0, 300) + "..." : why);
            return null;
        }
    }
}
