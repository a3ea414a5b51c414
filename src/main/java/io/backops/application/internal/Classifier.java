package io.backops.application.internal;

import io.backops.application.ApplicationStatus;
import io.backops.application.RiskClass;
import io.backops.application.Submission;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * Rules over the upstream checks and the applicant's data, strictest first; the first that fires decides the class
 * and is recorded with it, so a reviewer sees why.
 */
@Component
public class Classifier {

    static final double RISKY_MATCH = 0.60;
    static final double FACE_MATCH_UNCERTAIN = 0.85;
    static final double NAME_MATCH_UNCERTAIN = 0.90;
    static final int ELDERLY_AGE = 80;

    private final StartingBuckets buckets;

    Classifier(StartingBuckets buckets) {
        this.buckets = buckets;
    }

    public Classification classify(Submission.Applicant applicant, Submission.Checks checks, LocalDate today) {
        if (checks == null) {
            return uncertain("no verification checks were sent");
        }
        if ("HIT".equals(checks.aml())) {
            return risky("AML screening hit");
        }
        if ("FAIL".equals(checks.documentForensics())) {
            return risky("document forensics failed");
        }
        if (below(checks.faceMatch(), RISKY_MATCH)) {
            return risky("face match " + checks.faceMatch() + " below " + RISKY_MATCH);
        }
        if (below(checks.nameMatch(), RISKY_MATCH)) {
            return risky("name match " + checks.nameMatch() + " below " + RISKY_MATCH);
        }
        if (checks.aml() == null || "REVIEW".equals(checks.aml())) {
            return uncertain("AML screening needs review");
        }
        if (checks.documentForensics() == null || "REVIEW".equals(checks.documentForensics())) {
            return uncertain("document forensics needs review");
        }
        if (checks.faceMatch() == null || checks.faceMatch() < FACE_MATCH_UNCERTAIN) {
            return uncertain("face match " + checks.faceMatch() + " below " + FACE_MATCH_UNCERTAIN);
        }
        if (checks.nameMatch() == null || checks.nameMatch() < NAME_MATCH_UNCERTAIN) {
            return uncertain("name match " + checks.nameMatch() + " below " + NAME_MATCH_UNCERTAIN);
        }
        if (applicant.politicallyExposed() != null && !"NO".equals(applicant.politicallyExposed())) {
            return uncertain("politically exposed person");
        }
        int age = Period.between(applicant.dateOfBirth(), today).getYears();
        if (age < 18) {
            return uncertain("minor, through a guardian");
        }
        if (age >= ELDERLY_AGE) {
            return uncertain("applicant aged " + age);
        }
        return of(RiskClass.SAFE, "all checks passed");
    }

    private static boolean below(Double score, double threshold) {
        return score != null && score < threshold;
    }

    private Classification risky(String rule) {
        return of(RiskClass.RISKY, rule);
    }

    private Classification uncertain(String rule) {
        return of(RiskClass.UNCERTAIN, rule);
    }

    private Classification of(RiskClass riskClass, String rule) {
        return new Classification(riskClass, rule, buckets.of(riskClass));
    }

    public record Classification(RiskClass riskClass, String rule, ApplicationStatus startingBucket) {
    }
}
