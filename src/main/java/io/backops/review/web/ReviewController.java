package io.backops.review.web;

import io.backops.application.Decision;
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

    @PostMapping("/decision")
    ResponseEntity<Void> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request,
                                Principal principal) {
        reviews.decide(id, request.decision(), request.reason(), principal.getName());
        return ResponseEntity.ok().build();
    }

    @PutMapping("/assignee")
    ResponseEntity<Void> assign(@PathVariable String id, @Valid @RequestBody AssigneeRequest request,
                                Principal principal) {
        reviews.reassign(id, request.username(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    record DecisionRequest(@NotNull Decision decision, @Size(max = 1000) String reason) {
    }

    record AssigneeRequest(@NotBlank String username) {
    }
}
