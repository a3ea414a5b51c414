package io.backops.application;

import io.backops.application.internal.ApplicantJson;
import io.backops.application.internal.ApplicationHistory;
import io.backops.application.internal.ApplicationNotes;
import io.backops.application.internal.ApplicationNumbers;
import io.backops.application.internal.ApplicationScope;
import io.backops.application.internal.Classifier;
import io.backops.application.internal.InvestorApplications;
import io.backops.application.internal.SubmissionRules;
import io.backops.document.Documents;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import io.backops.shared.KraStatus;
import io.backops.shared.NotFoundException;
import io.backops.shared.Pan;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's entry point: intake and resubmission, scoped reads, assignment, decisions, KRA status,
 * notes and the timeline. Every change lands with its history entry in the same transaction.
 */
@Service
public class ApplicationManagement {

    /** The actor of what the system does by itself (classification, escalation, KRA updates). */
    public static final String SYSTEM = "system";

    private final InvestorApplications applications;
    private final Documents documents;
    private final ApplicationNumbers numbers;
    private final ApplicationScope scope;
    private final ApplicationHistory history;
    private final ApplicationNotes notes;
    private final SubmissionRules rules;
    private final Classifier classifier;
    private final ApplicantJson applicantJson;
    private final UserManagement users;
    private final Settings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemDefaultZone();

