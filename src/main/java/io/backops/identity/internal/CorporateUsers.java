package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import io.backops.identity.UserStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who a company account is to Backops: the Backops user whose username is the account's {@code preferred_username},
 * else the one user whose email is the account's {@code email} (unless the provider says the address is unverified).
 * Role, team and status stay Backops' own; nobody is created. Refused, with a page that says why, and audited: an
 * account that matches nobody (or more than one user), an inactive or locked user, and distributor and investor
 * logins (the company sign-in is for back-office staff, who are the company's people).
 * <p>
 * The provider has authenticated the person, multi-factor included, so the sign-in carries neither the
 * second-factor marks nor the one-time-password mark: no Backops password or code was used (docs/adr/0002).
 */
final class CorporateUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refusal; its description is the refusal page's text. */
    static final String REFUSED = "backops_user_refused";
    static final String AUDIT_DETAIL = "company sign-in (OIDC)";

    private final OidcUserService provider = new OidcUserService();
    private final BackofficeUsers users;
    private final BackofficeUserDetailsService userDetails;
    private final SecurityAudit audit;

    CorporateUsers(BackofficeUsers users, BackofficeUserDetailsService userDetails, SecurityAudit audit) {
        this.users = users;
        this.userDetails = userDetails;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser account = provider.loadUser(request);
        String shown = shownAs(account);
        String username = match(account, shown).orElseThrow(() -> refused(null, shown + " is not a Backops user",
                "Your company account " + shown + " is not a Backops user. Ask your IT admin to add you with this "
                        + "username or email address; Backops does not create users on its own."));
        var credentials = users.credentials(username).orElseThrow(() -> refused(null, shown + " is not a Backops user",
                "Your company account " + shown + " is not a Backops user."));
        if (!credentials.role().isBackOffice()) {
            throw refused(username, "a " + credentials.role().name().toLowerCase() + " login",
                    "Your company account " + shown + " matches the Backops user " + username + ", a "
                            + credentials.role().name().toLowerCase() + " login. The company sign-in is for back-office "
                            + "staff; sign in with your Backops password instead.");
        }
        if (credentials.status() == UserStatus.INACTIVE) {
            throw refused(username, "account inactive", "Your company account " + shown + " matches the Backops user "
                    + username + ", which is inactive. Ask your IT admin if you should have access again.");
        }
        if (credentials.isLocked(OffsetDateTime.now())) {
            throw refused(username, "account locked", "Your company account " + shown + " matches the Backops user "
                    + username + ", which is locked after too many failed sign-ins. Ask your IT admin to unlock it, "
                    + "or try again later.");
        }
        var user = (SignedInUser) userDetails.loadUserByUsername(username);
        user.eraseCredentials();
        return new CorporateUser(account, user, withoutPasswordMarks(user.getAuthorities()));
    }

    private Optional<String> match(OidcUser account, String shown) {
        String preferred = account.getPreferredUsername();
        if (preferred != null && users.find(preferred).isPresent()) {
            return Optional.of(preferred);
        }
        String email = account.getEmail();
        if (email == null || email.isBlank() || Boolean.FALSE.equals(account.getEmailVerified())) {
            return Optional.empty();
        }
        List<String> owners = users.usernamesWithEmail(email);
        if (owners.size() > 1) {
            throw refused(null, "email " + email + " belongs to " + owners.size() + " users",
                    "Your company account " + shown + " has the email address " + email + ", which more than one "
                            + "Backops user has. Ask your IT admin to give each person their own address.");
        }
        return owners.stream().findFirst();
    }

    /** The password's marks (one-time password, second factor) do not bind a sign-in that used no password. */
    private static List<GrantedAuthority> withoutPasswordMarks(java.util.Collection<GrantedAuthority> authorities) {
        return authorities.stream()
                .filter(a -> !BackofficeUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
                .filter(a -> !SecondFactorMarks.isMark(a))
                .toList();
    }

    private OAuth2AuthenticationException refused(String username, String why, String page) {
        audit.recordNow(username, SecurityEvent.SIGN_IN_FAILED, username, AUDIT_DETAIL + " refused: " + why);
        return new OAuth2AuthenticationException(new OAuth2Error(REFUSED, page, null), why);
    }

    private static String shownAs(OidcUser account) {
        if (account.getPreferredUsername() != null) {
            return account.getPreferredUsername();
        }
        return account.getEmail() != null ? account.getEmail() : account.getSubject();
    }
}
