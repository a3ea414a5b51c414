package io.backops.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.backops.application.ApplicationStatus;
import io.backops.application.RiskClass;
import io.backops.application.Submission;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final Classifier classifier = new Classifier(riskClass -> Map.of(RiskClass.SAFE, ApplicationStatus.ACCEPTED,
            RiskClass.RISKY, ApplicationStatus.REJECTED).getOrDefault(riskClass, ApplicationStatus.PENDING));

    @ParameterizedTest(name = "{0} {1} {2} {3} -> {4}")
    @CsvSource({
            "0.93, 0.98, PASS, CLEAR, SAFE, all checks passed",
            "0.93, 0.98, PASS, HIT, RISKY, AML screening hit",
            "0.93, 0.98, FAIL, CLEAR, RISKY, document forensics failed",
            "0.40, 0.98, PASS, CLEAR, RISKY, face match 0.4 below 0.6",
            "0.93, 0.50, PASS, CLEAR, RISKY, name match 0.5 below 0.6",
            "0.93, 0.98, PASS, REVIEW, UNCERTAIN, AML screening needs review",
            "0.93, 0.98, REVIEW, CLEAR, UNCERTAIN, document forensics needs review",
            "0.70, 0.98, PASS, CLEAR, UNCERTAIN, face match 0.7 below 0.85",
            "0.93, 0.80, PASS, CLEAR, UNCERTAIN, name match 0.8 below 0.9"})
    void checksDecideTheClassAndTheRuleIsKept(double face, double name, String forensics, String aml,
                                               RiskClass expected, String rule) {
        var result = classifier.classify(applicant("NO", LocalDate.of(1990, 1, 1)),
                new Submission.Checks(face, name, forensics, aml), TODAY);

        assertThat(result.riskClass()).isEqualTo(expected);
        assertThat(result.rule()).isEqualTo(rule);
    }

    @Test
    void theApplicantsDataCanMakeItUncertain() {
        var checks = new Submission.Checks(0.93, 0.98, "PASS", "CLEAR");
        assertThat(classifier.classify(applicant("YES", LocalDate.of(1990, 1, 1)), checks, TODAY).rule())
                .isEqualTo("politically exposed person");
        assertThat(classifier.classify(applicant("NO", LocalDate.of(1940, 1, 1)), checks, TODAY).rule())
                .isEqualTo("applicant aged 86");
        assertThat(classifier.classify(applicant("NO", LocalDate.of(1990, 1, 1)), null, TODAY).riskClass())
                .isEqualTo(RiskClass.UNCERTAIN);
    }

    @Test
    void eachClassStartsInItsConfiguredBucket() {
        var checks = new Submission.Checks(0.93, 0.98, "PASS", "CLEAR");
        assertThat(classifier.classify(applicant("NO", LocalDate.of(1990, 1, 1)), checks, TODAY).startingBucket())
                .isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(classifier.classify(applicant("YES", LocalDate.of(1990, 1, 1)), checks, TODAY).startingBucket())
                .as("unconfigured classes are reviewed").isEqualTo(ApplicationStatus.PENDING);
    }

    private static Submission.Applicant applicant(String politicallyExposed, LocalDate dateOfBirth) {
        return new Submission.Applicant("ASHA RAO", "ABCPR1234K", dateOfBirth, "F", "RAMESH RAO", "a@example.in",
                "9876543210", "9012", null, null, "IN", "RESIDENT", null, null, politicallyExposed, "DIGILOCKER", true,
                new Submission.Address("12 MG Road", null, "PUNE", "MH", "411001", "IN"), null, null,
                List.of(new Submission.Nominee("RAVI RAO", "SPOUSE", 100)), null, null);
    }
}
