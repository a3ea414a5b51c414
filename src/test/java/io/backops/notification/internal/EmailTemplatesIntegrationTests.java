package io.backops.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.IntegrationTestSupport;
import io.backops.notification.NotificationEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every template shipped in application.yml renders with its fields: nothing left unfilled, every part present. */
class EmailTemplatesIntegrationTests extends IntegrationTestSupport {

    private static final Map<String, String> FIELDS = Map.of("applicationId", "APP-2026-000042", "name", "ASHA RAO",
            "status", "REJECTED", "reason", "Signature is missing", "time", "2026-11-27T10:00Z",
            "manager", "Meera Shah", "reviewer", "ravi");

    @Autowired
    private EmailTemplates templates;

    @Test
    void everyEventsTemplateRendersWithItsFields() {
        for (NotificationEvent event : NotificationEvent.values()) {
            if (event == NotificationEvent.PENDING || event == NotificationEvent.DROPOFF) {
                continue; // announced to the distributor only, by callback
            }
            if (event == NotificationEvent.ACCOUNT_LOCKED || event == NotificationEvent.DEADLINE_BREACHED) {
                continue; // emails to staff that Backops words itself, not from the product settings' templates
            }
            var email = templates.render(event, FIELDS).orElseThrow(() -> new AssertionError("No template for " + event));
            assertThat(email.subject()).as(event + " subject").contains("APP-2026-000042").doesNotContain("{{");
            assertThat(email.text()).as(event + " text").contains("APP-2026-000042").doesNotContain("{{");
        }
        assertThat(templates.render(NotificationEvent.REJECTED, FIELDS).orElseThrow().text())
                .startsWith("Dear ASHA RAO,").contains("Reason: Signature is missing").endsWith("The KYC team");
        assertThat(templates.render(NotificationEvent.ESCALATED, FIELDS).orElseThrow().text())
                .startsWith("Dear Meera Shah,").contains("by ravi");
    }

    @Test
    void anUnknownPlaceholderStaysVisibleAndValuesAreTakenLiterally() {
        assertThat(EmailTemplates.fill("Hi {{name}}, {{typo}} $1 \\\\", Map.of("name", "A$1\\\\B")))
                .isEqualTo("Hi A$1\\\\B, {{typo}} $1 \\\\");
    }
}
