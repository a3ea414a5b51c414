package io.backops.trail.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Signs an evidence document as the exact bytes it is written as (UTF-8 JSON), and hands both back base64 in one
 * envelope: an auditor verifies the bytes with the public key alone, and never has to re-serialize JSON the way
 * this server did (docs/evidence-verification.md).
 */
@Service
public class EvidenceSigning {

    private final EvidenceExport export;
    private final EvidenceKeys keys;
    private final ObjectMapper json;

    EvidenceSigning(EvidenceExport export, EvidenceKeys keys, ObjectMapper json) {
        this.export = export;
        this.keys = keys;
        this.json = json;
    }

    /** Outside any transaction: the first export may have to store a generated key. */
    public SignedEvidence export(String applicationId, Authentication caller) {
        byte[] document;
        try {
            document = json.writeValueAsBytes(export.of(applicationId, caller));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the evidence document", e);
        }
        var base64 = Base64.getEncoder();
        return new SignedEvidence(EvidenceExport.FORMAT, EvidenceKeys.ALGORITHM, keys.keyId(),
                base64.encodeToString(document), base64.encodeToString(keys.sign(document)));
    }

    public PublicKey publicKey() {
        return new PublicKey(EvidenceKeys.ALGORITHM, keys.keyId(), keys.publicKeyPem());
    }

    /** {@code document}: the base64 of the JSON bytes signed; {@code signature}: base64 of the Ed25519 signature. */
    public record SignedEvidence(String format, String algorithm, String keyId, String document, String signature) {
    }

    public record PublicKey(String algorithm, String keyId, String publicKey) {
    }
}
