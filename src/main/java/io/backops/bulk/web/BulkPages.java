package io.backops.bulk.web;

import io.backops.bulk.BulkAction;
import io.backops.bulk.BulkActions;
import io.backops.bulk.BulkRequest;
import io.backops.shared.ValidationException;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applications list's bulk form: the same {@link BulkActions} as the API, answered with a summary page that
 * names every application that was not done and why. The form carries a key made when the list was drawn, so
 * sending it twice (a double click, a reload of the summary) does the work once.
 */
@Controller
@WebPage
class BulkPages {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final BulkActions bulk;

    BulkPages(BulkActions bulk) {
        this.bulk = bulk;
    }

    @PostMapping("/applications/bulk")
    String run(@RequestParam(required = false) String action, @RequestParam(required = false) List<String> ids,
               @RequestParam(required = false) String to, @RequestParam(required = false) String text,
               @RequestParam(required = false) String key, Principal principal, Model model,
               HttpServletResponse response) {
        BulkAction chosen = actionOf(action);
        List<String> chosenIds = ids == null ? List.of() : ids;
        if (chosen == null || chosenIds.isEmpty() || chosenIds.size() > BulkRequest.MAX_IDS) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", chosen == null ? "Choose an action."
                    : chosenIds.isEmpty() ? "Select at least one application."
                    : "Select at most " + BulkRequest.MAX_IDS + " applications.");
            return "bulk/result";
        }
        try {
            var result = bulk.run(new BulkRequest(chosen, chosenIds, blankToNull(to), blankToNull(text)),
                    key != null && KEY.matcher(key).matches() ? key : null, principal.getName());
            model.addAttribute("result", result);
            model.addAttribute("refused", result.items().stream()
                    .filter(item -> !"DONE".equals(item.outcome())).toList());
        } catch (ValidationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", e.fieldErrors().containsKey("to") ? "Choose whom to reassign to."
                    : "Write the note to add.");
        }
        return "bulk/result";
    }

    private static BulkAction actionOf(String action) {
        try {
            return action == null ? null : BulkAction.valueOf(action);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