    ApplicationManagement(InvestorApplications applications, Documents documents, ApplicationNumbers numbers,
                          ApplicationScope scope,
                          ApplicationHistory history, ApplicationNotes notes, SubmissionRules rules,
                          Classifier classifier, ApplicantJson applicantJson, UserManagement users,
                          Settings settings, ApplicationEventPublisher events) {
        this.applications = applications;
        this.documents = documents;
        this.numbers = numbers;
        this.scope = scope;
        this.history = history;
        this.notes = notes;
        this.rules = rules;
        this.classifier = classifier;
        this.applicantJson = applicantJson;
        this.users = users;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Stores a submission with its documents, classifies it and starts its flow, all in one transaction: a
     * submission that fails any check leaves nothing behind.
     */
    @Transactional
    public SubmittedApplication submit(Submission submission, String submittedBy) {
        BackofficeUser submitter = user(submittedBy);
        String distributorArn = rules.distributorOf(submission, submitter);
        List<byte[]> contents = rules.check(submission, distributorArn);

        OffsetDateTime now = OffsetDateTime.now(clock);
        String id = numbers.next(Year.from(now));
        Submission.Applicant applicant = submission.applicant();
        var classification = classifier.classify(applicant, submission.checks(), LocalDate.now(clock));
        applications.insert(InvestorApplications.Row.submitted(id, distributorArn, submission.amc(),
                submission.applicationType(), applicant.name(), applicant.pan(), applicant.dateOfBirth(),
                applicantJson.write(applicant), now, classification.riskClass(), classification.rule(), submittedBy));
        storeDocuments(id, submission, contents);
        history.record(id, submittedBy, "SUBMITTED", null, ApplicationStatus.PENDING.name(),
                "through " + distributorArn + "; " + classification.riskClass() + ": " + classification.rule());
        events.publishEvent(new ApplicationSubmitted(id, distributorArn, submission.applicationType(),
                classification.riskClass(),
                classification.rule(), classification.startingBucket()));
        return submitted(id);
    }

    /**
     * Puts corrected data in place of a draft's and sends it back to review (DESIGN.md §5). Only its own channel may
     * resubmit, only a draft, only once per draft.
     */
    @Transactional
    public SubmittedApplication resubmit(String id, Submission submission, String actor) {
        BackofficeUser submitter = user(actor);
        var row = row(id);
        boolean ownChannel = submitter.role() == Role.ADMIN
                || (submitter.role() == Role.DISTRIBUTOR && row.distributorArn().equals(submitter.distributorArn()))
                || (submitter.role() == Role.INVESTOR && submitter.username().equals(row.submittedBy()));
        if (!ownChannel) {
            if (submitter.role() == Role.DISTRIBUTOR || submitter.role() == Role.INVESTOR) {
                throw new NotFoundException("No application " + id);
            }
            throw new AccessDeniedException("Only the channel that submitted an application resubmits it");
        }
        if (submission.distributor() != null && !submission.distributor().equals(row.distributorArn())) {
            throw new ValidationException(Map.of("distributor", "cannot change on resubmission"));
        }
        List<byte[]> contents = rules.check(submission, row.distributorArn());
        var classification = classifier.classify(submission.applicant(), submission.checks(), LocalDate.now(clock));
        Submission.Applicant applicant = submission.applicant();
        boolean resubmitted = applications.resubmit(id, applicant.name(), applicant.pan(), applicant.dateOfBirth(),
                applicantJson.write(applicant), submission.applicationType(), submission.amc(),
                classification.riskClass(), classification.rule());
        if (!resubmitted) {
            throw new ConflictException(row.status() == ApplicationStatus.DRAFT
                    ? "Application " + id + " dropped off: it was not resubmitted in time; submit a new application"
                    : "Application " + id + " is " + row.status() + ", not a draft to resubmit");
        }
        documents.deleteAll(id);
        storeDocuments(id, submission, contents);
        history.record(id, actor, "RESUBMITTED", ApplicationStatus.DRAFT.name(), ApplicationStatus.PENDING.name(),
                changes(row, applicant));
        events.publishEvent(new ApplicationResubmitted(id, row.distributorArn()));
        return submitted(id);
    }

    /** The application if it is in the viewer's scope; otherwise it "does not exist". */
    @Transactional(readOnly = true)
    public ApplicationView view(String id, String viewer) {
        BackofficeUser user = user(viewer);
        var row = rowInScope(id, user);
        var documents = this.documents.of(id).stream()
                .map(d -> new ApplicationView.Document(d.id(), d.type(), d.fileName(), d.contentType(), d.sizeBytes()))
                .toList();
        Submission.Applicant applicant = applicantJson.read(row.applicantJson());
        var decision = row.decidedAt() == null ? null
                : new ApplicationView.DecisionView(row.status(), row.decidedBy(), row.decidedAt(), row.decisionReason());
        boolean backOffice = user.role().isBackOffice();
        return new ApplicationView(row.id(), row.status(), row.kraStatus(), row.riskClass(),
                backOffice ? row.riskRule() : null, backOffice ? row.assignee() : null, row.escalated(),
                row.distributorArn(), row.amc(), row.applicationType(), row.submittedAt(),
                new ApplicationView.Applicant(applicant.name(), Pan.mask(applicant.pan()), applicant.dateOfBirth(),
                        applicant.email(), maskMobile(applicant.mobile()), applicant.aadhaarLast4()),
                documents, decision);
    }

    /** A document's file, for a viewer in scope. */
    @Transactional(readOnly = true)
    public DocumentFile document(String id, String documentId, String viewer) {
        settings.require(Grant.DOCUMENTS);
        rowInScope(id, user(viewer));
        return documents.read(id, documentId)
                .map(d -> new DocumentFile(d.fileName(), d.contentType(), d.content()))
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " in " + id));
    }

    @Transactional(readOnly = true)
    public ReviewFacts reviewFacts(String id) {
        var row = row(id);
        return new ReviewFacts(id, row.applicantName(), Pan.mask(row.pan()), row.distributorArn(),
                documents.of(id).size());
    }

    @Transactional(readOnly = true)
    public KycData kycData(String id) {
        var row = row(id);
        Submission.Applicant a = applicantJson.read(row.applicantJson());
        return new KycData(id, row.applicationType(), a.name(), a.pan(), a.dateOfBirth(), a.gender(),
                a.fatherOrSpouseName(), a.email(), a.mobile(), a.address().line1(), a.address().city(),
                a.address().state(), a.address().pincode(), a.kycMode(), a.ipv());
    }

    /** Pending applications per assignee, for the given users; users without any are left out. */
    @Transactional(readOnly = true)
    public Map<String, Long> pendingCounts(Collection<String> usernames) {
        return applications.pendingCounts(usernames);
    }

    /** The ids of the applications waiting on a user's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<String> pendingAssignedTo(String username) {
        return applications.pendingAssignedTo(username);
    }

    @Transactional(readOnly = true)
    public String assigneeOf(String id) {
        return row(id).assignee();
    }

    /** Whether an application is in a viewer's scope (for surfaces that answer 404 outside it). */
    @Transactional(readOnly = true)
    public boolean inScope(String id, String viewer) {
        return applications.find(id).filter(row -> scope.includes(user(viewer), row)).isPresent();
    }

    /** Which of these applications are in a viewer's scope, in one query (for lists built elsewhere). */
    @Transactional(readOnly = true)
    public Set<String> inScope(Collection<String> ids, String viewer) {
        var visible = scope.of(user(viewer));
        return applications.findAll(ids).stream().filter(visible).map(InvestorApplications.Row::id)
                .collect(Collectors.toSet());
    }

    @Transactional
    public void assign(String id, String assignee, String actor) {
        var row = row(id);
        if (!Objects.equals(row.assignee(), assignee)) {
            applications.assign(id, assignee);
            history.record(id, actor, "ASSIGNED", row.assignee(), assignee, null);
        }
    }

    /** The review took longer than the SLA: the manager takes it over. */
    @Transactional
    public void escalate(String id, String manager, String detail) {
        var row = row(id);
        applications.markEscalated(id);
        applications.assign(id, manager);
        history.record(id, SYSTEM, "ESCALATED", row.assignee(), manager, detail);
        events.publishEvent(new ReviewEscalated(id, row.assignee(), manager, detail));
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
        decide(row, decision, reason, actor);
    }

    /** A decision the flow takes by itself, where classification sends an application straight to a bucket. */
    @Transactional
    public void recordAutomaticDecision(String id, Decision decision, String reason) {
        decide(row(id), decision, reason, SYSTEM);
    }

    @Transactional
    public void recordKraStatus(String id, KraStatus kraStatus) {
        var row = row(id);
        if (row.kraStatus() != kraStatus) {
            applications.updateKraStatus(id, kraStatus);
            history.record(id, SYSTEM, "KRA_STATUS", row.kraStatus().name(), kraStatus.name(), null);
        }
    }

    /** A draft was not resubmitted in time: it drops off, and its distributor is told. */
    @Transactional
    public void recordDropOff(String id, String detail) {
        var row = row(id);
        if (applications.dropOff(id, OffsetDateTime.now(clock))) {
            history.record(id, SYSTEM, "DROPPED_OFF", null, null, detail);
            events.publishEvent(new ApplicationDroppedOff(id, row.distributorArn()));
        }
    }

    /** The KRA kept the application under process too long: automatic polling ends here, a person takes over. */
    @Transactional
    public void recordKraPollingStopped(String id, String detail) {
        row(id);
        history.record(id, SYSTEM, "KRA_POLLING_STOPPED", null, null, detail);
    }

    /** The timeline, for the back office in scope; distributors and investors do not see it. */
    @Transactional(readOnly = true)
    public List<ApplicationHistory.Entry> history(String id, String viewer) {
        settings.require(Grant.HISTORY);
        backOfficeInScope(id, viewer);
        return history.of(id);
    }

    @Transactional(readOnly = true)
    public List<ApplicationNotes.Note> notes(String id, String viewer) {
        settings.require(Grant.NOTES);
        backOfficeInScope(id, viewer);
        return notes.of(id);
    }

    @Transactional
    public ApplicationNotes.Note addNote(String id, String author, String text) {
        settings.require(Grant.NOTES);
        backOfficeInScope(id, author);
        var note = notes.add(id, author, text);
        history.record(id, author, "NOTE_ADDED", null, null, null);
        return note;
    }

    /** A bulk action touched this application: its timeline names the bulk action, whatever the single one wrote. */
    @Transactional
    public void recordBulkAction(String id, String actor, String detail) {
        history.record(id, actor, "BULK_ACTION", null, null, detail);
    }

    private void decide(InvestorApplications.Row row, Decision decision, String reason, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!applications.decide(row.id(), decision.resultingStatus(), actor, reason, now)) {
            throw new ConflictException("Application " + row.id() + " is already decided");
        }
        history.record(row.id(), actor, "DECIDED", row.status().name(), decision.resultingStatus().name(), reason);
        events.publishEvent(new ApplicationDecided(row.id(), row.distributorArn(), decision.resultingStatus(), reason,
                actor, now));
    }

    private void storeDocuments(String id, Submission submission, List<byte[]> contents) {
        for (int i = 0; i < contents.size(); i++) {
            Submission.Document document = submission.documents().get(i);
            documents.store(id, document.type(), document.fileName(), document.contentType(), contents.get(i));
        }
    }

    private SubmittedApplication submitted(String id) {
        var stored = row(id);
        return new SubmittedApplication(id, stored.status(), stored.riskClass(), stored.assignee(), stored.kraStatus(),
                stored.submittedAt());
    }

    /** What a resubmission changed, in words a reviewer reads; PAN only masked. */
    private static String changes(InvestorApplications.Row before, Submission.Applicant after) {
        StringBuilder changed = new StringBuilder("corrected:");
        if (!before.applicantName().equals(after.name())) {
            changed.append(" name ").append(before.applicantName()).append(" -> ").append(after.name()).append(';');
        }
        if (!before.pan().equals(after.pan())) {
            changed.append(" PAN ").append(Pan.mask(before.pan())).append(" -> ").append(Pan.mask(after.pan())).append(';');
        }
        if (!before.dateOfBirth().equals(after.dateOfBirth())) {
            changed.append(" date of birth ").append(before.dateOfBirth()).append(" -> ").append(after.dateOfBirth())
                    .append(';');
        }
        return changed.append(" documents replaced").toString();
    }

    private void backOfficeInScope(String id, String viewer) {
        BackofficeUser user = user(viewer);
        if (!user.role().isBackOffice()) {
            throw new AccessDeniedException("Internal notes and history are for the back office");
        }
        rowInScope(id, user);
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

    private static String maskMobile(String mobile) {
        return mobile == null || mobile.length() < 4 ? mobile : "******" + mobile.substring(mobile.length() - 4);
    }

    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }
}
