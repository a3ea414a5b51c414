package io.backops.settings.web;

import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.web.Callers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The product settings (docs/api.md), for IT admins: read them all, replace them all. */
@RestController
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/settings")
    ProductSettings get(Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        return settings.current();
    }

    @PutMapping("/api/settings")
    ProductSettings put(@RequestBody ProductSettings next, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        return settings.update(caller.getName(), next);
    }

}
