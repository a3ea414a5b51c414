package io.backops.trail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A configured key pair signs; a private and a public key that do not belong together are refused before use. */
class EvidenceKeysTests {

    @Test
    void aConfiguredPairSignsWhatItsPublicKeyVerifies() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var keys = new EvidenceKeys(new EvidenceProperties(pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())), null);

        byte[] document = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(document);

        assertThat(verifier.verify(keys.sign(document))).isTrue();
        assertThat(keys.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(keys.keyId()).matches("[0-9a-f]{64}");
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefusedWithoutShowingTheKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String privateKey = pem("PRIVATE KEY", pair.getPrivate().getEncoded());
        var keys = new EvidenceKeys(new EvidenceProperties(privateKey,
                pem("PUBLIC KEY", other.getPublic().getEncoded())), null);

        assertThatThrownBy(() -> keys.sign(new byte[] {1}))
                .hasMessageContaining("not the private key's public key")
                .hasMessageNotContaining(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
    }

    @Test
    void somethingThatIsNotAKeyIsRefused() {
        var keys = new EvidenceKeys(new EvidenceProperties("bm90IGEga2V5", "bm90IGEga2V5"), null);
        assertThatThrownBy(() -> keys.sign(new byte[] {1})).hasMessageContaining("not an Ed25519 key pair")
                .hasMessageNotContaining("bm90IGEga2V5");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
