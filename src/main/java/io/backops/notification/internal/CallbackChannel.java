package io.backops.notification.internal;

import io.backops.distribution.DistributorManagement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Posts a status callback to a distributor. The body is signed with HMAC-SHA256 under the distributor's secret
 * ({@code X-Backops-Signature: sha256=<hex>}), and {@code X-Backops-Delivery} carries the message id, the same on
 * every retry, so a receiver can drop a delivery it already has. Any 2xx is delivered; anything else is retried.
 */
@Component
class CallbackChannel {

    static final String SIGNATURE = "X-Backops-Signature";
    static final String DELIVERY = "X-Backops-Delivery";

    private final DistributorManagement distributors;
    private final NotificationProperties properties;
    private final HttpClient http;

    CallbackChannel(DistributorManagement distributors, NotificationProperties properties) {
        this.distributors = distributors;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.callbackTimeout()).build();
    }

    String send(Outbox.Message message) throws DeliveryFailed {
        String secret = secretFor(message);
        var request = HttpRequest.newBuilder(URI.create(message.recipient()))
                .timeout(properties.callbackTimeout())
                .header("Content-Type", "application/json")
                .header(SIGNATURE, "sha256=" + sign(secret, message.body()))
                .header(DELIVERY, message.id())
                .header("X-Backops-Event", message.event().name())
                .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new DeliveryFailed("HTTP " + status + " from " + message.recipient(), false);
            }
            return "HTTP " + status;
        } catch (IOException e) {
            throw new DeliveryFailed("Cannot reach " + message.recipient() + ": " + e.getClass().getSimpleName(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("Interrupted", false);
        }
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** The distributor's current secret; a message whose distributor no longer wants callbacks is not sent. */
    private String secretFor(Outbox.Message message) throws DeliveryFailed {
        return distributors.callbackSecret(message.distributorArn())
                .orElseThrow(() -> new DeliveryFailed("The distributor has no callback secret any more", true));
    }
}
