package io.backops.distribution.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** Problems of a posted distributor form, by the name of the field they belong next to. */
final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Field → message for Bean Validation's findings. A bad list item is reported at its list's field, quoting the
     * item, and a bad callback URL at that event's field ({@code callbacks.ACCEPTED}), as the service names it.
     */
    static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : violations) {
            String field = null;
            Object key = null;
            boolean item = false;
            for (Path.Node node : violation.getPropertyPath()) {
                field = field == null ? node.getName() : field;
                key = node.getKey() != null ? node.getKey() : key;
                item = item || node.getIndex() != null;
            }
            if (key != null) {
                field = field + "." + key;
            }
            String message = item ? "“" + violation.getInvalidValue() + "” " + violation.getMessage()
                    : violation.getMessage();
            errors.merge(field, message, (first, second) -> first + "; " + second);
        }
        return errors;
    }

    /** Puts the problems on the page rendered again with the posted input, answering {@code status}. */
    static void show(Map<String, String> errors, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", "Nothing was saved: correct the marked fields and send again.");
    }
}
