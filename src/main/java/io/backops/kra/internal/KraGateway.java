package io.backops.kra.internal;

import static io.backops.kra.KraCallOutcome.ERROR;
import static io.backops.kra.KraCallOutcome.OK;
import static io.backops.kra.KraCallOutcome.REJECTED;
import static io.backops.kra.KraOperation.INQUIRE;
import static io.backops.kra.KraOperation.STATUS;
import static io.backops.kra.KraOperation.UPLOAD;

import io.backops.application.ApplicationType;
import io.backops.application.KycData;
import io.backops.kra.KraIntegration;
import io.backops.kra.KraOperation;
import io.backops.kra.KraOutcome;
import io.backops.kra.KraSubmissions;
import io.backops.kra.KraUnavailableException;
import io.backops.shared.KraStatus;
import io.backops.shared.Pan;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inquire, then upload only when needed; record every call. */
@Service
class KraGateway implements KraSubmissions {

    private static final Logger log = LoggerFactory.getLogger(KraGateway.class);
    private static final DateTimeFormatter KRA_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String UPLOAD_ACCEPTED = "ERR-00000";

    private final KraAgencies agencies;
    private final KraPriority priority;
    private final KraRecords records;

    KraGateway(KraAgencies agencies, KraPriority priority, KraRecords records) {
        this.agencies = agencies;
        this.priority = priority;
        this.records = records;
    }

    @Override
    @Transactional
    public KraOutcome push(KycData application, String triggeredBy) {
        String id = application.applicationId();
        Inquiry inquiry = inquire(application, triggeredBy);
        String appStatus = String.valueOf(inquiry.answer().get("APP_STATUS"));
        records.recordAttempt(id, inquiry.agency().name(), triggeredBy, INQUIRE, OK, appStatus, null);

        if (appStatus.endsWith("05")) {
            return upload(inquiry.agency(), application, triggeredBy);
        }
        var holder = agencies.holding(appStatus);
        if (holder.isPresent() && id.equals(inquiry.answer().get("APP_NO"))) {
            // An earlier attempt landed (its answer was lost): adopt it instead of uploading twice.
            var outcome = new KraOutcome(KraCodes.status(appStatus), (String) inquiry.answer().get("APP_ACK_NO"),
                    appStatus, "Found our earlier upload at the KRA");
            save(holder.get().name(), application, outcome);
            return outcome;
        }
        var outcome = new KraOutcome(KraStatus.FAILED, null, appStatus,
                "PAN is held at KRA " + KraCodes.holder(appStatus) + " with status " + appStatus
                        + "; not uploaded, needs a person");
        save(inquiry.agency().name(), application, outcome);
        return outcome;
    }

    /**
     * Asks the KRAs in turn (see {@link KraAgencies#forPush}) until one answers; a KRA that does not answer is
     * recorded and skipped, so the first available one takes a new record. None answering is a transient failure.
     */
    private Inquiry inquire(KycData application, String triggeredBy) {
        String id = application.applicationId();
        List<String> failures = new ArrayList<>();
        for (KraAgency agency : agencies.forPush(priority.current(), records.uploadedTo(id))) {
            try {
                return new Inquiry(agency, agency.client().panStatus(List.of(application.pan())).get(0));
            } catch (KraUnavailableException e) {
                records.recordAttempt(id, agency.name(), triggeredBy, INQUIRE, ERROR, null, e.getMessage());
                failures.add(e.getMessage());
            }
        }
        throw new KraUnavailableException(failures.isEmpty()
                ? "No configured KRA in the priority " + priority.current()
                : "No KRA answered: " + String.join("; ", failures));
    }

    private record Inquiry(KraAgency agency, Map<String, Object> answer) {
    }

