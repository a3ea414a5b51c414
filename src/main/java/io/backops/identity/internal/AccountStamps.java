package io.backops.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A digest of what a sign-in was granted on: role, team, status and password. A session remembers the stamp of its
 * sign-in; when the account's stamp moves on (an admin changed the role or status, the password changed elsewhere),
 * the session no longer speaks for the account. The password hash only enters a one-way digest, never the session.
 */
@Component
class AccountStamps {

    private final JdbcClient jdbc;

    AccountStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Account(String stamp, boolean mayWork) {
    }

    /** The account as it stands now; empty when it no longer exists. */
    Optional<Account> current(String username) {
        return jdbc.sql("""
                select role, status, manager, password_hash, locked_until from backoffice_user where username = ?
                """)
                .param(username)
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    boolean locked = lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
                    String status = rs.getString("status");
                    return new Account(stamp(rs.getString("role"), status, rs.getString("manager"),
                            rs.getString("password_hash")), !locked && !"INACTIVE".equals(status));
                })
                .optional();
    }

    private static String stamp(String... parts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
