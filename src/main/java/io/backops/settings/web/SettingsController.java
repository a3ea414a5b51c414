package io.backops.settings.web;

import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The product settings (docs/api.md), for IT admins: read them all, replace them all. */
@Tag(name = "Settings", description = "Product settings and the two-factor rule")
@RestController
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @Operation(description = "The product settings as one document: grants, classification, reasons, email templates, "
            + "SLA, holidays, KRA priority and retry cycle.")
    @GetMapping("/api/settings")
    ProductSettings get(Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        return settings.current();
    }

    @Operation(description = "Replaces the product settings; each module checks its part, every failing field is "
            + "named, each changed section is audited.")
    @PutMapping("/api/settings")
    ProductSettings put(@RequestBody ProductSettings next, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins change the product settings");
        return settings.update(caller.getName(), next);
    }

}
