package io.backops.kra.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.backops.kra.KraUnavailableException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Speaks the CVL-style KRA API (docs/kra-simulator.md) over HTTP to one KRA. Holds one token and refreshes it once when
 * the KRA says it expired or is unknown; any transport failure becomes a {@link KraUnavailableException} for the retry
 * cycle.
 */
class KraClient {

    private final String kra;
    private final KraProperties.Agency settings;
    private final Environment environment;
    private final RestClient http;
    private volatile String token;

    KraClient(String kra, KraProperties.Agency settings, KraProperties properties, Environment environment,
              RestClient.Builder builder) {
        this.kra = kra;
        this.settings = settings;
        this.environment = environment;
        var requestFactory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requestFactory.setReadTimeout(properties.readTimeout());
        this.http = builder.requestFactory(requestFactory).build();
    }

    /** Per PAN, the 3-digit APP_STATUS and what the KRA tells about the record. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> panStatus(List<String> pans) {
        var envelope = withToken(t -> post("/int/api/GetPanStatus", t, Map.of("pans", pans)));
        return (List<Map<String, Object>>) envelope.details();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> upload(Map<String, String> kycRecord) {
        var body = Map.of("ROOT", Map.of(
                "HEADER", Map.of("COMPANY_CODE", settings.posCode()),
                "KYCDATA", List.of(kycRecord),
                "FOOTER", Map.of("NO_OF_KYC_RECORDS", "1")));
        var envelope = withToken(t -> post("/int/api/InsertUpdateKYCRecord", t, body));
        return ((List<Map<String, Object>>) envelope.details()).get(0);
    }

    /** The status of an upload, or an envelope with the KRA's error. */
    KraEnvelope statusByAck(String ack) {
        return withToken(t -> get("/int/api/GetKYCStatusByAck/" + ack, t));
    }

    String posCode() {
        return settings.posCode();
    }

    private KraEnvelope withToken(Function<String, KraEnvelope> call) {
        try {
            return call.apply(currentToken());
        } catch (TokenRejected rejected) {
            token = null;
            try {
                return call.apply(currentToken());
            } catch (TokenRejected again) {
                throw new KraUnavailableException(kra + " refused a fresh token: " + again.getMessage());
            }
        }
    }

    private String currentToken() {
        String current = token;
        if (current == null) {
            var envelope = exchange(() -> http.post().uri(baseUrl() + "/int/api/GetToken")
                    .body(Map.of("username", settings.username(), "poscode", settings.posCode(),
                            "password", settings.password()))
                    .retrieve().body(KraEnvelope.class));
            if (!envelope.succeeded()) {
                throw new KraUnavailableException(kra + " sign-in failed: " + envelope.errorCode());
            }
            current = String.valueOf(((Map<?, ?>) envelope.details()).get("token"));
            token = current;
        }
        return current;
    }

    private KraEnvelope post(String path, String token, Object body) {
        return exchange(() -> http.post().uri(baseUrl() + path).header("Token", token).body(body)
                .retrieve().body(KraEnvelope.class));
    }

    private KraEnvelope get(String path, String token) {
        return exchange(() -> http.get().uri(baseUrl() + path).header("Token", token)
                .retrieve().body(KraEnvelope.class));
    }

    private KraEnvelope exchange(Supplier<KraEnvelope> call) {
        try {
            KraEnvelope envelope = call.get();
            if (envelope == null) {
                throw new KraUnavailableException(kra + " answered with an empty body");
            }
            return envelope;
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new TokenRejected(e.getStatusText());
        } catch (RestClientException e) {
            throw new KraUnavailableException(kra + " call failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private String baseUrl() {
        if (settings.baseUrl() != null && !settings.baseUrl().isBlank()) {
            return settings.baseUrl();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return "http://127.0.0.1:" + port + contextPath + "/kra-sim";
    }

    /** The KRA's envelope; {@code resdtls} varies by call. */
    record KraEnvelope(String success, @JsonProperty("error_code") String errorCode,
                       @JsonProperty("error_message") String errorMessage,
                       @JsonProperty("resdtls") Object details) {
        boolean succeeded() {
            return "1".equals(success);
        }
    }

    private static final class TokenRejected extends RuntimeException {
        TokenRejected(String message) {
            super(message);
        }
    }
}
