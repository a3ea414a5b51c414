package io.backops.review;

import io.backops.kra.KraIntegration;
import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An application's integration as a person needs to see it: the KRA's side (record and every call made) and the
 * engine's side (a push waiting or failing, when it is tried next, the incident when its retries ran out).
 *
 * @param retry    the KRA call that failed and will be tried again by itself; null when none is failing
 * @param incident the KRA call whose retries ran out and that waits for a re-push; null when none
 */
public record IntegrationStatus(String applicationId, String kra, KraStatus status, String ackNumber, String reason,
                                OffsetDateTime updatedAt, Retry retry, Incident incident,
                                List<KraIntegration.Attempt> attempts) {

    /** A failed call the retry cycle tries again at {@code nextAttemptAt}, {@code retriesLeft} more times at most. */
    public record Retry(KraCall call, int retriesLeft, OffsetDateTime nextAttemptAt, String lastError) {
    }

    /** A call whose retries ran out (a Cockpit incident): nothing happens until someone re-pushes. */
    public record Incident(KraCall call, String message, OffsetDateTime since) {
    }

    /** Which of the flow's calls to the KRA: the push (inquire and upload) or the status poll. */
    public enum KraCall { PUSH, STATUS }

    /** What a distributor may see: the status, nothing of the calls behind it. */
    public IntegrationStatus statusOnly() {
        return new IntegrationStatus(applicationId, kra, status, ackNumber, null, updatedAt, null, null, List.of());
    }
}
