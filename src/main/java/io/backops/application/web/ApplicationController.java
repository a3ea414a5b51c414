package io.backops.application.web;

import io.backops.application.ApplicationManagement;
import io.backops.application.ApplicationView;
import io.backops.application.Submission;
import io.backops.application.SubmittedApplication;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationManagement applications;

    ApplicationController(ApplicationManagement applications) {
        this.applications = applications;
    }

    @PostMapping
    ResponseEntity<SubmittedApplication> submit(@Valid @RequestBody Submission submission, Principal principal) {
        var submitted = applications.submit(submission, principal.getName());
        return ResponseEntity.created(URI.create("/api/applications/" + submitted.id())).body(submitted);
    }

    @GetMapping("/{id}")
    ApplicationView view(@PathVariable String id, Principal principal) {
        return applications.view(id, principal.getName());
    }
}
