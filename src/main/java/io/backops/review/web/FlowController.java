package io.backops.review.web;

import io.backops.review.internal.FlowAdministration;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Flows (docs/api.md), for IT admins: list the deployed versions, deploy a new one, download a model. */
@Tag(name = "Flows", description = "The review flows (BPMN): versions, deployment, drafts, validation")
@RestController
class FlowController {

    private static final String ONLY_ADMINS = "Only IT admins manage flows";

    private final FlowAdministration flows;

    FlowController(FlowAdministration flows) {
        this.flows = flows;
    }

    /** {@code ?page=&size=}: flows by key, each with its versions newest first. */
    @Operation(description = "The deployed flows by key, each with its versions newest first and their running and "
            + "finished counts, paged.")
    @GetMapping("/api/flows")
    ListPage<FlowAdministration.Flow> list(@RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
                                          Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return flows.list(Paging.of(page, size));
    }

    /** Multipart: {@code file} (the .bpmn) and any number of {@code forms} (.form files). */
    @Operation(description = "Deploys a new version of a flow from an uploaded BPMN model and its forms; a model "
            + "Backops cannot run is refused naming each problem.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/flows")
    ResponseEntity<FlowAdministration.Deployed> deploy(@RequestParam(value = "file", required = false) MultipartFile file,
                                                       @RequestParam(value = "forms", required = false) List<MultipartFile> forms,
                                                       Authentication caller) throws IOException {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        List<FlowAdministration.Upload> formUploads = new ArrayList<>();
        for (MultipartFile form : forms == null ? List.<MultipartFile>of() : forms) {
            formUploads.add(FlowUploads.of(form));
        }
        var deployed = flows.deploy(caller.getName(), file == null ? null : FlowUploads.of(file), formUploads);
        return ResponseEntity.created(URI.create("/api/flows/" + deployed.key() + "/versions/" + deployed.version()
                + "/bpmn")).body(deployed);
    }

    @Operation(description = "The BPMN model of one flow version, as deployed.")
    @GetMapping("/api/flows/{key}/versions/{version}/bpmn")
    ResponseEntity<byte[]> model(@PathVariable String key, @PathVariable int version, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(key + "-v" + version + ".bpmn").build().toString())
                .body(flows.model(key, version));
    }

}
