package io.backops.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules: after {@code maxFailedSignIns} wrong passwords in a row the account locks for {@code lockout}
 * (an admin can unlock it sooner); new passwords need {@code passwordMinLength} characters; a password bcrypt has
 * verified is trusted again without bcrypt for {@code verifiedPasswordsRemembered}.
 */
@ConfigurationProperties("backops.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedSignIns,
                          @DefaultValue("PT15M") Duration lockout,
                          @DefaultValue("10") int passwordMinLength,
                          @DefaultValue("PT5M") Duration verifiedPasswordsRemembered) {
}
