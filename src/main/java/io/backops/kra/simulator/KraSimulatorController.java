package io.backops.kra.simulator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KRA's API. Business errors answer HTTP 200 with {@code success: "0"} in the envelope, as the real API does;
 * only a missing or bad token is a 401.
 */
@RestController
@ConditionalOnExpression(SimulatorCredentials.SERVED)
@RequestMapping("/kra-sim/int/api")
class KraSimulatorController {

    static final DateTimeFormatter KRA_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int MAX_PANS_PER_INQUIRY = 25;

    private final SimulatedKra kra;
    private final Faults faults;

    KraSimulatorController(SimulatedKra kra, Faults faults) {
        this.kra = kra;
        this.faults = faults;
    }

    @PostMapping("/GetToken")
    Map<String, Object> token(@RequestBody Map<String, String> credentials) {
        return kra.issueToken(credentials.get("password"))
                .map(token -> Envelope.ok(Map.of("token", token, "validity", kra.tokenValidityMinutes())))
                .orElseGet(() -> Envelope.error("WEBERR-001", "Invalid username, POS code or password"));
    }

    @PostMapping("/GetPanStatus")
    ResponseEntity<Map<String, Object>> panStatus(@RequestHeader(value = "Token", required = false) String token,
                                                  @RequestBody Map<String, List<String>> request) {
        String tokenError = kra.checkToken(token);
        if (tokenError != null) {
            return unauthorized(tokenError);
        }
        List<String> pans = request.getOrDefault("pans", List.of());
        var failure = suffer(faults.take(false, pans));
        if (failure != null) {
            return failure;
        }
        if (pans.isEmpty() || pans.size() > MAX_PANS_PER_INQUIRY) {
            return ResponseEntity.ok(Envelope.error("WEBERR-010", "Send 1 to 25 PANs"));
        }
        List<Map<String, Object>> results = pans.stream().map(this::panResult).toList();
        return ResponseEntity.ok(Envelope.ok(results));
    }

    @PostMapping("/InsertUpdateKYCRecord")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> upload(@RequestHeader(value = "Token", required = false) String token,
                                               @RequestBody Map<String, Object> request) {
        String tokenError = kra.checkToken(token);
        if (tokenError != null) {
            return unauthorized(tokenError);
        }
        var root = (Map<String, Object>) request.getOrDefault("ROOT", Map.of());
        var records = (List<Map<String, String>>) root.getOrDefault("KYCDATA", List.of());
        if (records.isEmpty()) {
            return ResponseEntity.ok(Envelope.error("WEBERR-011", "ROOT.KYCDATA is empty"));
        }
        var fault = faults.take(true, records.stream().map(record -> record.get("APP_PAN_NO")).toList());
        if (fault.mode() != Faults.Mode.ACCEPT_THEN_TIMEOUT) {
            var failure = suffer(fault);
            if (failure != null) {
                return failure;
            }
        }
        var results = records.stream().map(this::uploadOne).toList();
        if (fault.mode() == Faults.Mode.ACCEPT_THEN_TIMEOUT) {
            // Stored: the client just never hears of it in time.
            sleep(fault.delayMs());
        }
        return ResponseEntity.ok(Envelope.ok(results));
    }

    @GetMapping("/GetKYCStatusByAck/{ack}")
    ResponseEntity<Map<String, Object>> statusByAck(@RequestHeader(value = "Token", required = false) String token,
                                                    @PathVariable String ack) {
        String tokenError = kra.checkToken(token);
        if (tokenError != null) {
            return unauthorized(tokenError);
        }
        var failure = suffer(faults.take(false, kra.recordByAck(ack).map(record -> List.of(record.pan)).orElse(List.of())));
        if (failure != null) {
            return failure;
        }
        return kra.recordByAck(ack)
                .map(record -> {
                    int today = kra.workingDay();
                    int days = kra.processingDays();
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("APP_ACK_NO", record.ack);
                    details.put("APP_PAN_NO", record.pan);
                    details.put("APP_NO", record.appNo);
                    details.put("APP_STATUS", kra.appStatus(record));
                    String reason = record.holdOrRejectReason(today, days);
                    if (reason != null) {
                        details.put("APP_HOLD_REJ_REASON", reason);
                    }
                    details.put("HISTORY", record.history(kra.kraDigit(), today, days));
                    return ResponseEntity.ok(Envelope.ok(details));
                })
                .orElseGet(() -> ResponseEntity.ok(Envelope.error("ERR-00404", "No record with that acknowledgement")));
    }

    private Map<String, Object> panResult(String pan) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("APP_PAN_NO", pan);
        if (pan == null || !pan.matches("^[A-Z]{5}[0-9]{4}[A-Z]$")) {
            result.put("APP_STATUS", "999");
            result.put("ERROR_CODE", "WEBERR-999");
            return result;
        }
        result.put("APP_STATUS", kra.panStatus(pan));
        kra.record(pan).ifPresent(record -> {
            result.put("APP_POS_CODE", record.posCode);
            result.put("APP_NO", record.appNo);
            result.put("APP_ACK_NO", record.ack);
        });
        return result;
    }

    private Map<String, Object> uploadOne(Map<String, String> data) {
        Map<String, Object> result = new LinkedHashMap<>();
        String pan = data.get("APP_PAN_NO");
        result.put("APP_PAN_NO", pan);
        String error = firstError(data);
        if (error != null) {
            result.put("APP_STATUS", error);
            return result;
        }
        var outcome = kra.upload(pan, data.get("APP_NAME"), LocalDate.parse(data.get("APP_DOB_DT"), KRA_DATE),
                data.get("APP_POS_CODE"), data.get("APP_NO"));
        if (outcome.ack() != null) {
            result.put("APP_STATUS", "ERR-00000");
            result.put("APP_ACK_NO", outcome.ack());
        } else {
            result.put("APP_STATUS", outcome.errorCode());
            result.put("ERROR_DESC", outcome.errorMessage());
        }
        return result;
    }

    /** The KRA's own record checks: a bad PAN or date of birth is a business error, not a transport one. */
    private static String firstError(Map<String, String> data) {
        String pan = data.get("APP_PAN_NO");
        if (pan == null || !pan.matches("^[A-Z]{5}[0-9]{4}[A-Z]$")) {
            return "ERR-90021";
        }
        try {
            LocalDate dateOfBirth = LocalDate.parse(String.valueOf(data.get("APP_DOB_DT")), KRA_DATE);
            if (dateOfBirth.isAfter(LocalDate.now())) {
                return "ERR-90013";
            }
        } catch (DateTimeParseException e) {
            return "ERR-90013";
        }
        return null;
    }

    /** Acts out a fault: an answer to give instead, or null to go on (after any delay it imposes). */
    private static ResponseEntity<Map<String, Object>> suffer(Faults.Fault fault) {
        return switch (fault.mode()) {
            case NONE, ACCEPT_THEN_TIMEOUT -> null;
            case TIMEOUT, SLOW -> {
                sleep(fault.delayMs());
                yield null;
            }
            case HTTP500 -> ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .body(Envelope.error("WEBERR-500", "Internal error"));
            case HTTP503 -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Envelope.error("WEBERR-503", "Service unavailable"));
            case TOKEN_EXPIRED -> unauthorized("WEBERR-019");
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ResponseEntity<Map<String, Object>> unauthorized(String code) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Envelope.error(code, code.equals("WEBERR-019") ? "Token expired" : "Invalid token"));
    }
}
