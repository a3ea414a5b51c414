package io.backops.application;

import io.backops.application.internal.ApplicantJson;
import io.backops.application.internal.ApplicationHistory;
import io.backops.application.internal.ApplicationNotes;
import io.backops.application.internal.InvestorApplications;
import io.backops.application.internal.ScopeRule;
import io.backops.document.Documents;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.NotFoundException;
import io.backops.shared.Pan;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading applications and their timeline, always within the reader's scope: outside it, an application does not
 * exist. Commands live in {@link ApplicationIntake} (the channels) and {@link ApplicationLifecycle} (the flow and
 * the back office).
 */
@Service
public class ApplicationManagement {

    /** The actor of what the system does by itself (classification, escalation, KRA updates). */
    public static final String SYSTEM = Actor.SYSTEM.username();

    private final InvestorApplications applications;
    private final Documents documents;
    private final ScopeRule scope;
    private final ApplicationHistory history;
    private final ApplicationNotes notes;
    private final ApplicantJson applicantJson;
    private final UserManagement users;
    private final Settings settings;
    private final ApplicationDeadlines deadlines;

    ApplicationManagement(InvestorApplications applications, Documents documents, ScopeRule scope,
                          ApplicationHistory history,
                          ApplicationNotes notes, ApplicantJson applicantJson, UserManagement users,
                          Settings settings, ApplicationDeadlines deadlines) {
        this.applications = applications;
        this.documents = documents;
        this.scope = scope;
        this.history = history;
        this.notes = notes;
        this.applicantJson = applicantJson;
        this.users = users;
        this.settings = settings;
        this.deadlines = deadlines;
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
        var aggregate = applications.load(id).orElseThrow();
        return new ApplicationView(row.id(), row.status(), row.kraStatus(), row.riskClass(),
                backOffice ? row.riskRule() : null, backOffice ? row.assignee() : null, row.escalated(),
                row.distributorArn(), row.amc(), row.applicationType(), row.submittedAt(),
                new ApplicationView.Applicant(applicant.name(), Pan.mask(applicant.pan()), applicant.dateOfBirth(),
                        applicant.email(), maskMobile(applicant.mobile()), applicant.aadhaarLast4()),
                documents, decision, backOffice ? ApplicationView.ApprovalView.of(aggregate.approval()) : null,
                backOffice ? ApplicationView.ReversalView.of(aggregate.reversal()) : null,
                backOffice ? deadlines.of(id) : null);
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

    /** What the review form shows of an application (PAN masked). */
    @Transactional(readOnly = true)
    public ReviewFacts reviewFacts(String id) {
        var row = row(id);
        return new ReviewFacts(id, row.applicantName(), Pan.mask(row.pan()), row.distributorArn(),
                documents.of(id).size());
    }

    /** What a KRA upload carries; for the KRA push only. */
    @Transactional(readOnly = true)
    public KycData kycData(String id) {
        var row = row(id);
        Submission.Applicant a = applicantJson.read(row.applicantJson());
        return new KycData(id, row.applicationType(), a.name(), a.pan(), a.dateOfBirth(), a.gender(),
                a.fatherOrSpouseName(), a.email(), a.mobile(), a.address().line1(), a.address().city(),
                a.address().state(), a.address().pincode(), a.kycMode(), a.ipv());
    }

    /** The decision waiting for a checker, if one is (for the approval task's form and candidates). */
    @Transactional(readOnly = true)
    public java.util.Optional<InvestorApplication.PendingApproval> pendingApproval(String id) {
        return applications.load(id).map(InvestorApplication::approval);
    }

    /** The aggregate, for the lifecycle's checks that change nothing. */
    InvestorApplication load(String id) {
        return applications.load(id).orElseThrow(() -> new NotFoundException("No application " + id));
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

    /** The viewer's scope, for queries built elsewhere (reports, dashboards). */
    @Transactional(readOnly = true)
    public ApplicationScope scopeOf(String viewer) {
        return scope.of(user(viewer));
    }

    /** Whether an application is in a viewer's scope. */
    @Transactional(readOnly = true)
    public boolean inScope(String id, String viewer) {
        var visible = scope.of(user(viewer));
        return applications.find(id).filter(row -> includes(visible, row)).isPresent();
    }

    /** Every surface's answer outside the scope: the application does not exist (404), whether it exists or not. */
    @Transactional(readOnly = true)
    public void requireInScope(String id, String viewer) {
        if (!inScope(id, viewer)) {
            throw new NotFoundException("No application " + id);
        }
    }

    /** Which of these applications are in a viewer's scope, in one query (for lists built elsewhere). */
    @Transactional(readOnly = true)
    public Set<String> inScope(Collection<String> ids, String viewer) {
        var visible = scope.of(user(viewer));
        return applications.findAll(ids).stream().filter(row -> includes(visible, row))
                .map(InvestorApplications.Row::id).collect(Collectors.toSet());
    }

    /** The timeline, for the back office in scope; distributors and investors do not see it. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> history(String id, String viewer) {
        settings.require(Grant.HISTORY);
        backOfficeInScope(id, viewer);
        return history.of(id);
    }

    @Transactional(readOnly = true)
    public List<Note> notes(String id, String viewer) {
        settings.require(Grant.NOTES);
        backOfficeInScope(id, viewer);
        return notes.of(id);
    }

    @Transactional
    public Note addNote(String id, String author, String text) {
        settings.require(Grant.NOTES);
        backOfficeInScope(id, author);
        var note = notes.add(id, author, text);
        record(id, new TimelineEntry(note.at(), author, TimelineEvent.NOTE_ADDED, null, null, null));
        return note;
    }

    /** A bulk action touched this application: its timeline names the bulk action, whatever the single one wrote. */
    @Transactional
    public void recordBulkAction(String id, String actor, String detail) {
        record(id, new TimelineEntry(java.time.OffsetDateTime.now(), actor, TimelineEvent.BULK_ACTION, null, null,
                detail));
    }

    /** A timeline entry that is no transition of the aggregate's (a note, polling given up). */
    @Transactional
    void record(String id, TimelineEntry entry) {
        history.record(id, entry);
    }

    private static boolean includes(ApplicationScope scope, InvestorApplications.Row row) {
        return scope.includes(row.assignee(), row.distributorArn(), row.submittedBy());
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
        if (!includes(scope.of(user), row)) {
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
