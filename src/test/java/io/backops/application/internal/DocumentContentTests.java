package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentContentTests {

    @Test
    void typeComesFromTheBytes() {
        assertThat(DocumentContent.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10})).contains("image/jpeg");
        assertThat(DocumentContent.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains("image/png");
        assertThat(DocumentContent.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
    }

    @Test
    void anythingElseIsNoAcceptedType() {
        assertThat(DocumentContent.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(DocumentContent.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentContent.sniff(new byte[0])).isEmpty();
    }

    @Test
    void contentThatIsNotBase64IsRecognised() {
        assertThat(DocumentContent.decode("not base64 ***")).isEmpty();
        assertThat(DocumentContent.decode("JVBERi0=")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(5));
    }
}
