package io.backops.review.web;

import io.backops.review.internal.FlowAdministration;
import io.backops.review.internal.FlowDrafts;
import io.backops.review.internal.FlowProblem;
import io.backops.shared.MalformedInputException;
import io.backops.shared.NotFoundException;
import io.backops.shared.web.Callers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
                        @RequestParam(value = "draft", required = false) Long draft,
                        Authentication caller) throws IOException {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        if (file == null) {
            throw new MalformedInputException(Map.of("file", "is required: the .bpmn model to check"));
        }
        // A draft's model is checked with the forms edited for it, as its deployment would take them.
        List<FlowAdministration.Upload> withForms = new ArrayList<>(draft == null ? List.of() : drafts.formUploads(draft));
        withForms.addAll(FlowUploads.forms(forms));
        List<FlowProblem> problems = flows.validate(FlowUploads.of(file), withForms);
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

    /** A form of the draft, as the form editor opens it (the draft's own, the flow's, or the shipped one). */
    @Operation(description = "One Camunda Form of a flow draft: the draft's own edit, else the form deployed with the "
            + "version the draft was opened from, else the form Backops ships.")
    @GetMapping(value = "/api/flows/drafts/{id}/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] draftForm(@PathVariable long id, @PathVariable String formId, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return drafts.form(id, formId)
                .orElseThrow(() -> new NotFoundException("Flow draft " + id + " has no form " + formId + " yet"));
    }

    /** Keeps the form, edited for the draft, to be deployed with it; refused unless Tasklist 7.24 renders it. */
    @Operation(description = "Saves a Camunda Form into a flow draft, to be deployed with it; refused (422, by field) "
            + "unless Camunda 7.24's Tasklist renders it (schemaVersion up to 16) and its id is formId.")
    @PutMapping(value = "/api/flows/drafts/{id}/forms/{formId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] saveDraftForm(@PathVariable long id, @PathVariable String formId, @RequestBody byte[] form,
                         Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        drafts.saveForm(caller.getName(), id, formId, form);
        return form;
    }

    @Operation(description = "Drops a flow draft's own edit of a form: the draft deploys the form it had before.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/flows/drafts/{id}/forms/{formId}")
    ResponseEntity<Void> deleteDraftForm(@PathVariable long id, @PathVariable String formId, Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        drafts.deleteForm(caller.getName(), id, formId);
        return ResponseEntity.noContent().build();
    }

    /** A form as deployed with one version of a flow. */
    @Operation(description = "One Camunda Form as deployed with a version of a flow (its user tasks read it from there).")
    @GetMapping(value = "/api/flows/{key}/versions/{version}/forms/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] deployedForm(@PathVariable String key, @PathVariable int version, @PathVariable String formId,
                        Authentication caller) {
        Callers.requireAdmin(caller, ONLY_ADMINS);
        return flows.deployedForm(key, version, formId)
                .orElseThrow(() -> new NotFoundException(key + " version " + version + " has no form " + formId));
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
