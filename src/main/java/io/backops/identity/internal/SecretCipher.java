package io.backops.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets for the database (AES-256-GCM, a fresh IV each time), so that a copy of the
 * database alone does not let anyone make codes. The key lives outside the database.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SecretCipher(TwoFactorProperties properties) {
        this.key = new SecretKeySpec(keyBytes(properties), "AES");
    }

    String encrypt(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    String decrypt(String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // A different key on this node than on the one that enrolled: say so rather than refuse every code.
            throw new IllegalStateException("Cannot decrypt a two-factor secret: is BACKOPS_TWO_FACTOR_KEY the same "
                    + "on every node?", e);
        }
    }

    private static byte[] keyBytes(TwoFactorProperties properties) {
        String configured = properties.secretKey();
        if (configured != null && !configured.isBlank()) {
            return checked(Base64.getDecoder().decode(configured.strip()));
        }
        try {
            if (Files.exists(properties.keyFile())) {
                return checked(Base64.getDecoder().decode(Files.readString(properties.keyFile()).strip()));
            }
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            Files.createDirectories(properties.keyFile().toAbsolutePath().getParent());
            Files.writeString(properties.keyFile(), Base64.getEncoder().encodeToString(generated));
            try {
                Files.setPosixFilePermissions(properties.keyFile(), PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file stays with the directory's permissions.
            }
            log.warn("No BACKOPS_TWO_FACTOR_KEY: generated a key into {}; a cluster needs the same key on every node",
                    properties.keyFile());
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the two-factor key in " + properties.keyFile(), e);
        }
    }

    private static byte[] checked(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("The two-factor key must be 32 bytes (Base64), not " + key.length);
        }
        return key;
    }
}
