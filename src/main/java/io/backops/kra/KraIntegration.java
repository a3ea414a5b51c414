package io.backops.kra;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.util.List;

/** An application's life at the KRA: which KRA, where it stands, the acknowledgement, and every call made. */
public record KraIntegration(String applicationId, String kra, KraStatus status, String ackNumber, String reason,
                             OffsetDateTime updatedAt, List<Attempt> attempts) {

    /** {@code requestId}: the request whose decision or re-push led to this call, as in the log lines. */
    public record Attempt(OffsetDateTime at, String kra, String triggeredBy, KraOperation operation,
                          KraCallOutcome outcome, String kraCode,
                          String message, String requestId) {
    }

    /** What a distributor may see: the status, nothing of the calls behind it. */
    public KraIntegration statusOnly() {
        return new KraIntegration(applicationId, kra, status, ackNumber, null, updatedAt, List.of());
    }
}
