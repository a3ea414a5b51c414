package io.backops.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications go out: the sender address, how often the outbox is read, the backoff between attempts
 * ({@code firstRetryDelay}, doubling) and when to give up. The email templates are product settings (see
 * Settings); their first values are {@code backops.notifications.templates}.
 */
@ConfigurationProperties("backops.notifications")
record NotificationProperties(@DefaultValue("backops@localhost") String from,
                              @DefaultValue("PT2S") Duration pollInterval,
                              @DefaultValue("PT30S") Duration firstRetryDelay,
                              @DefaultValue("8") int maxAttempts,
                              @DefaultValue("PT10S") Duration callbackTimeout) {
}
