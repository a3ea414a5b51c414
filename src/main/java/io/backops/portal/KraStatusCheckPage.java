package io.backops.portal;

import io.backops.review.KraStatusCheck;
import io.backops.shared.ConflictException;
import io.backops.shared.web.WebPage;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The application page's "Check KRA status now" button: the same check as {@code POST /api/applications/{id}/kra/poll}. */
@Controller
@WebPage
class KraStatusCheckPage {

    private final KraStatusCheck check;
    private final Labels labels;

    KraStatusCheckPage(KraStatusCheck check, Labels labels) {
        this.check = check;
        this.labels = labels;
    }

    @PostMapping("/applications/{id}/kra-check")
    String checkNow(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        try {
            var checked = check.checkNow(id, principal.getName());
            if (checked.answered()) {
                redirect.addFlashAttribute("notice", "Asked the KRA: " + id + " is "
                        + labels.kra(checked.status().status()) + ".");
            } else {
                redirect.addFlashAttribute("problem", "The KRA did not answer; the flow keeps asking by itself. "
                        + "The attempts below show the error.");
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/applications/" + id + "#integration";
    }
}
