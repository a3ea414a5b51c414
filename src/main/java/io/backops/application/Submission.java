package io.backops.application;

import io.backops.shared.Pan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/applications} (docs/api.md, "Submitting an application") with the field rules that need no other
 * data. Rules that do (minors need a guardian, the distributor exists, document bytes) are checked by
 * {@link ApplicationManagement}.
 */
public record Submission(
        @Pattern(regexp = "^ARN-[0-9]{1,8}$", message = "must be 'ARN-' followed by digits") String distributor,
        @NotBlank @Size(max = 200) String amc,
        @NotNull ApplicationType applicationType,
        @NotNull @Valid Applicant applicant,
        @Valid Checks checks,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Document> documents) {

    public record Applicant(
            @NotBlank @Size(max = 99) String name,
            @NotNull @Pattern(regexp = "^[A-Z]{5}[0-9]{4}[A-Z]$", message = "must be 5 capital letters, 4 digits, 1 capital letter") String pan,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @NotNull @Pattern(regexp = "M|F|T", message = "must be M, F or T") String gender,
            @NotBlank @Size(max = 99) String fatherOrSpouseName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = "^[0-9]{10}$", message = "must be 10 digits") String mobile,
            @Pattern(regexp = "^[0-9]{4}$", message = "must be 4 digits") String aadhaarLast4,
            @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String aadhaar,
            String maritalStatus, String nationality, String residentialStatus, String occupation, String incomeSlab,
            String politicallyExposed,
            @NotBlank String kycMode,
            boolean ipv,
            @NotNull @Valid Address address,
            @Valid Bank bank,
            @Valid Fatca fatca,
            List<@Valid Nominee> nominees,
            Boolean nominationOptOut,
            @Valid Guardian guardian) {

        @AssertTrue(message = "PAN of an individual has P as its fourth letter")
        public boolean isPanOfIndividual() {
            return pan == null || pan.length() < 4 || pan.charAt(3) == 'P';
        }

        @AssertTrue(message = "nominee shares must add up to 100, or nominationOptOut must be true")
        public boolean isNominationComplete() {
            if (Boolean.TRUE.equals(nominationOptOut)) {
                return nominees == null || nominees.isEmpty();
            }
            return nominees != null && !nominees.isEmpty()
                    && nominees.stream().mapToInt(n -> n.share() == null ? 0 : n.share()).sum() == 100;
        }

        /** The last four digits, taken from a full number when one was sent: the full number goes no further. */
        public String lastFourOfAadhaar() {
            if (aadhaar != null && aadhaar.length() >= 4) {
                return aadhaar.substring(aadhaar.length() - 4);
            }
            return aadhaarLast4;
        }

        /** The same applicant with the full Aadhaar number dropped, as it may be stored. */
        public Applicant withoutFullAadhaar() {
            return new Applicant(name, pan, dateOfBirth, gender, fatherOrSpouseName, email, mobile, lastFourOfAadhaar(),
                    null, maritalStatus, nationality, residentialStatus, occupation, incomeSlab, politicallyExposed,
                    kycMode, ipv, address, bank, fatca, nominees, nominationOptOut, guardian);
        }

        @Override
        public String toString() {
            // Records print every field; this one holds PAN and Aadhaar, so it prints neither.
            return "Applicant[" + Pan.mask(pan) + "]";
        }
    }

    public record Address(@NotBlank @Size(max = 100) String line1, @Size(max = 100) String line2,
                          @NotBlank @Size(max = 50) String city, @NotBlank @Size(max = 50) String state,
                          @NotNull @Pattern(regexp = "^[0-9]{6}$", message = "must be 6 digits") String pincode,
                          @Size(max = 2) String country) {
    }

    public record Bank(@Pattern(regexp = "^[0-9]{9,18}$", message = "must be 9 to 18 digits") String accountNumber,
                       @Pattern(regexp = "^[A-Z]{4}0[A-Z0-9]{6}$", message = "must be a valid IFSC") String ifsc,
                       @Size(max = 100) String holderName) {
        @Override
        public String toString() {
            return "Bank[" + ifsc + "]";
        }
    }

    public record Fatca(boolean taxResidentOtherCountry, @Size(max = 2) String birthCountry,
                        @Size(max = 50) String birthPlace) {
    }

    public record Nominee(@NotBlank @Size(max = 99) String name, @NotBlank String relationship,
                          @NotNull @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100) Integer share) {
    }

    public record Guardian(@NotBlank @Size(max = 99) String name,
                           @Pattern(regexp = "^[A-Z]{5}[0-9]{4}[A-Z]$", message = "must be a valid PAN") String pan,
                           @NotBlank String relationship) {
        @Override
        public String toString() {
            return "Guardian[" + Pan.mask(pan) + "]";
        }
    }

    public record Checks(@DecimalMin("0") @DecimalMax("1") Double faceMatch,
                         @DecimalMin("0") @DecimalMax("1") Double nameMatch,
                         @Pattern(regexp = "PASS|FAIL|REVIEW") String documentForensics,
                         @Pattern(regexp = "CLEAR|HIT|REVIEW") String aml) {
    }

    public record Document(
            @NotNull @Pattern(regexp = "PAN_CARD|ADDRESS_PROOF|PHOTO|SIGNATURE", message = "must be PAN_CARD, ADDRESS_PROOF, PHOTO or SIGNATURE") String type,
            @NotBlank @Size(max = 255) @Pattern(regexp = "^[^/\\\\\\p{Cntrl}]+$",
                    message = "must be a plain file name (no folders, no line breaks or other control characters)")
            String fileName,
            @NotNull @Pattern(regexp = "image/jpeg|image/png|application/pdf", message = "must be image/jpeg, image/png or application/pdf") String contentType,
            @NotBlank String content) {
        @Override
        public String toString() {
            return "Document[" + type + ", " + fileName + "]";
        }
    }
}
