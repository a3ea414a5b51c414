package io.backops.identity.internal;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user as the session keeps him: Spring's user plus the {@link AccountStamps account stamp} of the
 * moment he signed in, which {@link OpenSessionCheck} compares on every request.
 */
final class SignedInUser extends User {

    private final String accountStamp;

    SignedInUser(String username, String password, boolean enabled, boolean accountNonLocked,
                 Collection<? extends GrantedAuthority> authorities, String accountStamp) {
        super(username, password, enabled, true, true, accountNonLocked, authorities);
        this.accountStamp = accountStamp;
    }

    String accountStamp() {
        return accountStamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && super.equals(other)
                && Objects.equals(accountStamp, user.accountStamp);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
