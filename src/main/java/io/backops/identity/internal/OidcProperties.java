package io.backops.identity.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company's OpenID Connect provider, for signing in with the company account. Off while {@code issuerUri} is
 * empty. The client id and secret are the ones the provider gave Backops; the secret never appears in a log line,
 * an answer or the database (see {@link #toString}).
 */
@ConfigurationProperties("backops.identity.oidc")
record OidcProperties(String issuerUri,
                      String clientId,
                      String clientSecret,
                      @DefaultValue({"openid", "profile", "email"}) List<String> scopes) {

    static final String REGISTRATION_ID = "corporate";

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    @Override
    public String toString() {
        return "OidcProperties[issuerUri=" + issuerUri + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null || clientSecret.isEmpty() ? "(none)" : "(hidden)") + ", scopes=" + scopes + "]";
    }
}
