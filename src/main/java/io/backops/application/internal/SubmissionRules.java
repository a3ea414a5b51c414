package io.backops.application.internal;

import io.backops.application.Submission;
import io.backops.distribution.DistributorManagement;
import io.backops.document.DocumentInspection;
import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import io.backops.shared.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The submission rules (docs/api.md, "Submitting an application") that need more than one field or other data, for
 * first submissions and resubmitted drafts alike; every failing field is named at once.
 */
@Component
public class SubmissionRules {

    private static final int ADULT_AGE = 18;

    private final DistributorManagement distributors;
    private final DocumentInspection inspection;
    private final Clock clock = Clock.systemDefaultZone();

    SubmissionRules(DistributorManagement distributors, DocumentInspection inspection) {
        this.distributors = distributors;
        this.inspection = inspection;
    }

    /**
     * The channel a submission comes through: implied for a distributor and for an investor (the distributor he came
     * through), named by an admin submitting on behalf.
     */
    public String distributorOf(Submission submission, BackofficeUser submitter) {
        if (submitter.role() == Role.DISTRIBUTOR || submitter.role() == Role.INVESTOR) {
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

    /** Checks what one field cannot tell; answers the documents' bytes, in the order they came. */
    public List<byte[]> check(Submission submission, String distributorArn) {
        Map<String, String> errors = new LinkedHashMap<>();
        distributors.find(distributorArn).ifPresentOrElse(
                distributor -> {
                    if (!distributor.enabled()) {
                        errors.put("distributor", "is disabled and cannot submit applications");
                    }
                },
                () -> errors.put("distributor", "is not a known distributor"));
        if (isMinor(submission.applicant().dateOfBirth()) && submission.applicant().guardian() == null) {
            errors.put("applicant.guardian", "is required for a minor");
        }
        List<byte[]> contents = new ArrayList<>();
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
            } else {
                // Named by its type too, so that a submitter with four files sees at once which one is refused.
                inspection.problemWith(document.contentType(), bytes)
                        .ifPresent(problem -> errors.put(field, document.type() + " " + problem));
            }
            contents.add(bytes);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return contents;
    }

    boolean isMinor(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, LocalDate.now(clock)).getYears() < ADULT_AGE;
    }
}
