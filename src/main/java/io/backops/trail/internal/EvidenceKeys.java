package io.backops.trail.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key evidence exports are signed with: from configuration, else the one generated and stored in the
 * database (made by the first node that needs it; another node racing it reads the winner's). Loaded on first use,
 * and checked to be a pair before anything is signed with it. The private key never leaves this class.
 */
@Component
class EvidenceKeys {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(EvidenceKeys.class);

    private final EvidenceProperties properties;
    private final JdbcClient jdbc;
    private volatile KeyPair keys;

    EvidenceKeys(EvidenceProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    byte[] sign(byte[] document) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(keys().getPrivate());
            signature.update(document);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the evidence key", e);
        }
    }

    PublicKey publicKey() {
        return keys().getPublic();
    }

    /** SHA-256 of the public key's encoding: names the key an export was signed with. */
    String keyId() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private KeyPair keys() {
        KeyPair loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                if (keys == null) {
                    keys = checked(properties.configured()
                            ? pair(properties.privateKey(), properties.publicKey())
                            : stored().orElseGet(this::generate));
                }
                loaded = keys;
            }
        }
        return loaded;
    }

    private Optional<KeyPair> stored() {
        return jdbc.sql("select private_key, public_key from evidence_signing_key where id = 1")
                .query((rs, n) -> pair(rs.getString("private_key"), rs.getString("public_key")))
                .optional();
    }

    private KeyPair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            var encoder = Base64.getEncoder();
            jdbc.sql("insert into evidence_signing_key (id, private_key, public_key, created_at) values (1, ?, ?, ?)")
                    .params(encoder.encodeToString(pair.getPrivate().getEncoded()),
                            encoder.encodeToString(pair.getPublic().getEncoded()), OffsetDateTime.now())
                    .update();
            log.warn("No evidence signing key configured (backops.evidence.private-key): generated one and stored it "
                    + "in the database; configure one kept outside the database in production");
            return pair;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return stored().orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    private static KeyPair pair(String privateKey, String publicKey) {
        if (publicKey == null || publicKey.isBlank()) {
            throw new IllegalStateException("backops.evidence.public-key is required with backops.evidence.private-key");
        }
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateOne = factory.generatePrivate(new PKCS8EncodedKeySpec(der(privateKey)));
            PublicKey publicOne = factory.generatePublic(new X509EncodedKeySpec(der(publicKey)));
            return new KeyPair(publicOne, privateOne);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The key itself is never part of the message.
            throw new IllegalStateException("backops.evidence.* is not an Ed25519 key pair (PKCS#8 and X.509, PEM or "
                    + "base64): " + e.getClass().getSimpleName());
        }
    }

    /** Refuses a private and a public key that do not belong together, before an export is signed unverifiably. */
    private static KeyPair checked(KeyPair pair) {
        try {
            byte[] probe = "backops evidence key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(pair.getPrivate());
            signer.update(probe);
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(pair.getPublic());
            verifier.update(probe);
            if (!verifier.verify(signer.sign())) {
                throw new IllegalStateException("backops.evidence.public-key is not the private key's public key");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use the evidence key: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] der(String pemOrBase64) {
        return Base64.getMimeDecoder().decode(pemOrBase64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
