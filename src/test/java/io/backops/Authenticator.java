package io.backops;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * A person's authenticator app: the secret read off the set-up page, codes made as an app makes them. The server
 * accepts each 30-second step once, so {@link #nextCode()} gives the code of a step after the last one used (the
 * server allows one step of clock drift, which is what lets a test sign in twice without waiting).
 */
public final class Authenticator {

    private final String secret;
    private long lastStep;

    private Authenticator(String secret) {
        this.secret = secret;
    }

    /** The secret from the set-up page ({@code <code id="secret">}). */
    public static Authenticator fromPage(String html) {
        int at = html.indexOf("id=\"secret\"");
        if (at < 0) {
            throw new AssertionError("No secret on the page:\n" + html);
        }
        int start = html.indexOf('>', at) + 1;
        return new Authenticator(html.substring(start, html.indexOf('<', start)).trim());
    }

    public static Authenticator of(String secret) {
        return new Authenticator(secret);
    }

    public String secret() {
        return secret;
    }

    /** The code the app shows now. */
    public String currentCode() {
        lastStep = Math.max(lastStep, now());
        return codeAt(now());
    }

    /** A code the server has not seen yet: this step, or the next one if this one was used. */
    public String nextCode() {
        long step = Math.max(now(), lastStep + 1);
        lastStep = step;
        return codeAt(step);
    }

    /** The last code handed out again (a replay). */
    public String lastCode() {
        return codeAt(lastStep);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    private String codeAt(long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
