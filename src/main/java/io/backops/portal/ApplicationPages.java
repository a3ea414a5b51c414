package io.backops.portal;

import io.backops.application.ApplicationLifecycle;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationSearch;
import io.backops.application.ApplicationStatus;
import io.backops.application.ApplicationView;
import io.backops.application.Decision;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.notification.Notifications;
import io.backops.review.IntegrationStatus;
import io.backops.review.IntegrationStatuses;
import io.backops.review.KraRepush;
import io.backops.review.ReviewTracking;
import io.backops.review.Reviews;
import io.backops.settings.Grant;
import io.backops.settings.ProductSettings;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import io.backops.shared.KraStatus;
import io.backops.shared.ValidationException;
import io.backops.shared.web.FormProblems;
import io.backops.shared.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applications list and one application's page, with the actions on it. Every read and every action goes
 * through the same services as the API, so scope and rules are the API's; a page never decides access itself.
 */
@Controller
@WebPage
class ApplicationPages {

    private final ApplicationSearch search;
    private final ApplicationManagement applications;
    private final DistributorManagement distributors;
    private final UserManagement users;
    private final IntegrationStatuses integrations;
    private final Reviews reviews;
    private final KraRepush repush;
    private final ReviewTracking tracking;
    private final Settings settings;
    private final Notifications notifications;
    private final ApplicationLifecycle lifecycle;

    ApplicationPages(ApplicationSearch search, ApplicationManagement applications, DistributorManagement distributors,
                     UserManagement users, IntegrationStatuses integrations, Reviews reviews, KraRepush repush,
                     ReviewTracking tracking, Settings settings, Notifications notifications,
                     ApplicationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.search = search;
        this.applications = applications;
        this.distributors = distributors;
        this.users = users;
        this.integrations = integrations;
        this.reviews = reviews;
        this.repush = repush;
        this.tracking = tracking;
        this.settings = settings;
        this.notifications = notifications;
    }

    @GetMapping("/applications")
    String list(ApplicationListForm form, Principal principal, Model model) {
        var reading = form.read();
        model.addAttribute("form", form);
        model.addAttribute("tab", reading.tab());
        model.addAttribute("tabs", ApplicationListForm.TABS);
        model.addAttribute("newestFirst", reading.newestFirst());
        model.addAttribute("page", search.search(principal.getName(), reading.filter()));
        model.addAttribute("distributors", distributors.all());
        var me = users.find(principal.getName()).orElse(null);
        boolean bulk = me != null && (me.role() == Role.ADMIN || me.role() == Role.MANAGER);
        model.addAttribute("bulk", bulk);
        model.addAttribute("pageSizes", ApplicationListForm.PAGE_SIZES);
        model.addAttribute("pageSize", form.pageSize());
        if (bulk) {
            model.addAttribute("assignees", assignableBy(me));
            // One key per drawn list: the same form sent twice is one bulk action (see BulkPages).
            model.addAttribute("bulkKey", java.util.UUID.randomUUID().toString());
        }
        if (!reading.ignored().isEmpty()) {
            model.addAttribute("problem", "Ignored what could not be read: " + String.join(", ", reading.ignored()));
        }
        return "portal/applications";
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable String id, Principal principal, Model model) {
        BackofficeUser me = me(principal);
        ApplicationView view = applications.view(id, me.username());
        model.addAttribute("appView", view);
        model.addAttribute("me", me);
        ProductSettings now = settings.current();
        Map<String, Boolean> on = new HashMap<>();
        for (Grant grant : Grant.values()) {
            on.put(grant.name(), now.granted(grant));
        }
        model.addAttribute("on", on);
        boolean integrationOn = now.granted(Grant.INTEGRATION);
        if (me.role().isBackOffice()) {
            model.addAttribute("history", now.granted(Grant.HISTORY) ? applications.history(id, me.username()) : List.of());
            model.addAttribute("notes", now.granted(Grant.NOTES) ? applications.notes(id, me.username()) : List.of());
            model.addAttribute("integration", integrationOn ? integrations.of(id).orElse(null) : null);
            model.addAttribute("deliveries", now.granted(Grant.NOTIFICATIONS)
                    ? notifications.of(id, me.username()) : List.of());
            model.addAttribute("tracking", tracking.of(id).orElse(null));
            model.addAttribute("reasons", now.reasons());
            model.addAttribute("assignees", now.granted(Grant.REASSIGN) ? assignableBy(me) : List.of());
            model.addAttribute("canDecide", view.status() == ApplicationStatus.PENDING && view.approval() == null
                    && (me.role() != Role.REVIEWER || me.username().equals(view.assignee())));
            boolean supervises = me.role() == Role.ADMIN || me.role() == Role.MANAGER;
            model.addAttribute("canCheckApproval", view.approval() != null && supervises
                    && !me.username().equals(view.approval().by()));
            model.addAttribute("canRequestReversal", supervises && view.reversal() == null
                    && view.status() != ApplicationStatus.PENDING);
            model.addAttribute("canCheckReversal", supervises && view.reversal() != null
                    && !me.username().equals(view.reversal().requestedBy()));
            model.addAttribute("canRepush", now.granted(Grant.REPUSH) && view.status() == ApplicationStatus.ACCEPTED
                    && view.kraStatus() != KraStatus.REGISTERED && view.kraStatus() != KraStatus.VALIDATED);
        } else {
            model.addAttribute("integration", integrationOn
                    ? integrations.of(id).map(IntegrationStatus::statusOnly).orElse(null) : null);
        }
        return "portal/application";
    }

