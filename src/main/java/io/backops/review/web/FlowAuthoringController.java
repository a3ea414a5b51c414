package io.backops.review.web;

import io.backops.review.internal.FlowAdministration;
import io.backops.review.internal.FlowDrafts;
import io.backops.review.internal.FlowProblem;
import io.backops.shared.MalformedInputException;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Authoring flows, for IT admins: every problem of a model before it is deployed, drafts kept in Backops while a
 * flow is edited in the portal's modeler, and the template a new flow starts from.
 */
@Tag(name = "Flows")
@RestController
class FlowAuthoringController {

    private static final String ONLY_ADMINS = "Only IT admins manage flows";
    private static final String TEMPLATE = "flow-templates/review-and-push.bpmn";

    private final FlowAdministration flows;
    private final FlowDrafts drafts;

    FlowAuthoringController(FlowAdministration flows, FlowDrafts drafts) {
        this.flows = flows;
        this.drafts = drafts;
    }

    record Validation(boolean deployable, List<FlowProblem> problems) {
    }

    /**
     * Multipart like {@code POST /api/flows}: {@code file} and any {@code forms}. Answers 200 with every problem on
     * its element (none: deployable); only a request without a file is refused.
     */
    @Operation(description = "Checks a BPMN model against Backops' rules without deploying it; answers every problem "
            + "found.")
    @PostMapping("/api/flows/validate")
    Validation validate(@RequestParam(value = "file", required = false) MultipartFile file,
                        @RequestParam(value = "forms", required = false) List<MultipartFile> forms,
                        Authentication caller) throws IOException {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        if (file == null) {
            throw new MalformedInputException(Map.of("file", "is required: the .bpmn model to check"));
        }
        List<FlowProblem> problems = flows.validate(FlowUploads.of(file), FlowUploads.forms(forms));
        return new Validation(problems.isEmpty(), problems);
    }

    /** A new flow's starting point: the steps every flow needs (review with its decision listener, KRA push). */
    @Operation(description = "A BPMN model to start a new flow from.")
    @GetMapping(value = "/api/flows/template", produces = MediaType.APPLICATION_XML_VALUE)
    String template(Authentication caller) throws IOException {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return new ClassPathResource(TEMPLATE).getContentAsString(StandardCharsets.UTF_8);
    }

    record DraftRequest(String bpmn, Integer basedOnVersion) {
    }

    @Operation(description = "The flow drafts being edited.")
    @GetMapping("/api/flows/drafts")
    Map<String, List<FlowDrafts.Summary>> drafts(Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return Map.of("items", drafts.list());
    }

    @Operation(description = "Starts a flow draft from a model.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/flows/drafts")
    ResponseEntity<FlowDrafts.Draft> create(@RequestBody DraftRequest request, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        var draft = drafts.create(caller.getName(), request.bpmn(), request.basedOnVersion());
        return ResponseEntity.created(URI.create("/api/flows/drafts/" + draft.id())).body(draft);
    }

    @Operation(description = "One flow draft with its model.")
    @GetMapping("/api/flows/drafts/{id}")
    FlowDrafts.Draft draft(@PathVariable long id, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return drafts.find(id);
    }

    @Operation(description = "Saves a new model into a flow draft.")
    @PutMapping("/api/flows/drafts/{id}")
    FlowDrafts.Draft update(@PathVariable long id, @RequestBody DraftRequest request, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return drafts.update(caller.getName(), id, request.bpmn());
    }

    @Operation(description = "Deletes a flow draft.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/flows/drafts/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        drafts.delete(caller.getName(), id);
        return ResponseEntity.noContent().build();
    }

    /** Deploys the draft as its flow's next version, refused like any deployment while a problem remains. */
    @Operation(description = "Deploys a flow draft as a new version of its flow.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/flows/drafts/{id}/deploy")
    ResponseEntity<FlowAdministration.Deployed> deploy(@PathVariable long id, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        var deployed = drafts.deploy(caller.getName(), id);
        return ResponseEntity.created(URI.create("/api/flows/" + deployed.key() + "/versions/" + deployed.version()
                + "/bpmn")).body(deployed);
    }
}
