package io.backops.settings.web;

import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The product settings (DESIGN.md §5), for IT admins: read them all, replace them all. */
@RestController
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/settings")
    ProductSettings get(Authentication caller) {
        admin(caller);
        return settings.current();
    }

    @PutMapping("/api/settings")
    ProductSettings put(@RequestBody ProductSettings next, Authentication caller) {
        admin(caller);
        return settings.update(caller.getName(), next);
    }

    private static void admin(Authentication caller) {
        if (caller.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only IT admins change the product settings");
        }
    }
}
