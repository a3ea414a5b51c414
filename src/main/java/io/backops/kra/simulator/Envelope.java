package io.backops.kra.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** The KRA's response envelope: {@code {success, error_code, error_message, resdtls}}. */
final class Envelope {

    private Envelope() {
    }

    static Map<String, Object> ok(Object details) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", "1");
        envelope.put("error_code", "");
        envelope.put("error_message", "");
        envelope.put("resdtls", details);
        return envelope;
    }

    static Map<String, Object> error(String code, String message) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", "0");
        envelope.put("error_code", code);
        envelope.put("error_message", message);
        envelope.put("resdtls", null);
        return envelope;
    }
}
