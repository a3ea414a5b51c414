package io.backops.identity;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Generated passwords: one-time, shown once, long enough not to be guessed. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static String generate() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return "Bk-" + HexFormat.of().formatHex(bytes);
    }
}
