package io.backops.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chains of the append-only trails (timeline, security audit; ADR 0005): each entry stores SHA-256 over
 * the previous entry's hash and a canonical form of its own content. The canonical form writes every field as its
 * length and its text ({@code 5:admin}), or {@code ~} for none, so no two different contents serialize alike,
 * whatever characters a field holds; times are UTC instants to the microsecond, as both databases store them.
 */
public final class HashChain {

    /** The "previous hash" of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** SHA-256 (hex) of {@code previous}, a newline, and the canonical form of {@code fields}, in their order. */
    public static String link(String previous, Object... fields) {
        StringBuilder canonical = new StringBuilder(previous).append('\n');
        for (Object field : fields) {
            if (field == null) {
                canonical.append('~');
            } else {
                String text = text(field);
                canonical.append(text.length()).append(':').append(text);
            }
            canonical.append('|');
        }
        return sha256(canonical.toString());
    }

    /** A time as the database will give it back: the chain must hash what it stores, not what Java had. */
    public static OffsetDateTime storable(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String text(Object field) {
        if (field instanceof OffsetDateTime at) {
            return DateTimeFormatter.ISO_INSTANT.format(at.toInstant().truncatedTo(ChronoUnit.MICROS));
        }
        if (field instanceof Instant at) {
            return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS));
        }
        return field.toString();
    }
}
