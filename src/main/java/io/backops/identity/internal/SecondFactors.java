package io.backops.identity.internal;

import io.backops.identity.SecurityEvent;
import io.backops.shared.ConflictException;
import io.backops.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's authenticator and recovery codes: enrolment (the secret is shown once, then kept only encrypted),
 * checking a code (each time step and each recovery code counts once, even across nodes: the database decides),
 * and an admin's reset. Every enrolment, reset and recovery-code use is in the security audit.
 */
@Component
public class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final TotpCodes totp;
    private final SecretCipher cipher;
    private final SecurityAudit audit;
    private final TwoFactorProperties properties;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, TotpCodes totp, SecretCipher cipher, SecurityAudit audit,
                  TwoFactorProperties properties) {
        this.jdbc = jdbc;
        this.totp = totp;
        this.cipher = cipher;
        this.audit = audit;
        this.properties = properties;
    }

    /** A new secret, to be shown once with its QR code; it holds only after {@link #confirm}. */
    public record Enrolment(String secret, String qrDataUri) {
        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    public record Status(boolean enrolled, OffsetDateTime since, int recoveryCodesLeft) {
    }

    public enum Check { AUTHENTICATOR_CODE, RECOVERY_CODE, WRONG }

    public Status status(String username) {
        OffsetDateTime since = jdbc.sql("select confirmed_at from two_factor where username = ? and confirmed_at is not null")
                .param(username).query(OffsetDateTime.class).optional().orElse(null);
        int left = jdbc.sql("select count(*) from two_factor_recovery_code where username = ? and used_at is null")
                .param(username).query(Integer.class).single();
        return new Status(since != null, since, since == null ? 0 : left);
    }

    boolean enrolled(String username) {
        return jdbc.sql("select count(*) from two_factor where username = ? and confirmed_at is not null")
                .param(username).query(Integer.class).single() > 0;
    }

    /** The set-up begun and not yet confirmed, shown again when its confirmation code was wrong. */
    public java.util.Optional<Enrolment> pending(String username) {
        return jdbc.sql("select secret_cipher from two_factor where username = ? and confirmed_at is null")
                .param(username).query(String.class).optional().map(cipher::decrypt)
                .map(secret -> new Enrolment(secret, totp.qrDataUri(secret, username, properties.issuer())));
    }

    @Transactional
    public Enrolment start(String username) {
        if (enrolled(username)) {
            throw new ConflictException("Two-factor sign-in is already set up; an IT admin can reset it");
        }
        String secret = totp.newSecret();
        jdbc.sql("delete from two_factor where username = ?").param(username).update();
        jdbc.sql("insert into two_factor (username, secret_cipher, started_at) values (?, ?, ?)")
                .params(username, cipher.encrypt(secret), OffsetDateTime.now()).update();
        return new Enrolment(secret, totp.qrDataUri(secret, username, properties.issuer()));
    }

    /** Confirms the set-up with a code from the app; answers the recovery codes, which are never shown again. */
    @Transactional
    public List<String> confirm(String username, String code) {
        String secret = jdbc.sql("select secret_cipher from two_factor where username = ? and confirmed_at is null")
                .param(username).query(String.class).optional().map(cipher::decrypt)
                .orElseThrow(() -> new ConflictException("Start the set-up first"));
        OptionalLong step = totp.matchingStep(secret, normalised(code));
        if (step.isEmpty()) {
            throw new ValidationException(Map.of("code", "is not the code your app shows now"));
        }
        jdbc.sql("update two_factor set confirmed_at = ?, last_used_step = ? where username = ?")
                .params(OffsetDateTime.now(), step.getAsLong(), username).update();
        List<String> codes = newRecoveryCodes(username);
        audit.record(username, SecurityEvent.TWO_FACTOR_ENROLLED, username, "authenticator app and "
                + RECOVERY_CODES + " recovery codes");
        return codes;
    }

    /**
     * Checks a code from the app or a recovery code, and uses it up: an app code's time step (and every step before
     * it) counts once, a recovery code once.
     */
    @Transactional
    public Check check(String username, String input) {
        String code = normalised(input);
        if (code.matches("\\d{6}")) {
            var secret = jdbc.sql("select secret_cipher from two_factor where username = ? and confirmed_at is not null")
                    .param(username).query(String.class).optional().map(cipher::decrypt);
            if (secret.isEmpty()) {
                return Check.WRONG;
            }
            OptionalLong step = totp.matchingStep(secret.get(), code);
            if (step.isEmpty()) {
                return Check.WRONG;
            }
            int used = jdbc.sql("""
                    update two_factor set last_used_step = ?
                    where username = ? and (last_used_step is null or last_used_step < ?)
                    """).params(step.getAsLong(), username, step.getAsLong()).update();
            return used == 1 ? Check.AUTHENTICATOR_CODE : Check.WRONG;
        }
        int used = jdbc.sql("""
                update two_factor_recovery_code set used_at = ?
                where username = ? and code_hash = ? and used_at is null
                """).params(OffsetDateTime.now(), username, hash(code.replace("-", ""))).update();
        if (used != 1) {
            return Check.WRONG;
        }
        audit.record(username, SecurityEvent.RECOVERY_CODE_USED, username,
                status(username).recoveryCodesLeft() + " recovery codes left");
        return Check.RECOVERY_CODE;
    }

    /** An admin's reset: the person sets up the app again at the next sign-in (if the rule applies to him). */
    @Transactional
    public boolean reset(String actor, String username) {
        int removed = jdbc.sql("delete from two_factor where username = ?").param(username).update();
        jdbc.sql("delete from two_factor_recovery_code where username = ?").param(username).update();
        if (removed > 0) {
            audit.record(actor, SecurityEvent.TWO_FACTOR_RESET, username, null);
        }
        return removed > 0;
    }

    private List<String> newRecoveryCodes(String username) {
        jdbc.sql("delete from two_factor_recovery_code where username = ?").param(username).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            String raw = code.toString();
            jdbc.sql("insert into two_factor_recovery_code (username, code_hash) values (?, ?)")
                    .params(username, hash(raw)).update();
            codes.add(raw.substring(0, 5) + "-" + raw.substring(5));
        }
        return codes;
    }

    private static String normalised(String code) {
        return code == null ? "" : code.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    /**
     * SHA-256 suffices for recovery codes: they are random with some 49 bits each, not chosen by people, so there is
     * no dictionary to try; a slow hash would only slow down every sign-in that uses one.
     */
    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
