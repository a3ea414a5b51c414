package io.backops.identity;

/**
 * Signing in with the company's account through its OpenID Connect provider, when one is configured
 * ({@code backops.identity.oidc.issuer-uri}); the sign-in page offers it only then.
 */
public interface CorporateSignIn {

    /** Where the sign-in page's "Sign in with your company account" button starts the sign-in. */
    String START_PATH = "/oauth2/authorization/corporate";

    boolean offered();
}
