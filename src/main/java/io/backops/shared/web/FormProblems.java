package io.backops.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * How every page answers a form it refused: the same page again with the posted input, each problem next to its
 * field ({@code errors}, field → message), one message at the top, and the status the API would give.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static void show(Map<String, String> errors, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", "Nothing was saved: correct the marked fields and send again.");
    }
}
