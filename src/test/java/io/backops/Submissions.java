package io.backops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Submission bodies as API clients send them (docs/api.md), as mutable maps so tests can break them. */
public final class Submissions {

    public static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
    public static final String PDF = Base64.getEncoder().encodeToString(pdfBytes());

    private Submissions() {
    }

    public static Map<String, Object> valid(String distributorArn, String pan) {
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("name", "ASHA RAO");
        applicant.put("pan", pan);
        applicant.put("dateOfBirth", "1990-08-15");
        applicant.put("gender", "F");
        applicant.put("fatherOrSpouseName", "RAMESH RAO");
        applicant.put("email", "asha@example.in");
        applicant.put("mobile", "9876543210");
        applicant.put("aadhaarLast4", "9012");
        applicant.put("kycMode", "DIGILOCKER");
        applicant.put("ipv", true);
        applicant.put("address", new HashMap<>(Map.of("line1", "12 MG Road", "city", "PUNE", "state", "MH",
                "pincode", "411001", "country", "IN")));
        applicant.put("bank", Map.of("accountNumber", "50100012345678", "ifsc", "HDFC0000123", "holderName", "ASHA RAO"));
        applicant.put("nominees", List.of(Map.of("name", "RAVI RAO", "relationship", "SPOUSE", "share", 100)));

        Map<String, Object> submission = new HashMap<>();
        submission.put("distributor", distributorArn);
        submission.put("amc", "Acme Mutual Fund");
        submission.put("applicationType", "NEW");
        submission.put("applicant", applicant);
        submission.put("checks", Map.of("faceMatch", 0.93, "nameMatch", 0.98, "documentForensics", "PASS", "aml", "CLEAR"));
        submission.put("documents", new ArrayList<>(List.of(
                document("PAN_CARD", "pan.pdf", "application/pdf", PDF),
                document("PHOTO", "photo.png", "image/png", PNG))));
        return submission;
    }

    /** A one-page PDF that opens. */
    public static byte[] pdfBytes() {
        return pdfBytes("");
    }

    /** A one-page PDF with more entries in its catalog (an open action, say). */
    public static byte[] pdfBytes(String catalogEntries) {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R" + catalogEntries + ">>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static Map<String, Object> document(String type, String fileName, String contentType, String content) {
        return new HashMap<>(Map.of("type", type, "fileName", fileName, "contentType", contentType, "content", content));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> applicant(Map<String, Object> submission) {
        return (Map<String, Object>) submission.get("applicant");
    }
}
