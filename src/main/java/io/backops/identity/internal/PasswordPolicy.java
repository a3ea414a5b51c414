package io.backops.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must be: long enough, letters and digits, not the username, no common word or
 * keyboard or counting run that a guesser tries first, and within bcrypt's 72 bytes (beyond which it cannot hash).
 */
@Component
class PasswordPolicy {

    private static final int MAX_LENGTH = 128;
    private static final int MAX_BYTES = 72;
    /** Runs of six are enough to catch "1234567890a", "abcdef12" or "qwerty99" without refusing chance pairs. */
    private static final int RUN = 6;
    private static final List<String> RUNS = List.of("0123456789", "9876543210", "abcdefghijklmnopqrstuvwxyz",
            "zyxwvutsrqponmlkjihgfedcba", "qwertyuiop", "asdfghjkl", "zxcvbnm", "poiuytrewq");
    private static final List<String> COMMON = List.of("password", "passw0rd", "p@ssw0rd", "letmein", "welcome",
            "iloveyou", "monkey", "dragon", "sunshine", "princess", "football", "baseball", "admin", "login", "master",
            "shadow", "superman", "trustno1", "backops", "changeme", "secret", "india");

    private final IdentityProperties properties;

    PasswordPolicy(IdentityProperties properties) {
        this.properties = properties;
    }

    /** The rules in a sentence, for the people who must follow them. */
    String describe() {
        return "at least " + properties.passwordMinLength()
                + " characters with letters and digits, not containing your username, a common word (like password"
                + " or welcome) or a run like 123456, abcdef or qwerty, and at most " + MAX_BYTES
                + " bytes (bcrypt reads no further)";
    }

    /** Why the password is not acceptable, or empty when it is. */
    Optional<String> problemWith(String password, String username) {
        if (password == null || password.length() < properties.passwordMinLength()) {
            return Optional.of("must have at least " + properties.passwordMinLength() + " characters");
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must have at most " + MAX_BYTES + " bytes (" + MAX_BYTES
                    + " plain letters and digits, fewer with accents or symbols beyond ASCII)");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("must contain letters and digits");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        for (String word : COMMON) {
            if (lower.contains(word)) {
                return Optional.of("must not contain a common word such as " + word);
            }
        }
        for (int at = 0; at + RUN <= lower.length(); at++) {
            String piece = lower.substring(at, at + RUN);
            if (RUNS.stream().anyMatch(run -> run.contains(piece))) {
                return Optional.of("must not contain a run such as " + piece);
            }
        }
        return Optional.empty();
    }
}
