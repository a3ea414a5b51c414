package io.backops.application;

import io.backops.application.internal.ApplicantJson;
import io.backops.application.internal.ApplicationNumbers;
import io.backops.application.internal.Classifier;
import io.backops.application.internal.InvestorApplications;
import io.backops.application.internal.SubmissionRules;
import io.backops.application.internal.Transitions;
import io.backops.document.Documents;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the channels send in: submissions and the corrections of drafts, each stored with its documents, classified
 * and handed to its flow in one transaction, so that one that fails any check leaves nothing behind.
 */
@Service
public class ApplicationIntake {

    private final InvestorApplications applications;
    private final Documents documents;
    private final ApplicationNumbers numbers;
    private final Transitions transitions;
    private final SubmissionRules rules;
    private final Classifier classifier;
    private final ApplicantJson applicantJson;
    private final UserManagement users;
    private final Clock clock = Clock.systemDefaultZone();

    ApplicationIntake(InvestorApplications applications, Documents documents, ApplicationNumbers numbers,
                      Transitions transitions,
                      SubmissionRules rules, Classifier classifier, ApplicantJson applicantJson, UserManagement users) {
        this.applications = applications;
        this.documents = documents;
        this.numbers = numbers;
        this.transitions = transitions;
        this.rules = rules;
        this.classifier = classifier;
        this.applicantJson = applicantJson;
        this.users = users;
    }

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
        transitions.publish(InvestorApplication.submitted(new ApplicationSubmitted(id, distributorArn,
                submission.applicationType(), classification.riskClass(), classification.rule(),
                classification.startingBucket(), submittedBy, now)));
        return submitted(id);
    }

    /**
     * Puts corrected data in place of a draft's and sends it back to review. Only its own channel may resubmit,
     * only a draft, only once per draft.
     */
    @Transactional
    public SubmittedApplication resubmit(String id, Submission submission, String actor) {
        BackofficeUser submitter = user(actor);
        var row = applications.find(id).orElseThrow(() -> new NotFoundException("No application " + id));
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
        // The data first: the flow, woken by the transition's event, prepares the review from it at once. A
        // transition the draft's state refuses rolls all of it back.
        applications.replaceApplicant(id, applicant.name(), applicant.pan(), applicant.dateOfBirth(),
                applicantJson.write(applicant), submission.applicationType(), submission.amc(),
                classification.riskClass(), classification.rule());
        documents.deleteAll(id);
        storeDocuments(id, submission, contents);
        transitions.apply(id, application -> application.resubmit(actor, changes(row, applicant),
                OffsetDateTime.now(clock)));
        return submitted(id);
    }

    private void storeDocuments(String id, Submission submission, List<byte[]> contents) {
        for (int i = 0; i < contents.size(); i++) {
            Submission.Document document = submission.documents().get(i);
            documents.store(id, document.type(), document.fileName(), document.contentType(), contents.get(i));
        }
    }

    private SubmittedApplication submitted(String id) {
        var stored = applications.find(id).orElseThrow();
        return new SubmittedApplication(id, stored.status(), stored.riskClass(), stored.assignee(), stored.kraStatus(),
                stored.submittedAt());
    }

    /**
     * What a resubmission changed, in words a reviewer reads: the fields, never their values. The timeline is
     * append-only (its hash chain), so what it says must be fit to outlive the personal data's erasure.
     */
    private static String changes(InvestorApplications.Row before, Submission.Applicant after) {
        StringBuilder changed = new StringBuilder("corrected:");
        if (!before.applicantName().equals(after.name())) {
            changed.append(" name;");
        }
        if (!before.pan().equals(after.pan())) {
            changed.append(" PAN;");
        }
        if (!before.dateOfBirth().equals(after.dateOfBirth())) {
            changed.append(" date of birth;");
        }
        return changed.append(" documents replaced").toString();
    }

    private BackofficeUser user(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }
}
