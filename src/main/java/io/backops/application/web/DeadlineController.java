package io.backops.application.web;

import io.backops.application.ApplicationDeadlines;
import io.backops.application.Deadline;
import io.backops.application.DeadlineName;
import io.backops.application.DeadlineState;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deadlines", description = "The regulatory clocks: review, approval, KRA upload and KRA validation")
class DeadlineController {

    private final ApplicationDeadlines deadlines;

    DeadlineController(ApplicationDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * {@code ?state=DUE_SOON|BREACHED&name=REVIEW|APPROVAL|KRA_UPLOAD|KRA_VALIDATION&page=&size=}: the open clocks in
     * that state, in the caller's scope (admins all, managers their team), most urgent first.
     */
    @Operation(description = "Running deadlines that are DUE_SOON or BREACHED, most urgent first, paged; admins see "
            + "all, managers their team's.")
    @GetMapping("/api/deadlines")
    ListPage<Deadline.OfApplication> list(@RequestParam DeadlineState state,
                                          @RequestParam(required = false) DeadlineName name,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size,
                                          Principal principal) {
        return deadlines.list(principal.getName(), state, name, Paging.of(page, size));
    }
}
