package io.backops.kra.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@ConditionalOnExpression("'${backops.kra.base-url:}'.isBlank()")
@RequestMapping("/kra-sim/__sim")
class KraSimulatorControlController {

    private final SimulatedKra kra;

    KraSimulatorControlController(SimulatedKra kra) {
        this.kra = kra;
    }

    @PostMapping("/clock/advance")
    Map<String, Integer> advance(@Valid @RequestBody ClockAdvance request) {
        return Map.of("workingDay", kra.advance(request.workingDays()));
    }

    @PostMapping("/reset")
    ResponseEntity<Void> reset() {
        kra.reset();
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
                    body.put("status", "0" + record.statusCode(kra.workingDay(), kra.processingDays()));
                    body.put("uploadCount", record.uploadCount);
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record ClockAdvance(@Min(0) @Max(365) int workingDays) {
    }
}
