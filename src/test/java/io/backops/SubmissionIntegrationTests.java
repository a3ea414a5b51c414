package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** docs/api.md, "Submitting an application": a bad submission names every failing field and leaves nothing behind. */
class SubmissionIntegrationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void validSubmissionAnswers201WithLocation() {
        var response = post(ADMIN, "/api/applications", Submissions.valid(DISTRIBUTOR_ARN, freshPan('1')));

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        JsonNode body = read(response);
        assertThat(response.getHeaders().getLocation()).hasPath("/api/applications/" + body.get("id").asText());
        assertThat(body.get("submittedAt").asText()).matches(".*(Z|[+-]\\d\\d:\\d\\d)$");
        assertThat(TEAM.contains(body.get("assignee").asText()) || OUTSIDER.equals(body.get("assignee").asText())).isTrue();
    }

    @Test
    void everyFailingFieldIsNamedAndNothingIsStored() {
        long before = applications();
        var submission = Submissions.valid(DISTRIBUTOR_ARN, "ABCDE1234");
        var applicant = Submissions.applicant(submission);
        applicant.put("mobile", "12345");
        applicant.put("email", "not-an-email");
        applicant.put("name", "");
        applicant.put("dateOfBirth", "2999-01-01");
        applicant.put("nominees", List.of(Map.of("name", "X", "relationship", "SPOUSE", "share", 60)));
        @SuppressWarnings("unchecked")
        var address = (Map<String, Object>) applicant.get("address");
        address.put("pincode", "41100");

        var response = post(ADMIN, "/api/applications", submission);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(read(response).get("errors")).extracting(error -> error.get("field").asText())
                .contains("applicant.pan", "applicant.mobile", "applicant.email", "applicant.name",
                        "applicant.dateOfBirth", "applicant.address.pincode", "applicant.nominationComplete");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void panOfANonIndividualIsRefused() {
        var response = post(ADMIN, "/api/applications", Submissions.valid(DISTRIBUTOR_ARN, "ABCCR1234K"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("applicant.panOfIndividual");
    }

    @Test
    void documentWhoseBytesAreNotItsTypeIsRefused() {
        long before = applications();
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        String notAJpeg = Base64.getEncoder().encodeToString("MZ this is an executable".getBytes());
        submission.put("documents", List.of(Submissions.document("PHOTO", "photo.jpg", "image/jpeg", notAJpeg),
                Submissions.document("PAN_CARD", "pan.png", "image/png", Submissions.PDF)));

        var response = post(ADMIN, "/api/applications", submission);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(read(response).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("documents[0].content", "documents[1].content");
        assertThat(applications()).isEqualTo(before);
    }

    @Test
    void documentOverTwoMegabytesIsRefused() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        submission.put("documents", List.of(Submissions.document("PAN_CARD", "pan.pdf", "application/pdf",
                Base64.getEncoder().encodeToString(big))));

        var response = post(ADMIN, "/api/applications", submission);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("larger than 2 MB");
    }

    @Test
    void minorWithoutGuardianIsRefused() {
        var submission = Submissions.valid(DISTRIBUTOR_ARN, freshPan('1'));
        Submissions.applicant(submission).put("dateOfBirth", java.time.LocalDate.now().minusYears(10).toString());

        var response = post(ADMIN, "/api/applications", submission);

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("applicant.guardian");
    }

    @Test
    void unknownOrDisabledDistributorIsRefused() {
        var response = post(ADMIN, "/api/applications", Submissions.valid("ARN-99999999", freshPan('1')));

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).contains("\"field\":\"distributor\"");
    }

    @Test
    void malformedJsonIsA400WithoutEchoingTheInput() {
        var response = post(ADMIN, "/api/applications", "{\"applicant\": {\"pan\": \"<script>\"");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).doesNotContain("<script>");
    }

    @Test
    void fullAadhaarIsReducedToItsLastFourDigitsBeforeStoring() {
        String pan = freshPan('1');
        var submission = Submissions.valid(DISTRIBUTOR_ARN, pan);
        Submissions.applicant(submission).remove("aadhaarLast4");
        Submissions.applicant(submission).put("aadhaar", "123456789012");

        JsonNode submitted = submit(submission);

        String id = submitted.get("id").asText();
        String stored = jdbc.sql("select applicant from investor_application where id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).doesNotContain("123456789012").contains("\"aadhaarLast4\":\"9012\"");
        JsonNode view = application(id);
        assertThat(view.at("/applicant/aadhaarLast4").asText()).isEqualTo("9012");
        assertThat(view.at("/applicant/maskedPan").asText()).isEqualTo("******" + pan.substring(6));
        assertThat(view.toString()).doesNotContain(pan);
    }

    private long applications() {
        return jdbc.sql("select count(*) from investor_application").query(Long.class).single();
    }
}
