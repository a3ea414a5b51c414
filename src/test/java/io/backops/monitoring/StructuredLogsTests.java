package io.backops.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.shared.Pan;
import io.backops.shared.RequestId;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The production log format (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs, as the Docker image sets it): one JSON object
 * per line, the request id a field of its own, the PAN as masked as the message had it.
 */
class StructuredLogsTests {

    @Test
    void aLogLineIsOneJsonObjectWithTheRequestIdAndNoFullPan() throws Exception {
        var context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "backops"));
        var encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        var event = new LoggingEvent("io.backops.kra.internal.KraGateway", context.getLogger("io.backops.kra"),
                Level.INFO, "Pushed {} (PAN {}) to {}", null,
                new Object[] {"APP-2026-000001", Pan.mask("ABCPR1234K"), "CVL"});
        event.setMDCPropertyMap(Map.of(RequestId.MDC_KEY, "req-42"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.get("message").asText()).startsWith("Pushed APP-2026-000001 (PAN ").endsWith(" to CVL");
        // ECS fields, nested or dotted by Boot's version.
        assertThat(json.has("log.level") ? json.get("log.level").asText() : json.at("/log/level").asText())
                .isEqualTo("INFO");
        assertThat(line).doesNotContain("ABCPR1234K");
    }
}
