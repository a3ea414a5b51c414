package io.backops.identity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/** How the user pages read a posted form and show its problems next to the fields, the way the API names them. */
final class FormErrors {

    private FormErrors() {
    }

    /** An empty form field means "not given", as an absent JSON property does in the API. */
    static void blanksAreAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Field → message for what binding and Bean Validation found; empty when the form is fine. */
    static Map<String, String> of(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.merge(error.getField(),
                // A binding failure's own message quotes the input and Java types: say only what is wrong.
                error.isBindingFailure() ? "has a value outside the allowed values" : error.getDefaultMessage(),
                (first, second) -> first + "; " + second));
        return errors;
    }

}
