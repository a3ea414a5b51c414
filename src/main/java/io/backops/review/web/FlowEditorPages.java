package io.backops.review.web;

import io.backops.review.internal.CamundaForms;
import io.backops.review.internal.FlowAdministration;
import io.backops.review.internal.FlowDrafts;
import io.backops.shared.MalformedInputException;
import io.backops.shared.web.Callers;
import io.backops.shared.web.WebPage;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The flow editor page (admins): a deployed version, a draft, or a new flow from the template, opened in
 * Camunda's modeler. The page only frames the modeler; all it does goes through {@code /api/flows}, under the
 * same rules as any other client.
 */
@Controller
@WebPage
class FlowEditorPages {

    private final FlowDrafts drafts;
    private final FlowAdministration flows;

    FlowEditorPages(FlowDrafts drafts, FlowAdministration flows) {
        this.drafts = drafts;
        this.flows = flows;
    }

    @GetMapping("/flows/editor")
    String editor(@RequestParam(required = false) String key, @RequestParam(required = false) Integer version,
                  @RequestParam(required = false) Long draft, Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        if (draft != null) {
            var found = drafts.find(draft);
            model.addAttribute("draftId", found.id());
            model.addAttribute("heading", "Draft " + found.id() + " of " + found.key());
        } else if (key != null && version != null) {
            model.addAttribute("key", key);
            model.addAttribute("version", version);
            model.addAttribute("heading", "Edit " + key + " version " + version);
        } else {
            model.addAttribute("heading", "New flow");
        }
        return "review/flow-editor";
    }

    /**
     * The form editor (form-js 1.10.1, whose schema version 16 Camunda 7.24's Tasklist renders) with a preview.
     * With {@code draft}: a form of that flow draft, saved into the draft and deployed with it. Without: one of the
     * shipped forms, to download.
     */
    @GetMapping("/flows/forms/editor")
    String formEditor(@RequestParam(required = false) String form, @RequestParam(required = false) Long draft,
                      Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        model.addAttribute("schemaVersion", CamundaForms.TASKLIST_SCHEMA_VERSION);
        if (draft != null) {
            List<String> forms = drafts.formsOf(draft);
            String id = form == null ? forms.stream().findFirst().orElse("") : form;
            if (!CamundaForms.isFormId(id)) {
                throw new MalformedInputException(Map.of("form", "must be a form id: letters, digits, '-' and '_'"));
            }
            model.addAttribute("draftId", draft);
            model.addAttribute("formId", id);
            model.addAttribute("formIds", forms);
            model.addAttribute("formUrl", "/api/flows/drafts/" + draft + "/forms/" + id);
            return "review/form-editor";
        }
        String id = form == null ? flows.shippedFormIds().stream().findFirst().orElse("") : form;
        flows.shippedForm(id);
        model.addAttribute("formId", id);
        model.addAttribute("formIds", flows.shippedFormIds());
        model.addAttribute("formUrl", "/flows/forms/" + id + ".form");
        return "review/form-editor";
    }

    @GetMapping("/flows/forms/{id}.form")
    ResponseEntity<byte[]> shippedForm(@PathVariable String id, Authentication caller) {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(flows.shippedForm(id));
    }

    /** Two versions of a flow side by side, what changed between them highlighted (bpmn-js-differ, in the page). */
    @GetMapping("/flows/diff")
    String diff(@RequestParam String key, @RequestParam int from, @RequestParam int to, Authentication caller,
                Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        flows.model(key, from);
        flows.model(key, to);
        model.addAttribute("key", key);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "review/flow-diff";
    }
}
