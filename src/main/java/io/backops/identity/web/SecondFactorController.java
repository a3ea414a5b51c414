package io.backops.identity.web;

import io.backops.identity.UserManagement;
import io.backops.identity.internal.SecondFactors;
import io.backops.identity.internal.TwoFactorRule;
import io.backops.identity.internal.TwoFactorRules;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two-factor sign-in in the API: one's own state, the rule of who must use it (IT admins), and an admin's reset of a
 * person's authenticator (audited). Setting one up happens in the browser, where the QR code can be scanned.
 */
@Tag(name = "Me")
@RestController
class SecondFactorController {

    private final SecondFactors secondFactors;
    private final TwoFactorRules rules;
    private final UserManagement users;

    SecondFactorController(SecondFactors secondFactors, TwoFactorRules rules, UserManagement users) {
        this.secondFactors = secondFactors;
        this.rules = rules;
        this.users = users;
    }

    @Operation(description = "Whether the caller has a second factor and whether the rule requires one.")
    @GetMapping("/api/me/two-factor")
    MyTwoFactor mine(Authentication caller) {
        var status = secondFactors.status(caller.getName());
        return new MyTwoFactor(status.enrolled(), status.since(), status.recoveryCodesLeft(), rules.current());
    }

    @Operation(description = "Which roles must sign in with a second factor.")
    @GetMapping("/api/settings/two-factor")
    Rule rule(Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins see the two-factor rule");
        return new Rule(rules.current());
    }

    @Operation(description = "Changes which roles must sign in with a second factor (audited).")
    @PutMapping("/api/settings/two-factor")
    Rule changeRule(@RequestBody Rule rule, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins set who must use two-factor sign-in");
        if (rule.requiredFor() == null) {
            throw new ValidationException(Map.of("requiredFor", "must be NOBODY, ADMINS_AND_MANAGERS or EVERYONE"));
        }
        rules.change(caller.getName(), rule.requiredFor());
        return new Rule(rules.current());
    }

    @Operation(description = "Removes a user's second factor so that he enrols again (audited).")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/users/{username}/two-factor")
    ResponseEntity<Void> reset(@PathVariable String username, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins reset a person's two-factor sign-in");
        if (!users.exists(username)) {
            throw new NotFoundException("No user " + username);
        }
        secondFactors.reset(caller.getName(), username);
        return ResponseEntity.noContent().build();
    }

    record MyTwoFactor(boolean enrolled, OffsetDateTime since, int recoveryCodesLeft, TwoFactorRule requiredFor) {
    }

    record Rule(TwoFactorRule requiredFor) {
    }
}
