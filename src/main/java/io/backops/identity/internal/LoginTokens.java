package io.backops.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time sign-in tokens for auto-login links ({@code login_token}). Only a SHA-256 of each token is kept, so the
 * table gives nobody a way in; a token works once, before it expires.
 */
@Repository
class LoginTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    LoginTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for this user, valid for {@code validity}; the token itself is returned once and never stored. */
    String issue(String username, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into login_token (token_hash, username, expires_at) values (?, ?, ?)")
                .params(hash(token), username, OffsetDateTime.now().plus(validity))
                .update();
        return token;
    }

    /** The user a token signs in, using it up; empty when it is unknown, used or expired. */
    Optional<String> redeem(String token) {
        String hash = hash(token);
        int used = jdbc.sql("update login_token set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
                .params(OffsetDateTime.now(), hash, OffsetDateTime.now())
                .update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("select username from login_token where token_hash = ?").param(hash).query(String.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
