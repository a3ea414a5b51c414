package io.backops.trail.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The evidence signing key (Ed25519): the private key as PKCS#8 and its public key as X.509 SubjectPublicKeyInfo,
 * each PEM or bare base64 ({@code openssl genpkey -algorithm ed25519}, {@code openssl pkey -pubout}). Both empty:
 * a key pair is generated once and kept in the database, so every node and every restart signs with it (fine for
 * the demo and tests; in production configure one kept outside the database, see ADR 0005).
 */
@ConfigurationProperties("backops.evidence")
record EvidenceProperties(String privateKey, String publicKey) {

    boolean configured() {
        return privateKey != null && !privateKey.isBlank();
    }
}
