package io.backops.review.web;

import io.backops.application.ApplicationStatus;
import io.backops.application.ApplicationView;
import io.backops.application.Decision;
import io.backops.application.InvestorApplication;
import io.backops.review.Reviews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Deciding and assigning reviews through the API: the same task, the same rules as in Tasklist. */
@Tag(name = "Reviews", description = "Decisions, four-eyes approvals and assignment of applications under review")
@RestController
@RequestMapping("/api/applications/{id}")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    /** 200 when the decision took effect; 202 with the approval it waits for where a four-eyes rule holds. */
    @Operation(description = "Decides an application under review: ACCEPT, REJECT or DRAFT (send back), with a reason "
            + "where one is required. 202 when the decision awaits a second person's approval.")
    @ApiResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DecisionResponse.class)))
    @ApiResponse(responseCode = "202", description = "The decision awaits a second person's approval",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = DecisionResponse.class)))
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
    @Operation(description = "Approves or refuses a decision that awaits a second person (four eyes).")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/approval")
    ResponseEntity<Void> approve(@PathVariable String id, @Valid @RequestBody ApprovalRequest request,
                                 Principal principal) {
        reviews.checkDecision(id, request.approve(), request.reason(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(description = "Reassigns an application under review to another reviewer (admins; managers within "
            + "their team).")
    @ResponseStatus(HttpStatus.NO_CONTENT)
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
