package io.backops.identity.web;

import io.backops.identity.PendingWork;
import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import io.backops.identity.internal.PrivilegedUsers;
import io.backops.identity.internal.UserAdministration;
import io.backops.identity.internal.UserRequests;
import io.backops.identity.internal.UserView;
import io.backops.shared.ValidationException;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One user: details, and what the actor may do to him. Every action is {@link UserAdministration}'s, with its
 * scope (out of scope is "not found"); after each, the browser is redirected back here with a notice.
 */
@Controller
@WebPage
@RequestMapping("/users/{username}")
class UserDetailsPage {

    private final UserAdministration users;
    private final UserChoices choices;
    private final UserLabels labels;
    private final PrivilegedUsers privileged;

    UserDetailsPage(UserAdministration users, UserChoices choices, UserLabels labels, PrivilegedUsers privileged) {
        this.privileged = privileged;
        this.users = users;
        this.choices = choices;
        this.labels = labels;
    }

    @InitBinder
    void blanksAreAbsent(WebDataBinder binder) {
        FormErrors.blanksAreAbsent(binder);
    }

    @GetMapping
    String show(@PathVariable String username, Principal principal, Model model) {
        return page(principal.getName(), username, model);
    }

    /** The details form (admins) and the status buttons post here; only the fields sent change. */
    @PostMapping
    String update(@PathVariable String username, @Valid @ModelAttribute("changes") UserRequests.UserPatch changes,
                  BindingResult binding, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> errors = FormErrors.of(binding);
        try {
            if (errors.isEmpty()) {
                UserView after = users.update(principal.getName(), username, changes);
                redirect.addFlashAttribute("notice", changes.status() != null
                        ? after.name() + " is now " + labels.status(after.status()).toLowerCase(Locale.ROOT) + "."
                        : "Saved the details of " + after.name() + ".");
                return "redirect:/users/{username}";
            }
        } catch (ValidationException e) {
            errors = e.fieldErrors();
        }
        FormProblems.show(errors, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        return page(principal.getName(), username, model);
    }

    /** Moves all pending work to {@code to}, or (none named) in turn over the active reviewers in scope. */
    @PostMapping("/reassign")
    String reassign(@PathVariable String username, @RequestParam(required = false) String to, Principal principal,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<PendingWork.Reassignment> moved;
        try {
            moved = users.reassign(principal.getName(), username, to);
        } catch (ValidationException e) {
            FormProblems.show(e.fieldErrors(), HttpStatus.UNPROCESSABLE_ENTITY, model, response);
            return page(principal.getName(), username, model);
        }
        redirect.addFlashAttribute("notice", moved.isEmpty()
                ? username + " had no pending work to move."
                : "Moved " + moved.size() + " pending application" + (moved.size() == 1 ? "" : "s") + " of "
                + username + " to " + String.join(", ", moved.stream().map(PendingWork.Reassignment::to)
                .distinct().toList()) + ".");
        return "redirect:/users/{username}";
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        users.unlock(principal.getName(), username);
        redirect.addFlashAttribute("notice", "Unlocked the account of " + username + ".");
        return "redirect:/users/{username}";
    }

    @PostMapping("/sessions/end")
    String endSessions(@PathVariable String username, Principal principal, RedirectAttributes redirect) {
        int ended = users.endSessions(principal.getName(), username);
        redirect.addFlashAttribute("notice", "Signed " + username + " out everywhere: " + ended + " session"
                + (ended == 1 ? "" : "s") + " ended.");
        return "redirect:/users/{username}";
    }

    private String page(String actor, String username, Model model) {
        UserView user = users.view(actor, username);
        model.addAttribute("user", user);
        model.addAttribute("sessions", users.sessions(actor, username));
        if (user.role() == Role.ADMIN || user.role() == Role.MANAGER) {
            model.addAttribute("privileged", true);
            model.addAttribute("lastReview", privileged.lastReview(username).orElse(null));
        }
        // Nobody changes their own role, team or status: the page does not offer it.
        model.addAttribute("self", actor.equals(username));
        if (!model.containsAttribute("changes")) {
            model.addAttribute("changes", new UserRequests.UserPatch(null, user.name(), user.email(),
                    user.employeeCode(), user.mobile(), user.manager(), user.role()));
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("statuses", UserStatus.values());
        model.addAttribute("managers", choices.managers(actor));
        model.addAttribute("targets", choices.reassignmentTargets(actor, username));
        return "identity/user";
    }
}
