package io.backops.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeCipherTests {

    private static final String OLD_KEY = randomKey();
    private static final String NEW_KEY = randomKey();
    private static final byte[] CONTENT = "PAN card of ASHA RAO, ABCPR1234K".getBytes(StandardCharsets.UTF_8);

    private final EnvelopeCipher underOld = new EnvelopeCipher(new KeyRing("old", Map.of("old", OLD_KEY)));

    @Test
    void sealedContentOpensAndHoldsNoPlaintext() {
        var sealed = underOld.seal("doc-1", CONTENT);

        assertThat(new String(sealed.content(), StandardCharsets.ISO_8859_1)).doesNotContain("ASHA", "ABCPR");
        assertThat(sealed.keyId()).isEqualTo("old");
        assertThat(underOld.open("doc-1", sealed.content(), sealed.wrappedKey(), "old")).isEqualTo(CONTENT);
    }

    @Test
    void eachDocumentGetsItsOwnDataKey() {
        var first = underOld.seal("doc-1", CONTENT);
        var second = underOld.seal("doc-1", CONTENT);

        assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
        assertThat(first.content()).isNotEqualTo(second.content());
    }

    @Test
    void alteredBytesDoNotOpen() {
        var sealed = underOld.seal("doc-1", CONTENT);
        sealed.content()[sealed.content().length - 20] ^= 1;

        assertThatThrownBy(() -> underOld.open("doc-1", sealed.content(), sealed.wrappedKey(), "old"))
                .isInstanceOf(EnvelopeCipher.SealBroken.class).hasMessageNotContaining("ASHA");
    }

    @Test
    void sealedBytesMovedToAnotherDocumentDoNotOpen() {
        var sealed = underOld.seal("doc-1", CONTENT);

        assertThatThrownBy(() -> underOld.open("doc-2", sealed.content(), sealed.wrappedKey(), "old"))
                .isInstanceOf(EnvelopeCipher.SealBroken.class);
    }

    @Test
    void rotationRewrapsTheDataKeySoThatTheOldKeyCanGo() {
        var sealed = underOld.seal("doc-1", CONTENT);
        var duringRotation = new EnvelopeCipher(new KeyRing("new", Map.of("old", OLD_KEY, "new", NEW_KEY)));

        String rewrapped = duringRotation.rewrap("doc-1", sealed.wrappedKey(), sealed.keyId());
        var afterRotation = new EnvelopeCipher(new KeyRing("new", Map.of("new", NEW_KEY)));

        assertThat(afterRotation.open("doc-1", sealed.content(), rewrapped, "new")).isEqualTo(CONTENT);
        assertThatThrownBy(() -> afterRotation.open("doc-1", sealed.content(), sealed.wrappedKey(), "old"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'old' is no longer configured");
    }

    @Test
    void aKeyOfTheWrongLengthOrNotNamedIsRefusedWithoutShowingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new KeyRing("k", Map.of("k", shortKey)))
                .hasMessageContaining("32 bytes").hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new KeyRing("missing", Map.of("k", OLD_KEY)))
                .hasMessageContaining("'missing'").hasMessageNotContaining(OLD_KEY);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
