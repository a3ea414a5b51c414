package io.backops.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.application.internal.ApplicationNumbers;
import io.backops.application.internal.ApplicationScope;
import io.backops.application.internal.DocumentContent;
import io.backops.application.internal.InvestorApplications;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.shared.ConflictException;
import io.backops.shared.KraStatus;
import io.backops.shared.NotFoundException;
import io.backops.shared.Pan;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application module's entry point: intake, scoped reads, decisions and KRA status. */
@Service
public class ApplicationManagement {

    private static final int ADULT_AGE = 18;

    private final InvestorApplications applications;
    private final ApplicationNumbers numbers;
    private final ApplicationScope scope;
    private final UserManagement users;
    private final DistributorManagement distributors;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    ApplicationManagement(InvestorApplications applications, ApplicationNumbers numbers, ApplicationScope scope,
                          UserManagement users, DistributorManagement distributors, ApplicationEventPublisher events,
                          ObjectMapper json) {
        this.applications = applications;
        this.numbers = numbers;
        this.scope = scope;
        this.users = users;
        this.distributors = distributors;
        this.events = events;
        this.json = json;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Stores a submission with its documents and starts its review, all in one transaction: a submission that
     * fails any check leaves nothing behind.
     */
    @Transactional
    public SubmittedApplication submit(Submission submission, String submittedBy) {
        BackofficeUser submitter = user(submittedBy);
        String distributorArn = distributorOf(submission, submitter);
        List<byte[]> contents = validate(submission, distributorArn);

        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = numbers.next(Year.from(now));
        Submission.Applicant applicant = submission.applicant().withoutFullAadhaar();
        applications.insert(InvestorApplications.Row.submitted(id, distributorArn, submission.amc(),
                submission.applicationType(), applicant.name(), applicant.pan(), applicant.dateOfBirth(),
                toJson(applicant), now));
        for (int i = 0; i < contents.size(); i++) {
            Submission.Document document = submission.documents().get(i);
            applications.insertDocument(id, document.type(), document.fileName(), document.contentType(), contents.get(i));
        }
        events.publishEvent(new ApplicationSubmitted(id, distributorArn));

        var stored = applications.find(id).orElseThrow();
        return new SubmittedApplication(id, stored.status(), stored.assignee(), stored.kraStatus(), stored.submittedAt());
    }

    /** The application if it is in the viewer's scope; otherwise it "does not exist". */
    @Transactional(readOnly = true)
    public ApplicationView view(String id, String viewer) {
        var row = rowInScope(id, user(viewer));
        var documents = applications.documents(id).stream()
                .map(d -> new ApplicationView.Document(d.id(), d.type(), d.fileName(), d.contentType(), d.sizeBytes()))
                .toList();
        Submission.Applicant applicant = fromJson(row.applicantJson());
        var decision = row.decidedAt() == null ? null
                : new ApplicationView.DecisionView(row.status(), row.decidedBy(), row.decidedAt(), row.decisionReason());
        return new ApplicationView(row.id(), row.status(), row.kraStatus(), row.assignee(), row.distributorArn(),
                row.amc(), row.applicationType(), row.submittedAt(),
                new ApplicationView.Applicant(applicant.name(), Pan.mask(applicant.pan()), applicant.dateOfBirth(),
                        applicant.email(), maskMobile(applicant.mobile()), applicant.aadhaarLast4()),
                documents, decision);
    }

    @Transactional(readOnly = true)
    public ReviewFacts reviewFacts(String id) {
        var row = row(id);
        return new ReviewFacts(id, row.applicantName(), Pan.mask(row.pan()), row.distributorArn(),
                applications.documents(id).size());
    }

    @Transactional(readOnly = true)
    public KycData kycData(String id) {
        var row = row(id);
        Submission.Applicant a = fromJson(row.applicantJson());
        return new KycData(id, row.applicationType(), a.name(), a.pan(), a.dateOfBirth(), a.gender(),
                a.fatherOrSpouseName(), a.email(), a.mobile(), a.address().line1(), a.address().city(),
                a.address().state(), a.address().pincode(), a.kycMode(), a.ipv());
    }

    /** Pending applications per assignee, for the given users; users without any are left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> pendingCounts(java.util.Collection<String> usernames) {
        return applications.pendingCounts(usernames);
    }

    /** The ids of the applications waiting on a user's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<String> pendingAssignedTo(String username) {
        return applications.pendingAssignedTo(username);
    }

    @Transactional
    public void assign(String id, String assignee) {
        row(id);
        applications.assign(id, assignee);
    }

    /**
     * Records a decision by an actor in scope. Whatever surface the decision came through (API, Tasklist, engine
     * REST), this is where its rules hold: a reason for reject and draft, one decision only.
     */
    @Transactional
    public void recordDecision(String id, Decision decision, String reason, String actor) {
        BackofficeUser user = user(actor);
        if (!user.role().isBackOffice()) {
            throw new AccessDeniedException("Only the back office decides on applications");
        }
        var row = rowInScope(id, user);
        if (decision.requiresReason() && (reason == null || reason.isBlank())) {
            throw new ValidationException(Map.of("reason", "is required to " + decision.name().toLowerCase()));
        }
        if (!applications.decide(id, decision.resultingStatus(), actor, reason, OffsetDateTime.now(clock))) {
            throw new ConflictException("Application " + id + " is already " + row.status());
        }
    }

    @Transactional
    public void recordKraStatus(String id, KraStatus kraStatus) {
        row(id);
        applications.updateKraStatus(id, kraStatus);
    }

    private String distributorOf(Submission submission, BackofficeUser submitter) {
        if (submitter.role() == Role.DISTRIBUTOR) {
            if (submission.distributor() != null && !submission.distributor().equals(submitter.distributorArn())) {
                throw new ValidationException(Map.of("distributor", "must be your own ARN or left out"));
            }
            return submitter.distributorArn();
        }
        if (submitter.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only distributors, investors and IT admins submit applications");
        }
        if (submission.distributor() == null) {
            throw new ValidationException(Map.of("distributor", "is required when submitting on behalf"));
        }
        return submission.distributor();
    }

    /** The rules that need more than one field or other data; every failing field is named at once. */
    private List<byte[]> validate(Submission submission, String distributorArn) {
        Map<String, String> errors = new LinkedHashMap<>();
        distributors.find(distributorArn).ifPresentOrElse(
                distributor -> {
                    if (!distributor.enabled()) {
                        errors.put("distributor", "is disabled and cannot submit applications");
                    }
                },
                () -> errors.put("distributor", "is not a known distributor"));
        LocalDate dateOfBirth = submission.applicant().dateOfBirth();
        if (Period.between(dateOfBirth, LocalDate.now(clock)).getYears() < ADULT_AGE
                && submission.applicant().guardian() == null) {
            errors.put("applicant.guardian", "is required for a minor");
        }
        List<byte[]> contents = new java.util.ArrayList<>();
        for (int i = 0; i < submission.documents().size(); i++) {
            Submission.Document document = submission.documents().get(i);
            String field = "documents[" + i + "].content";
            byte[] bytes = DocumentContent.decode(document.content()).orElse(null);
            if (bytes == null) {
                errors.put(field, "is not base64");
            } else if (bytes.length > DocumentContent.MAX_BYTES) {
                errors.put(field, "is larger than 2 MB");
            } else if (!DocumentContent.sniff(bytes).map(document.contentType()::equals).orElse(false)) {
                errors.put(field, "is not a " + document.contentType() + " file (only JPG, PNG and PDF are accepted)");
            }
            contents.add(bytes);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return contents;
    }

    private InvestorApplications.Row rowInScope(String id, BackofficeUser user) {
        var row = row(id);
        if (!scope.includes(user, row)) {
            throw new NotFoundException("No application " + id);
        }
        return row;
    }

    private InvestorApplications.Row row(String id) {
        return applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
    }

    private BackofficeUser user(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }

    private String toJson(Submission.Applicant applicant) {
        try {
            return json.writeValueAsString(applicant);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an applicant", e);
        }
    }

    private Submission.Applicant fromJson(String applicantJson) {
        try {
            return json.readValue(applicantJson, Submission.Applicant.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored applicant is unreadable", e);
        }
    }

    private static String maskMobile(String mobile) {
        return mobile == null || mobile.length() < 4 ? mobile : "******" + mobile.substring(mobile.length() - 4);
    }
}
