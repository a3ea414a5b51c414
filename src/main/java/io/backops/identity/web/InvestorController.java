package io.backops.identity.web;

import io.backops.identity.internal.InvestorCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Investor logins (docs/api.md), for admins and managers; the password and links are in this answer only. */
@Tag(name = "Users")
@RestController
class InvestorController {

    private final InvestorCredentials investors;
    private final PublicAddress address;

    InvestorController(InvestorCredentials investors, PublicAddress address) {
        this.investors = investors;
        this.address = address;
    }

    @Operation(description = "Creates an investor login: a one-time password and four login links, in this answer "
            + "only.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/investors")
    ResponseEntity<Map<String, Object>> create(@RequestBody InvestorCredentials.Request request, Principal principal) {
        var issued = investors.create(principal.getName(), request);
        return ResponseEntity.created(URI.create("/api/users/" + issued.username()))
                .cacheControl(CacheControl.noStore())
                .body(answer(issued, address));
    }

    /** The answer an investor's credentials make: also what the investors page shows once. */
    static Map<String, Object> answer(InvestorCredentials.Issued issued, PublicAddress address) {
        String base = address.base();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("web", base + "/login");
        urls.put("webAuto", base + "/login/token?t=" + issued.webToken());
        urls.put("mobile", "backops://login?username=" + issued.username());
        urls.put("mobileAuto", "backops://login?token=" + issued.mobileToken());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", issued.username());
        body.put("password", issued.password());
        body.put("applicationType", issued.applicationType());
        body.put("loginUrls", urls);
        return body;
    }
}
