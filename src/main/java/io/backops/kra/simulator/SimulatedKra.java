package io.backops.kra.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The state of the simulated KRA, in memory. Deterministic test PANs: the first of the PAN's four digits picks the
 * scenario (docs/kra-simulator.md): 3 ends on hold, 4 rejected, 5 is held at another KRA (CAMS), 6 is refused on upload
 * ({@code ERR-90061}), 7 validated, any other digit registered. Mounted only where {@link SimulatorCredentials#SERVED}
 * says: a Backops wired to a real KRA, or outside the demo and test profiles, serves no simulator.
 */
@Component
@ConditionalOnExpression(SimulatorCredentials.SERVED)
class SimulatedKra {

    static final String NOT_AVAILABLE = "05";

    private static final String ACK_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final KraSimulatorProperties properties;
    private final SimulatorCredentials credentials;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokens = new HashMap<>();
    private final Map<String, KycRecord> recordsByPan = new HashMap<>();
    private final Map<String, KycRecord> recordsByAck = new HashMap<>();
    private int workingDay;

    SimulatedKra(KraSimulatorProperties properties, SimulatorCredentials credentials) {
        this.properties = properties;
        this.credentials = credentials;
    }

    synchronized Optional<String> issueToken(String password) {
        if (!credentials.matches(password)) {
            return Optional.empty();
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, Instant.now().plus(Duration.ofMinutes(properties.tokenValidityMinutes())));
        return Optional.of(token);
    }

    int tokenValidityMinutes() {
        return properties.tokenValidityMinutes();
    }

    /** {@code null} when the token is fine, else the KRA's error code for it. */
    synchronized String checkToken(String token) {
        if (token == null || !tokens.containsKey(token)) {
            return "WEBERR-020";
        }
        if (tokens.get(token).isBefore(Instant.now())) {
            return "WEBERR-019";
        }
        return null;
    }

    /** The 3-digit APP_STATUS of a PAN: the KRA holding it, then its status there. */
    synchronized String panStatus(String pan) {
        KycRecord record = recordsByPan.get(pan);
        if (record != null) {
            return appStatus(record);
        }
        if (scenario(pan) == '5') {
            return "302"; // registered at CAMS, not here
        }
        return properties.kraDigit() + NOT_AVAILABLE;
    }

    /** A record's 3-digit APP_STATUS today: this KRA's digit, then where the record stands. */
    synchronized String appStatus(KycRecord record) {
        return properties.kraDigit() + record.statusCode(workingDay, properties.processingDays());
    }

    /** How many records this KRA holds, how many uploads it took, and how many records were uploaded twice. */
    synchronized Map<String, Long> uploadStatistics() {
        long uploads = recordsByPan.values().stream().mapToLong(record -> record.uploadCount).sum();
        long duplicated = recordsByPan.values().stream().filter(record -> record.uploadCount > 1).count();
        return Map.of("records", (long) recordsByPan.size(), "uploads", uploads, "recordsUploadedMoreThanOnce", duplicated);
    }

    synchronized Optional<KycRecord> record(String pan) {
        return Optional.ofNullable(recordsByPan.get(pan));
    }

    /** Random, so that nobody finds a record by counting: the number is what an inquiry by acknowledgement needs. */
    private String newAck() {
        String ack;
        do {
            StringBuilder digits = new StringBuilder("ACK");
            for (int i = 0; i < 20; i++) {
                digits.append(ACK_LETTERS.charAt(random.nextInt(ACK_LETTERS.length())));
            }
            ack = digits.toString();
        } while (recordsByAck.containsKey(ack));
        return ack;
    }

    synchronized Optional<KycRecord> recordByAck(String ack) {
        return Optional.ofNullable(recordsByAck.get(ack));
    }

    /** Stores an upload; answers its acknowledgement number, or the KRA's business error code. */
    synchronized UploadResult upload(String pan, String name, LocalDate dateOfBirth, String posCode, String appNo) {
        if (scenario(pan) == '6') {
            return UploadResult.error("ERR-90061", "PAN already registered");
        }
        KycRecord existing = recordsByPan.get(pan);
        if (existing != null) {
            existing.uploadCount++;
            return UploadResult.error("ERR-90061", "PAN already registered");
        }
        String ack = newAck();
        KycRecord record = new KycRecord(pan, name, dateOfBirth, posCode, appNo, ack, workingDay);
        recordsByPan.put(pan, record);
        recordsByAck.put(ack, record);
        return UploadResult.accepted(ack);
    }

    synchronized int advance(int workingDays) {
        workingDay += workingDays;
        return workingDay;
    }

    synchronized int workingDay() {
        return workingDay;
    }

    char kraDigit() {
        return properties.kraDigit();
    }

    int processingDays() {
        return properties.processingDays();
    }

    synchronized void reset() {
        tokens.clear();
        recordsByPan.clear();
        recordsByAck.clear();
        workingDay = 0;
    }

    static char scenario(String pan) {
        return pan.length() == 10 ? pan.charAt(5) : '0';
    }

    record UploadResult(String ack, String errorCode, String errorMessage) {
        static UploadResult accepted(String ack) {
            return new UploadResult(ack, null, null);
        }

        static UploadResult error(String code, String message) {
            return new UploadResult(null, code, message);
        }
    }

    /** One KYC record at the simulated KRA. */
    static final class KycRecord {
        final String pan;
        final String name;
        final LocalDate dateOfBirth;
        final String posCode;
        final String appNo;
        final String ack;
        final int uploadedOnDay;
        int uploadCount = 1;

        KycRecord(String pan, String name, LocalDate dateOfBirth, String posCode, String appNo, String ack,
                  int uploadedOnDay) {
            this.pan = pan;
            this.name = name;
            this.dateOfBirth = dateOfBirth;
            this.posCode = posCode;
            this.appNo = appNo;
            this.ack = ack;
            this.uploadedOnDay = uploadedOnDay;
        }

        /** 01 under process until the processing days have passed, then the PAN's scenario decides. */
        String statusCode(int today, int processingDays) {
            if (today - uploadedOnDay < processingDays) {
                return "01";
            }
            return switch (scenario(pan)) {
                case '3' -> "03";
                case '4' -> "04";
                case '7' -> "07";
                default -> "02";
            };
        }

        /** Why a record is on hold or rejected, in the KRA's codes. */
        String holdOrRejectReason(int today, int processingDays) {
            return switch (statusCode(today, processingDays)) {
                case "03" -> "ERR-00012 Name mismatch with PAN";
                case "04" -> "ERR-00021 Address proof not legible";
                default -> null;
            };
        }

        List<Map<String, Object>> history(char kraDigit, int today, int processingDays) {
            List<Map<String, Object>> history = new ArrayList<>();
            history.add(Map.of("APP_STATUS", kraDigit + "01", "WORKING_DAY", uploadedOnDay));
            String now = statusCode(today, processingDays);
            if (!now.equals("01")) {
                history.add(Map.of("APP_STATUS", kraDigit + now, "WORKING_DAY", uploadedOnDay + processingDays));
            }
            return history;
        }
    }
}
