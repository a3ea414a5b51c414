package io.backops.demo;

import io.backops.application.ApplicationType;
import io.backops.application.Submission;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo applicants. The first of each PAN's four digits picks how the KRA simulator ends (1 registered, 7 validated,
 * 3 on hold, 4 rejected). Each brings a PAN card, a photo and an address proof of his or her own
 * ({@link SpecimenDocuments}).
 */
final class DemoApplications {

    private DemoApplications() {
    }

    static List<Submission> all(String distributorArn) {
        return List.of(
                applicant(distributorArn, "ASHA RAO", "ABCPR1234K", LocalDate.of(1990, 8, 15), "F", "RAMESH RAO"),
                applicant(distributorArn, "VIKRAM SINGH", "BCDPS7345L", LocalDate.of(1985, 1, 20), "M", "ARJUN SINGH"),
                applicant(distributorArn, "PRIYA NAIR", "CDEPN3456M", LocalDate.of(1978, 11, 2), "F", "SURESH NAIR"),
                applicant(distributorArn, "ANIL MEHTA", "DEFPM4567N", LocalDate.of(1969, 5, 30), "M", "KISHORE MEHTA"));
    }

    private static Submission applicant(String distributorArn, String name, String pan, LocalDate dateOfBirth,
                                        String gender, String fatherOrSpouseName) {
        String login = name.toLowerCase().replace(' ', '.');
        var applicant = new Submission.Applicant(name, pan, dateOfBirth, gender, fatherOrSpouseName,
                login + "@example.in", "98765" + pan.substring(5, 9) + "0", pan.substring(5, 9), null,
                "MARRIED", "IN", "RESIDENT", "PRIVATE_SECTOR", "5L_10L", "NO", "DIGILOCKER", true,
                new Submission.Address("12 MG Road", "", "PUNE", "MH", "411001", "IN"),
                new Submission.Bank("50100012345678", "HDFC0000123", name),
                new Submission.Fatca(false, "IN", "PUNE"),
                List.of(new Submission.Nominee("RAVI RAO", "SPOUSE", 100)), null, null);
        return new Submission(distributorArn, "Acme Mutual Fund", ApplicationType.NEW, applicant,
                new Submission.Checks(0.93, 0.98, "PASS", "CLEAR"),
                SpecimenDocuments.of(applicant));
    }
}
