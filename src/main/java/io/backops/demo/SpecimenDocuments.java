package io.backops.demo;

import io.backops.application.Submission;
import java.util.Base64;
import java.util.List;

/**
 * The documents a demo applicant submits, made at the demo's first start: a PAN card (PNG), a passport photo (JPEG)
 * and an address proof (PDF), each with the applicant's own details and marked "SPECIMEN". They pass the same content
 * checks as any upload.
 */
final class SpecimenDocuments {

    private SpecimenDocuments() {
    }

    static List<Submission.Document> of(Submission.Applicant applicant) {
        String login = applicant.name().toLowerCase().replace(' ', '-');
        var address = applicant.address();
        List<String> addressLines = List.of(address.line1(),
                address.city() + " " + address.pincode(), stateName(address.state()) + ", India");
        return List.of(
                document("PAN_CARD", "pan-card-" + login + ".png", "image/png",
                        SpecimenImages.panCard(applicant.name(), applicant.fatherOrSpouseName(),
                                applicant.dateOfBirth(), applicant.pan())),
                document("PHOTO", "photo-" + login + ".jpg", "image/jpeg",
                        SpecimenImages.passportPhoto(applicant.name())),
                document("ADDRESS_PROOF", "electricity-bill-" + login + ".pdf", "application/pdf",
                        SpecimenAddressProof.electricityBill(applicant.name(),
                                "1700" + applicant.pan().substring(5, 9) + "21", addressLines)));
    }

    private static Submission.Document document(String type, String fileName, String contentType, byte[] content) {
        return new Submission.Document(type, fileName, contentType, Base64.getEncoder().encodeToString(content));
    }

    private static String stateName(String code) {
        return switch (code) {
            case "MH" -> "Maharashtra";
            case "KA" -> "Karnataka";
            case "DL" -> "Delhi";
            default -> code;
        };
    }
}
