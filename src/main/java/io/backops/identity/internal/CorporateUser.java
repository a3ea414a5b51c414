package io.backops.identity.internal;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A company sign-in matched to a Backops user, for the moment between the provider's answer and
 * {@link CorporateSignInSuccess}, which replaces it in the session by the same {@link SignedInUser} a password
 * sign-in holds. Its name is the Backops username, so the sign-in's events and audit name the Backops user.
 */
final class CorporateUser implements OidcUser {

    private final OidcUser account;
    private final SignedInUser user;
    private final Collection<? extends GrantedAuthority> authorities;

    CorporateUser(OidcUser account, SignedInUser user, Collection<? extends GrantedAuthority> authorities) {
        this.account = account;
        this.user = user;
        this.authorities = authorities;
    }

    SignedInUser signedInUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return account.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return account.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return account.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return account.getAttributes();
    }
}