    @Override
    @Transactional
    public KraOutcome poll(String applicationId, String triggeredBy) {
        var submission = records.find(applicationId)
                .filter(s -> s.ackNumber() != null)
                .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " was not uploaded"));
        var agency = agencies.byName(submission.kra()).orElseThrow(() -> new IllegalStateException(
                "Application " + applicationId + " is at " + submission.kra() + ", which is no longer configured"));
        var envelope = call(agency, applicationId, triggeredBy, STATUS,
                () -> agency.client().statusByAck(submission.ackNumber()));
        if (!envelope.succeeded()) {
            records.recordAttempt(applicationId, agency.name(), triggeredBy, STATUS, ERROR, envelope.errorCode(),
                    envelope.errorMessage());
            throw new KraUnavailableException("KRA has no status for our acknowledgement: " + envelope.errorCode());
        }
        @SuppressWarnings("unchecked")
        var details = (Map<String, Object>) envelope.details();
        String appStatus = String.valueOf(details.get("APP_STATUS"));
        String reason = (String) details.get("APP_HOLD_REJ_REASON");
        records.recordAttempt(applicationId, agency.name(), triggeredBy, STATUS, OK, appStatus, reason);
        var outcome = new KraOutcome(KraCodes.status(appStatus), submission.ackNumber(), appStatus, reason);
        records.save(new KraRecords.Submission(applicationId, submission.kra(), submission.pan(),
                submission.ackNumber(), outcome.status(), reason));
        return outcome;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KraIntegration> integration(String applicationId) {
        var attempts = records.attempts(applicationId);
        var row = records.find(applicationId);
        if (row.isPresent()) {
            return Optional.of(integrationOf(row.get(), attempts));
        }
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        // Calls were made but none got as far as a record (the KRA did not answer): they are the whole story so far.
        var last = attempts.get(attempts.size() - 1);
        return Optional.of(new KraIntegration(applicationId, last.kra(), KraStatus.NOT_PUSHED, null, null, last.at(),
                attempts));
    }

    @Override
    @Transactional(readOnly = true)
    public List<KraIntegration> integrations(String kra, KraStatus status, int limit) {
        return records.latest(kra, status, limit).stream().map(row -> integrationOf(row, List.of())).toList();
    }

    private static KraIntegration integrationOf(KraRecords.Submission row, List<KraIntegration.Attempt> attempts) {
        return new KraIntegration(row.applicationId(), row.kra(), row.status(), row.ackNumber(), row.reason(),
                row.updatedAt(), attempts);
    }

    private KraOutcome upload(KraAgency agency, KycData application, String triggeredBy) {
        String id = application.applicationId();
        Map<String, Object> result = call(agency, id, triggeredBy, UPLOAD,
                () -> agency.client().upload(kycRecord(agency, application)));
        String code = String.valueOf(result.get("APP_STATUS"));
        if (UPLOAD_ACCEPTED.equals(code)) {
            String ack = String.valueOf(result.get("APP_ACK_NO"));
            records.recordAttempt(id, agency.name(), triggeredBy, UPLOAD, OK, code, "Acknowledgement " + ack);
            var outcome = new KraOutcome(KraStatus.UNDER_PROCESS, ack, code, "Uploaded to " + agency.name());
            save(agency.name(), application, outcome);
            log.info("Pushed {} (PAN {}) to {}: acknowledgement {}", id, Pan.mask(application.pan()), agency.name(), ack);
            return outcome;
        }
        // A business rejection: retrying the same data would fail the same way, so it waits for a person.
        String message = (String) result.getOrDefault("ERROR_DESC", "Rejected by the KRA");
        records.recordAttempt(id, agency.name(), triggeredBy, UPLOAD, REJECTED, code, message);
        var outcome = new KraOutcome(KraStatus.FAILED, null, code, message);
        save(agency.name(), application, outcome);
        return outcome;
    }

    private <T> T call(KraAgency agency, String applicationId, String triggeredBy, KraOperation operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (KraUnavailableException e) {
            records.recordAttempt(applicationId, agency.name(), triggeredBy, operation, ERROR, null, e.getMessage());
            throw e;
        }
    }

    private void save(String kra, KycData application, KraOutcome outcome) {
        records.save(new KraRecords.Submission(application.applicationId(), kra, application.pan(),
                outcome.ackNumber(), outcome.status(), outcome.status() == KraStatus.FAILED ? outcome.message() : null));
    }

    private Map<String, String> kycRecord(KraAgency agency, KycData a) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("APP_UPDTFLG", a.applicationType() == ApplicationType.MODIFY ? "02" : "01");
        record.put("APP_POS_CODE", agency.client().posCode());
        record.put("APP_TYPE", "I");
        record.put("APP_NO", a.applicationId());
        record.put("APP_PAN_NO", a.pan());
        record.put("APP_NAME", a.name());
        record.put("APP_DOB_DT", a.dateOfBirth().format(KRA_DATE));
        record.put("APP_GEN", a.gender());
        record.put("APP_F_NAME", a.fatherOrSpouseName());
        record.put("APP_EMAIL", a.email());
        record.put("APP_MOB_NO", a.mobile());
        record.put("APP_COR_ADD1", a.addressLine1());
        record.put("APP_COR_CITY", a.city());
        record.put("APP_COR_STATE", a.state());
        record.put("APP_COR_PINCD", a.pincode());
        record.put("APP_KYC_MODE", a.kycMode());
        record.put("APP_IPV_FLAG", a.ipv() ? "Y" : "N");
        return record;
    }
}
