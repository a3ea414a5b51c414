package io.backops.notification.web;

import io.backops.notification.Delivery;
import io.backops.notification.Notifications;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Every email and callback about the application, with each delivery attempt. */
    @GetMapping("/api/applications/{id}/notifications")
    Map<String, List<Delivery>> notifications(@PathVariable String id, Principal principal) {
        return Map.of("items", notifications.of(id, principal.getName()));
    }
}
