package io.backops.bulk.web;

import io.backops.bulk.BulkActions;
import io.backops.bulk.BulkRequest;
import io.backops.bulk.BulkResult;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/applications/bulk}: 200 with one outcome per id, whatever the items' outcomes; the request as a
 * whole is refused only when it is malformed or the caller may never run bulk actions. Send an
 * {@code Idempotency-Key} to make a repeat harmless: it answers the first answer and does nothing again.
 */
@Tag(name = "Bulk actions",
        description = "One action (reassign, re-push, note) over many applications, one outcome per application")
@RestController
class BulkController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final BulkActions bulk;

    BulkController(BulkActions bulk) {
        this.bulk = bulk;
    }

    @Operation(description = "Runs one action over many applications; one outcome per application. Idempotency-Key "
            + "replays the stored answer.")
    @PostMapping("/api/applications/bulk")
    BulkResult run(@Valid @RequestBody BulkRequest request,
                   @RequestHeader(name = "Idempotency-Key", required = false) String key, Principal principal) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new ValidationException(Map.of("Idempotency-Key", "must be 1 to 64 letters, digits or ._:-"));
        }
        return bulk.run(request, key, principal.getName());
    }

    @Operation(description = "The stored answer of a bulk action.")
    @GetMapping("/api/applications/bulk/{bulkId}")
    BulkResult find(@PathVariable String bulkId, Principal principal) {
        return bulk.find(bulkId, principal.getName())
                .orElseThrow(() -> new NotFoundException("No bulk action " + bulkId));
    }
}
