package io.backops.distribution.web;

import io.backops.distribution.internal.DistributorAdministration;
import io.backops.distribution.internal.DistributorRequests;
import io.backops.shared.ConflictException;
import io.backops.shared.ValidationException;
import io.backops.shared.web.Callers;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Distributors pages for IT admins: list and register, then one distributor to change, enable or
 * disable, and to give a new callback secret. The rules are {@link DistributorAdministration}'s and the request
 * records' annotations, exactly as behind {@code /api/distributors}.
 * <p>
 * A callback secret is shown on the answer to the POST that made it, never after a redirect: a flash attribute
 * would keep it in the session. The answer is {@code no-store}, and the secret is never logged.
 */
@Controller
@WebPage
class DistributorPages {

    private final DistributorAdministration distributors;
    private final Validator validator;

    DistributorPages(DistributorAdministration distributors, Validator validator) {
        this.distributors = distributors;
        this.validator = validator;
    }

    @GetMapping("/distributors")
    String list(Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return listPage(DistributorForm.blank(), model);
    }

    @PostMapping("/distributors")
    String create(@RequestParam Map<String, String> params, Authentication caller, Model model,
                  HttpServletResponse response) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        DistributorForm form = DistributorForm.of(params);
        Map<String, String> errors = new LinkedHashMap<>();
        var request = form.toCreate(errors);
        errors.putAll(FieldErrors.of(validator.validate(request)));
        try {
            if (errors.isEmpty()) {
                var created = distributors.create(caller.getName(), request);
                return secretPage("Registered " + created.distributor().name() + " (" + created.distributor().arn()
                        + ").", created.distributor().arn(), created.callbackSecret(), model, response);
            }
        } catch (ValidationException e) {
            errors = e.fieldErrors();
        } catch (ConflictException e) {
            // The only conflict in registering is an ARN taken: say so next to it and keep the rest of the form.
            FormProblems.show(Map.of("arn", "is registered already"), HttpStatus.CONFLICT, model, response);
            return listPage(form, model);
        }
        FormProblems.show(errors, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        return listPage(form, model);
    }

    @GetMapping("/distributors/{arn}")
    String show(@PathVariable String arn, Authentication caller, Model model) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        return detailsPage(arn, DistributorForm.of(distributors.get(arn)), model);
    }

    /** The edit form posts here; only the fields sent change. */
    @PostMapping("/distributors/{arn}")
    String update(@PathVariable String arn, @RequestParam Map<String, String> params, Authentication caller,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        DistributorForm form = DistributorForm.of(params);
        Map<String, String> errors = new LinkedHashMap<>();
        var patch = form.toPatch(errors);
        errors.putAll(FieldErrors.of(validator.validate(patch)));
        try {
            if (errors.isEmpty()) {
                var after = distributors.update(caller.getName(), arn, patch);
                redirect.addFlashAttribute("notice", "Saved the settings of " + after.name() + ".");
                return "redirect:/distributors/{arn}";
            }
        } catch (ValidationException e) {
            errors = e.fieldErrors();
        }
        FormProblems.show(errors, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        return detailsPage(arn, form, model);
    }

    /** The Enable/Disable button: a change of that one setting. */
    @PostMapping("/distributors/{arn}/enabled")
    String enable(@PathVariable String arn, @RequestParam boolean enabled, Authentication caller,
                  RedirectAttributes redirect) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        var after = distributors.update(caller.getName(), arn,
                new DistributorRequests.Patch(null, null, null, enabled, null, null, null));
        redirect.addFlashAttribute("notice", (after.enabled() ? "Enabled " : "Disabled ") + after.name() + ".");
        return "redirect:/distributors/{arn}";
    }

    @PostMapping("/distributors/{arn}/callback-secret")
    String rotateSecret(@PathVariable String arn, Authentication caller, Model model, HttpServletResponse response) {
        Callers.requireAdmin(caller, "Only IT admins manage distributors");
        String secret = distributors.rotateSecret(caller.getName(), arn);
        return secretPage("Made a new callback secret for " + arn + "; the old one no longer signs.", arn, secret,
                model, response);
    }

    private String listPage(DistributorForm form, Model model) {
        model.addAttribute("distributors", distributors.list());
        model.addAttribute("form", form);
        model.addAttribute("events", DistributorForm.CALLBACK_EVENTS);
        return "distribution/distributors";
    }

    private String detailsPage(String arn, DistributorForm form, Model model) {
        model.addAttribute("distributor", distributors.get(arn));
        model.addAttribute("form", form);
        model.addAttribute("events", DistributorForm.CALLBACK_EVENTS);
        return "distribution/distributor";
    }

    private String secretPage(String notice, String arn, String secret, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("notice", notice);
        model.addAttribute("distributor", distributors.get(arn));
        model.addAttribute("secret", secret);
        return "distribution/secret";
    }

}
