package io.backops.kra;

import io.backops.application.KycData;
import io.backops.shared.KraStatus;
import java.util.List;
import java.util.Optional;

/** The KRA module's entry point: push an accepted application, follow its status. */
public interface KraSubmissions {

    /**
     * Pushes an application, safely more than once: it first asks the KRA whether the PAN is already there under our
     * application number, and uploads only when it is not.
     *
     * @throws KraUnavailableException when the KRA cannot be reached; the caller's retry cycle tries again
     */
    KraOutcome push(KycData application, String triggeredBy);

    /** Asks the KRA how an earlier upload stands. */
    KraOutcome poll(String applicationId, String triggeredBy);

    /**
     * The application's KRA record and every call made for it; with attempts but no record yet ({@code NOT_PUSHED})
     * while no KRA has answered; empty before the first call.
     */
    Optional<KraIntegration> integration(String applicationId);

    /** The latest KRA records, newest first, optionally of one KRA and one status. */
    List<KraIntegration> integrations(String kra, KraStatus status, int limit);
}
