package io.backops.review.web;

import io.backops.application.ApplicationStatus;
import io.backops.application.ApplicationView;
import io.backops.application.Decision;
import io.backops.application.InvestorApplication;
import io.backops.review.Reviews;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Deciding and assigning reviews through the API: the same task, the same rules as in Tasklist. */
@RestController
@RequestMapping("/api/applications/{id}")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    /** 200 when the decision took effect; 202 with the approval it waits for where a four-eyes rule holds. */
    @PostMapping("/decision")
    ResponseEntity<DecisionResponse> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                            Principal principal) {
        var approval = reviews.decide(id, request.decision(), request.reason(), principal.getName());
        if (approval == null) {
            return ResponseEntity.ok().build();
        }
        return ResponseEntity.accepted().body(new DecisionResponse(ApplicationStatus.PENDING, approval));
    }

    /** The checker's answer to a four-eyes decision: the maker's manager or an admin, never the maker. */
    @PostMapping("/approval")
    ResponseEntity<Void> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
                                 Principal principal) {
        reviews.checkDecision(id, request.approve(), request.reason(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/assignee")
    ResponseEntity<Void> assign(@PathVariable String id, @Valid @RequestBody AssigneeRequest request,
                                Principal principal) {
        reviews.reassign(id, request.username(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    record DecisionRequest(@NotNull Decision decision,
                           @Size(max = InvestorApplication.MAX_REASON_LENGTH) String reason) {
    }

    record DecisionResponse(ApplicationStatus status, ApplicationView.ApprovalView approval) {
    }

    record ApprovalRequest(@NotNull Boolean approve,
                           @Size(max = InvestorApplication.MAX_REASON_LENGTH) String reason) {
    }

    record AssigneeRequest(@NotBlank String username) {
    }
}
