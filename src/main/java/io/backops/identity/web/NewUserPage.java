package io.backops.identity.web;

import io.backops.identity.Role;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import io.backops.shared.ConflictException;
import io.backops.shared.ValidationException;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An admin creates a user. The one-time password is shown on the answer to the POST itself, not after a redirect:
 * that way it is never kept in the session (flash attributes are) and cannot be shown a second time. Spring
 * Security's default {@code Cache-Control: no-store} keeps it out of the browser's cache.
 */
@Controller
@WebPage
class NewUserPage {

    private static final UserRequests.NewUser BLANK =
            new UserRequests.NewUser(null, null, null, null, null, null, null, null);

    private final UserAdministration users;
    private final UserChoices choices;

    NewUserPage(UserAdministration users, UserChoices choices) {
        this.users = users;
        this.choices = choices;
    }

    @InitBinder("newUser")
    void blanksAreAbsent(WebDataBinder binder) {
        FormErrors.blanksAreAbsent(binder);
    }

    @GetMapping("/users/new")
    String form(HttpServletRequest request, Principal principal, Model model) {
        requireAdmin(request);
        model.addAttribute("newUser", BLANK);
        return form(principal, model);
    }

    @PostMapping("/users")
    String create(@Valid @ModelAttribute("newUser") UserRequests.NewUser newUser, BindingResult binding,
                  HttpServletRequest request, HttpServletResponse response, Principal principal, Model model) {
        requireAdmin(request);
        Map<String, String> errors = FormErrors.of(binding);
        if (!errors.isEmpty()) {
            FormProblems.show(errors, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
            return form(principal, model);
        }
        try {
            var created = users.create(principal.getName(), newUser);
            model.addAttribute("created", created);
            model.addAttribute("notice", "Created " + created.user().name() + " (" + created.user().username() + ").");
            return "identity/user-created";
        } catch (ValidationException e) {
            FormProblems.show(e.fieldErrors(), HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        } catch (ConflictException e) {
            // The only conflict here is a taken username: say so next to it and keep the rest of the form.
            FormProblems.show(Map.of("username", "is taken"), HttpStatus.CONFLICT, model, response);
        }
        return form(principal, model);
    }

    private String form(Principal principal, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("managers", choices.managers(principal.getName()));
        return "identity/user-new";
    }

    /** Spares others a form they could not send; {@link UserAdministration#create} checks it again. */
    private static void requireAdmin(HttpServletRequest request) {
        if (!request.isUserInRole(Role.ADMIN.name())) {
            throw new AccessDeniedException("Only IT admins create users");
        }
    }
}
