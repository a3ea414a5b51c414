package io.backops.distribution.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

}
