package io.backops.application;

import io.backops.shared.ValidationException;
import java.util.Map;

/** A reviewer's decision on a pending application. */
public enum Decision {
    ACCEPT(ApplicationStatus.ACCEPTED), REJECT(ApplicationStatus.REJECTED), DRAFT(ApplicationStatus.DRAFT);

    private final ApplicationStatus resultingStatus;

    Decision(ApplicationStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    public ApplicationStatus resultingStatus() {
        return resultingStatus;
    }

    /**
     * The one reading of a decision from what a person sent (the API's JSON, the portal's form, Tasklist's form or
     * engine REST's variables): one of the three words, anything else a 422 naming the field.
     */
    public static Decision parse(Object value) {
        if (value instanceof Decision decision) {
            return decision;
        }
        if (value instanceof String word) {
            for (Decision decision : values()) {
                if (decision.name().equals(word)) {
                    return decision;
                }
            }
        }
        throw new ValidationException(Map.of("decision", "must be ACCEPT, REJECT or DRAFT"));
    }

    /** Rejecting or sending back must tell the investor why. */
    public boolean requiresReason() {
        return this != ACCEPT;
    }
}
