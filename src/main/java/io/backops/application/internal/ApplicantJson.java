package io.backops.application.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.application.Submission;
import org.springframework.stereotype.Component;

/** The applicant's data as stored (JSON in {@code investor_application.applicant}), full Aadhaar never included. */
@Component
public class ApplicantJson {

    private final ObjectMapper json;

    ApplicantJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Submission.Applicant applicant) {
        try {
            return json.writeValueAsString(applicant.withoutFullAadhaar());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an applicant", e);
        }
    }

    public Submission.Applicant read(String stored) {
        try {
            return json.readValue(stored, Submission.Applicant.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored applicant is unreadable", e);
        }
    }
}
