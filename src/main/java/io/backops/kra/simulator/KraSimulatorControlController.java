package io.backops.kra.simulator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Control endpoints for tests and trials: the simulator's clock, a reset, a look at a stored record. */
@RestController
@ConditionalOnExpression(SimulatorCredentials.SERVED)
@RequestMapping("/kra-sim/__sim")
class KraSimulatorControlController {

    private final SimulatedKra kra;
    private final Faults faults;

    KraSimulatorControlController(SimulatedKra kra, Faults faults) {
        this.kra = kra;
        this.faults = faults;
    }

    /** {@code {"mode": "http503", "count": 2, "delayMs": 1500, "pan": "ABCPR1234K"}}; pan is optional. */
    @PostMapping("/faults")
    ResponseEntity<Map<String, Object>> faults(@Valid @RequestBody FaultRequest request) {
        Faults.Mode mode;
        try {
            mode = Faults.Mode.parse(request.mode());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("field", "mode", "message",
                    "must be timeout, http500, http503, slow, token_expired, accept_then_timeout or none"));
        }
        faults.set(mode, request.count() == null ? 1 : request.count(), request.delayMs(), request.pan());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", mode.name().toLowerCase());
        body.put("count", request.count() == null ? 1 : request.count());
        return ResponseEntity.ok(body);
    }

    @PostMapping("/clock/advance")
    Map<String, Integer> advance(@Valid @RequestBody ClockAdvance request) {
        return Map.of("workingDay", kra.advance(request.workingDays()));
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        kra.reset();
        faults.reset();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/records/{pan}")
    ResponseEntity<Map<String, Object>> record(@PathVariable String pan) {
        return kra.record(pan)
                .map(record -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("pan", record.pan);
                    body.put("name", record.name);
                    body.put("appNo", record.appNo);
                    body.put("posCode", record.posCode);
                    body.put("ack", record.ack);
                    body.put("status", kra.appStatus(record));
                    body.put("uploadCount", record.uploadCount);
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Lets a benchmark or a fault drill check, in one call, that no record was uploaded twice. */
    @GetMapping("/stats")
    Map<String, Long> statistics() {
        return kra.uploadStatistics();
    }

    record FaultRequest(@jakarta.validation.constraints.NotBlank String mode, @Min(0) @Max(1000) Integer count,
                        @Min(0) @Max(120_000) Long delayMs, String pan) {
    }

    record ClockAdvance(@Min(0) @Max(365) int workingDays) {
    }
}
