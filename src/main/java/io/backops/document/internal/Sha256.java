package io.backops.document.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The lowercase hex SHA-256 of bytes: what the database keeps of a document's content. */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Compares without leaking, by timing, how much of a hash matched. */
    public static boolean matches(String expectedHex, byte[] bytes) {
        return MessageDigest.isEqual(expectedHex.getBytes(), hex(bytes).getBytes());
    }
}
