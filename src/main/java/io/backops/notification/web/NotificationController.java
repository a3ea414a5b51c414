package io.backops.notification.web;

import io.backops.notification.Delivery;
import io.backops.notification.Notifications;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Applications")
@RestController
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** {@code ?page=&size=}: every email and callback about the application, oldest first, each with its attempts. */
    @Operation(description = "Every email and callback about the application with each delivery attempt, oldest "
            + "first, paged.")
    @GetMapping("/api/applications/{id}/notifications")
    ListPage<Delivery> notifications(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Principal principal) {
        Paging paging = Paging.of(page, size);
        return paging.of(notifications.of(id, principal.getName()));
    }
}
