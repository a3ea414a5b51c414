package io.backops.distribution.web;

import io.backops.distribution.DistributorSettings;
import io.backops.distribution.internal.DistributorAdministration;
import io.backops.distribution.internal.DistributorRequests;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Distributor settings (docs/api.md), for IT admins only. */
@Tag(name = "Distributors", description = "The distributors (ARNs) applications come through, and their callbacks")
@RestController
@RequestMapping("/api/distributors")
class DistributorController {

    private final DistributorAdministration administration;

    DistributorController(DistributorAdministration administration) {
        this.administration = administration;
    }

    /** {@code ?page=&size=}: distributors by name, then ARN. */
    @Operation(description = "The distributors by name, paged.")
    @GetMapping
    ListPage<DistributorSettings> list(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
                                       Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return administration.list(Paging.of(page, size));
    }

    @Operation(description = "One distributor with its settings.")
    @GetMapping("/{arn}")
    DistributorSettings get(@PathVariable String arn, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return administration.get(arn);
    }

    @Operation(description = "Registers a distributor; when it has callbacks, the answer holds the secret that signs "
            + "them, shown this once.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<DistributorAdministration.Created> create(@Valid @RequestBody DistributorRequests.Create request,
                                                             Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        var created = administration.create(caller.getName(), request);
        return ResponseEntity.created(URI.create("/api/distributors/" + request.arn())).body(created);
    }

    @Operation(description = "Changes a distributor: name, enabled, flow, callbacks; only the fields sent change.")
    @PatchMapping("/{arn}")
    DistributorSettings update(@PathVariable String arn, @Valid @RequestBody DistributorRequests.Patch patch,
                               Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return administration.update(caller.getName(), arn, patch);
    }

    /** A new callback secret, shown in this answer only. */
    @Operation(description = "Replaces a distributor's callback signing secret; the new one is shown this once.")
    @PostMapping("/{arn}/callback-secret")
    Map<String, String> rotateSecret(@PathVariable String arn, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return Map.of("arn", arn, "callbackSecret", administration.rotateSecret(caller.getName(), arn));
    }

}
