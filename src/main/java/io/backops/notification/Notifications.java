package io.backops.notification;

import io.backops.application.ApplicationManagement;
import io.backops.identity.UserManagement;
import io.backops.notification.internal.DeliveryLog;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's entry point: what was sent about an application, for the back office in scope. */
@Service
public class Notifications {

    private final DeliveryLog log;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final Settings settings;

    Notifications(DeliveryLog log, ApplicationManagement applications, UserManagement users, Settings settings) {
        this.settings = settings;
        this.log = log;
        this.applications = applications;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<Delivery> of(String applicationId, String viewer) {
        settings.require(Grant.NOTIFICATIONS);
        if (!users.isBackOffice(viewer)) {
            throw new AccessDeniedException("The delivery log is for the back office");
        }
        applications.requireInScope(applicationId, viewer);
        return log.of(applicationId);
    }

    /** The delivery log without the checks above: for the evidence export, which checks its caller's scope itself. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveriesOf(String applicationId) {
        return log.of(applicationId);
    }
}
