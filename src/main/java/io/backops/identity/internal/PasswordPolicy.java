package io.backops.identity.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a password chosen by a person must be: long enough, letters and digits, not the username. */
@Component
class PasswordPolicy {

    private static final int MAX_LENGTH = 128;

    private final IdentityProperties properties;

    PasswordPolicy(IdentityProperties properties) {
        this.properties = properties;
    }

    /** The rules in a sentence, for the people who must follow them. */
    String describe() {
        return "at least " + properties.passwordMinLength()
                + " characters with letters and digits, not containing your username";
    }

    /** Why the password is not acceptable, or empty when it is. */
    Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < properties.passwordMinLength()) {
            return Optional.of("must have at least " + properties.passwordMinLength() + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must have at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("must contain letters and digits");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        return Optional.empty();
    }
}
