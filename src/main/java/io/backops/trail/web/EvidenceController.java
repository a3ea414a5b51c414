package io.backops.trail.web;

import io.backops.shared.web.Callers;
import io.backops.trail.internal.EvidenceSigning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Evidence", description = "Signed evidence of an application and the key to verify it")
@RestController
class EvidenceController {

    private final EvidenceSigning evidence;

    EvidenceController(EvidenceSigning evidence) {
        this.evidence = evidence;
    }

    /** The application's whole trail, signed (Ed25519); saved as a file an auditor checks offline. */
    @Operation(description = "A signed evidence export of the application: data, decisions, timeline and document "
            + "digests.")
    @GetMapping("/api/applications/{id}/evidence")
    ResponseEntity<EvidenceSigning.SignedEvidence> evidence(@PathVariable String id, Authentication caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evidence-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".json\"")
                .body(evidence.export(id, caller));
    }

    /** The public key evidence is verified with (PEM), for those who export it. */
    @Operation(description = "The public key that verifies evidence exports.")
    @GetMapping("/api/evidence/public-key")
    EvidenceSigning.PublicKey publicKey(Authentication caller) {
        boolean manager = caller.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
        if (!Callers.isAdmin(caller) && !manager) {
            throw new AccessDeniedException("The evidence key is for IT admins and managers");
        }
        return evidence.publicKey();
    }
}
