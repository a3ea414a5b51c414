package io.backops.trail.internal;

import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationTrail;
import io.backops.application.ApplicationView;
import io.backops.kra.KraIntegration;
import io.backops.kra.KraSubmissions;
import io.backops.notification.Delivery;
import io.backops.notification.Notifications;
import io.backops.shared.web.Callers;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One application's whole trail as one document: the application as the portal shows it (PAN and mobile masked,
 * only the Aadhaar's last four digits: Backops never holds more), its timeline with every chain link (decisions,
 * approvals and reversals are timeline entries), the KRA calls and the notifications sent. Read in one snapshot.
 */
@Service
class EvidenceExport {

    static final String FORMAT = "backops-evidence/1";

    private final ApplicationManagement applications;
    private final ApplicationTrail trail;
    private final KraSubmissions kra;
    private final Notifications notifications;

    EvidenceExport(ApplicationManagement applications, ApplicationTrail trail, KraSubmissions kra,
                   Notifications notifications) {
        this.applications = applications;
        this.trail = trail;
        this.kra = kra;
        this.notifications = notifications;
    }

    /** Admins, and managers for the applications in their scope; out of scope "does not exist". */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Document of(String id, Authentication caller) {
        boolean manager = caller.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
        if (!Callers.isAdmin(caller) && !manager) {
            throw new AccessDeniedException("Evidence exports are for IT admins and managers");
        }
        applications.requireInScope(id, caller.getName());
        ApplicationView application = applications.view(id, caller.getName());
        return new Document(FORMAT, OffsetDateTime.now(), caller.getName(), application, trail.of(id),
                kra.integration(id).orElse(null), notifications.deliveriesOf(id));
    }

    public record Document(String format, OffsetDateTime exportedAt, String exportedBy, ApplicationView application,
                           ApplicationTrail.Chain timeline, KraIntegration kra, List<Delivery> notifications) {
    }
}