    @PostMapping("/applications/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String reason, Principal principal, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        Decision chosen = decisionOf(decision);
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        try {
            reviews.decide(id, chosen, text, principal.getName());
        } catch (ValidationException e) {
            return againWithErrors(id, principal, model, response, e.fieldErrors(), Map.of("reason", reason == null ? "" : reason));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/applications/" + id;
        }
        if (applications.view(id, principal.getName()).approval() != null) {
            redirect.addFlashAttribute("notice", "Your decision on " + id + " waits for a second person's approval.");
            return "redirect:/applications/" + id;
        }
        redirect.addFlashAttribute("notice", switch (chosen) {
            case ACCEPT -> "Accepted " + id + ". It goes to the KRA next.";
            case REJECT -> "Rejected " + id + ".";
            case DRAFT -> "Sent " + id + " back for redo.";
        });
        return "redirect:/applications/" + id;
    }

    /** The checker's answer to a four-eyes decision, under the same rules as in Tasklist and the API. */
    @PostMapping("/applications/{id}/approval")
    String checkDecision(@PathVariable String id, @RequestParam(required = false) String answer,
                         @RequestParam(required = false) String reason, Principal principal, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        boolean approve = "approve".equals(answer);
        return act(id, principal, model, redirect, response, reason,
                () -> reviews.checkDecision(id, approve, text(reason), principal.getName()),
                approve ? "Approved the decision on " + id + "." : "Refused the decision; " + id
                        + " is back in its reviewer's queue.");
    }

    @PostMapping("/applications/{id}/reversal")
    String requestReversal(@PathVariable String id, @RequestParam(required = false) String reason,
                           Principal principal, Model model, RedirectAttributes redirect,
                           HttpServletResponse response) {
        return act(id, principal, model, redirect, response, reason,
                () -> lifecycle.requestReversal(id, text(reason), principal.getName()),
                "Reversal of " + id + " asked for; it takes effect when a second person approves it.");
    }

    @PostMapping("/applications/{id}/reversal/approval")
    String checkReversal(@PathVariable String id, @RequestParam(required = false) String answer,
                         @RequestParam(required = false) String reason, Principal principal, Model model,
                         RedirectAttributes redirect, HttpServletResponse response) {
        boolean approve = "approve".equals(answer);
        return act(id, principal, model, redirect, response, reason,
                () -> lifecycle.checkReversal(id, approve, text(reason), principal.getName()),
                approve ? "Reversed: " + id + " is pending review again." : "Reversal refused; the decision stands.");
    }

    /** Runs a lifecycle action: refused input goes back to the page at its field, a conflict is said above it. */
    private String act(String id, Principal principal, Model model, RedirectAttributes redirect,
                       HttpServletResponse response, String reason, Runnable action, String notice) {
        try {
            action.run();
        } catch (ValidationException e) {
            return againWithErrors(id, principal, model, response, e.fieldErrors(),
                    Map.of("reason", reason == null ? "" : reason));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/applications/" + id;
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/applications/" + id;
    }

    private static String text(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    @PostMapping("/applications/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam(required = false) String text, Principal principal,
                   Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            return againWithErrors(id, principal, model, response,
                    Map.of("note", "must be between 1 and 4000 characters"), Map.of("note", text == null ? "" : text));
        }
        applications.addNote(id, principal.getName(), text.strip());
        redirect.addFlashAttribute("notice", "Note added.");
        return "redirect:/applications/" + id + "#notes";
    }

    @PostMapping("/applications/{id}/assignee")
    String reassign(@PathVariable String id, @RequestParam(required = false) String username, Principal principal,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            reviews.reassign(id, username == null ? "" : username, principal.getName());
        } catch (ValidationException e) {
            return againWithErrors(id, principal, model, response, e.fieldErrors(), Map.of());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/applications/" + id;
        }
        redirect.addFlashAttribute("notice", "Assigned " + id + " to " + username + ".");
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/repush")
    String repush(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        try {
            repush.repush(id, principal.getName());
            redirect.addFlashAttribute("notice", "Re-push of " + id + " scheduled; the attempts below show how it goes.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/applications/" + id + "#integration";
    }

    /** The page again, answering 422, with the errors next to their fields and what the person typed kept. */
    private String againWithErrors(String id, Principal principal, Model model, HttpServletResponse response,
                                   Map<String, String> errors, Map<String, String> typed) {
        FormProblems.show(errors, HttpStatus.UNPROCESSABLE_ENTITY, model, response);
        model.addAttribute("typed", typed);
        return application(id, principal, model);
    }

    private static Decision decisionOf(String decision) {
        return Decision.parse(decision);
    }

    /** Whom a manager or admin may give a review to: his team and himself, or every active reviewer. */
    private List<String> assignableBy(BackofficeUser me) {
        return switch (me.role()) {
            case ADMIN -> users.activeReviewers();
            case MANAGER -> List.copyOf(new TreeSet<>(users.teamAndSelf(me.username())));
            default -> List.of();
        };
    }

    private BackofficeUser me(Principal principal) {
        return users.find(principal.getName()).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }
}
