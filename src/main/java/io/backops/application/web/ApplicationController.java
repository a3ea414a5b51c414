package io.backops.application.web;

import io.backops.application.ApplicationIntake;
import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationPage;
import io.backops.application.ApplicationSearch;
import io.backops.application.ApplicationView;
import io.backops.application.Note;
import io.backops.application.Submission;
import io.backops.application.SubmittedApplication;
import io.backops.application.TimelineEntry;
import io.backops.shared.ListPage;
import io.backops.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Applications",
        description = "Submitting, listing and reading KYC applications, their notes, history and documents")
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationManagement applications;
    private final ApplicationIntake intake;
    private final ApplicationSearch search;

    ApplicationController(ApplicationManagement applications, ApplicationIntake intake, ApplicationSearch search) {
        this.applications = applications;
        this.intake = intake;
        this.search = search;
    }

    @Operation(description = "Submits a KYC application with its documents; it is classified and assigned to a "
            + "reviewer.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<SubmittedApplication> submit(@Valid @RequestBody Submission submission, Principal principal) {
        var submitted = intake.submit(submission, principal.getName());
        return ResponseEntity.created(URI.create("/api/applications/" + submitted.id())).body(submitted);
    }

    /** {@code ?status=PENDING|ACCEPTED|REJECTED|DRAFT|ALL&distributor=&amc=&q=&sort=submittedAt,desc&size=&cursor=} */
    @Operation(description = "The applications in the caller's scope by status, distributor, AMC or text, with counts "
            + "per tab, paged by key (cursor). The counts of a searched list stop at 10,000 matches: then countsExact is "
            + "false and each count means at least that many.")
    @GetMapping
    ListResponse list(@RequestParam(defaultValue = "ALL") String status,
                      @RequestParam(required = false) List<String> distributor,
                      @RequestParam(required = false) List<String> amc,
                      @RequestParam(required = false) String q,
                      @RequestParam(defaultValue = "submittedAt,desc") String sort,
                      @RequestParam(defaultValue = "25") int size,
                      @RequestParam(required = false) String cursor,
                      Principal principal) {
        var filter = ListParameters.filter(status, distributor, amc, q, sort, size, cursor);
        ApplicationPage page = search.search(principal.getName(), filter);
        return new ListResponse(page.items(), page.counts(), page.countsExact(), ListParameters.cursor(page.next()));
    }

    @Operation(description = "One application in the caller's scope, with its data, documents and status.")
    @GetMapping("/{id}")
    ApplicationView view(@PathVariable String id, Principal principal) {
        return applications.view(id, principal.getName());
    }

    @Operation(description = "Resubmits a corrected application that was sent back as a draft.")
    @PostMapping("/{id}/resubmit")
    SubmittedApplication resubmit(@PathVariable String id, @Valid @RequestBody Submission submission,
                                  Principal principal) {
        return intake.resubmit(id, submission, principal.getName());
    }

    /** {@code ?page=&size=}: the timeline, oldest first. */
    @Operation(description = "The application's timeline, oldest first, paged.")
    @GetMapping("/{id}/history")
    ListPage<TimelineEntry> history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Principal principal) {
        Paging paging = Paging.of(page, size);
        return paging.of(applications.history(id, principal.getName()));
    }

    /** {@code ?page=&size=}: the notes, oldest first. */
    @Operation(description = "The notes on an application, oldest first, paged.")
    @GetMapping("/{id}/notes")
    ListPage<Note> notes(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size, Principal principal) {
        Paging paging = Paging.of(page, size);
        return paging.of(applications.notes(id, principal.getName()));
    }

    @Operation(description = "Adds a note to an application.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/notes")
    ResponseEntity<Note> addNote(@PathVariable String id, @Valid @RequestBody NoteRequest note,
                                                  Principal principal) {
        return ResponseEntity.status(201).body(applications.addNote(id, principal.getName(), note.text()));
    }

    @Operation(description = "One document of the application, as uploaded.")
    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId, Principal principal) {
        var file = applications.document(id, documentId, principal.getName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                // The bytes were checked on the way in; the browser must not guess another type.
                .header("X-Content-Type-Options", "nosniff")
                // The application page previews documents in a frame of its own origin; nobody else may frame them.
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", "frame-ancestors 'self'")
                .body(file.content());
    }

    record ListResponse(List<ApplicationPage.Summary> items, Map<String, Long> counts, boolean countsExact,
                        String nextCursor) {
    }

    record NoteRequest(@NotBlank @Size(max = 4000) String text) {
    }
}
