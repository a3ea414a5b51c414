package io.backops.portal;

import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Words and times as the portal shows them ({@code ${@labels...}} in the templates). */
@Component("labels")
class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final Map<String, String> TABS = Map.of("PENDING", "Pending", "ACCEPTED", "Accepted",
            "REJECTED", "Rejected", "DRAFT", "Redo (draft)", "ALL", "All", "ESCALATED", "Escalated",
            "AWAITING_APPROVAL", "Awaiting approval");

    private final PortalProperties properties;

    Labels(PortalProperties properties) {
        this.properties = properties;
    }

    public String tab(String status) {
        return TABS.getOrDefault(status, status);
    }

    /** A decision in words. */
    public String decision(io.backops.application.Decision decision) {
        return switch (decision) {
            case ACCEPT -> "Accept";
            case REJECT -> "Reject";
            case DRAFT -> "Send back for redo";
        };
    }

    /** A KRA status in words: {@code UNDER_PROCESS} reads "Under process". */
    public String kra(KraStatus status) {
        if (status == null) {
            return "";
        }
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return status == KraStatus.KRA_REJECTED ? "Rejected by the KRA" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A time in the portal's zone; empty for none. */
    public String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(properties.zone()).format(TIME);
    }

    public String time(java.time.Instant time) {
        return time == null ? "" : time.atZone(properties.zone()).format(TIME);
    }
}
