package io.backops.notification.internal;

import io.backops.notification.NotificationEvent;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out: the sender address, how often the outbox is read, the backoff between attempts
 * ({@code firstRetryDelay}, doubling) and when to give up, and the email template of each event.
 */
@ConfigurationProperties("backops.notifications")
record NotificationProperties(@DefaultValue("backops@localhost") String from,
                              @DefaultValue("PT2S") Duration pollInterval,
                              @DefaultValue("PT30S") Duration firstRetryDelay,
                              @DefaultValue("8") int maxAttempts,
                              @DefaultValue("PT10S") Duration callbackTimeout,
                              @DefaultValue Map<NotificationEvent, EmailTemplate> templates) {

    /** An email in four parts; {@code {{field}}} placeholders are filled from the application (see Placeholders). */
    record EmailTemplate(String subject, String header, String body, String footer) {
    }
}
