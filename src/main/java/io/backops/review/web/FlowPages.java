package io.backops.review.web;

import io.backops.review.internal.FlowAdministration;
import io.backops.review.internal.FlowDrafts;
import io.backops.shared.ValidationException;
import io.backops.shared.web.Callers;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Flows page for IT admins: every deployed flow with its versions, and the upload of a new
 * version. The rules are {@link FlowAdministration}'s, exactly as behind {@code /api/flows}.
 */
@Controller
@WebPage
class FlowPages {

    private final FlowAdministration flows;
    private final FlowDrafts drafts;

    FlowPages(FlowAdministration flows, FlowDrafts drafts) {
        this.flows = flows;
        this.drafts = drafts;
    }

    @GetMapping("/flows")
    String list(Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        return page(model);
    }

    /** Multipart: {@code file} (the .bpmn) and any number of {@code forms} (.form files). */
    @PostMapping("/flows")
    String deploy(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(value = "forms", required = false) List<MultipartFile> forms,
                  Authentication caller, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) throws IOException {
        Callers.requireAdmin(caller, "Only IT admins manage flows");
        try {
            var deployed = flows.deploy(caller.getName(), file == null ? null : FlowUploads.of(file), FlowUploads.forms(forms));
            redirect.addFlashAttribute("notice", "Deployed " + deployed.key() + " version " + deployed.version());
            return "redirect:/flows";
        } catch (ValidationException e) {
            // A bad upload is the request's fault, not a rule on a stored thing: 400, with every problem named.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploadErrors", e.fieldErrors());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("flows", flows.list());
        model.addAttribute("drafts", drafts.list());
        return "review/flows";
    }

}
