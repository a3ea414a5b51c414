package io.backops.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The list's tabs: one per status, "awaiting approval" (pending applications whose decision waits for a checker),
 * and all. The API's {@code status} parameter and the portal's tabs read the same words.
 */
public enum ListTab {
    PENDING(ApplicationStatus.PENDING), AWAITING_APPROVAL(ApplicationStatus.PENDING),
    ACCEPTED(ApplicationStatus.ACCEPTED), REJECTED(ApplicationStatus.REJECTED), DRAFT(ApplicationStatus.DRAFT),
    ALL(null);

    private final ApplicationStatus status;

    ListTab(ApplicationStatus status) {
        this.status = status;
    }

    public static Optional<ListTab> of(String word) {
        return Arrays.stream(values()).filter(tab -> tab.name().equals(word)).findFirst();
    }

    /** The words, for a message naming what is allowed. */
    public static String words() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    /** The status the tab shows, {@code null} for all. */
    public ApplicationStatus status() {
        return status;
    }

    public boolean awaitingApproval() {
        return this == AWAITING_APPROVAL;
    }
}
