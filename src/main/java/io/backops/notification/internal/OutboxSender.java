package io.backops.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the outbox and sends what is due, one message at a time, outside any transaction: a slow mail server or
 * distributor never holds a database connection. A failure waits {@code firstRetryDelay}, then twice that, and so
 * on, until {@code maxAttempts} tries were made; then the message stays FAILED in the delivery log for a person.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final MailChannel mail;
    private final CallbackChannel callbacks;
    private final NotificationProperties properties;
    private final Clock clock = Clock.systemUTC();

    OutboxSender(Outbox outbox, MailChannel mail, CallbackChannel callbacks, NotificationProperties properties) {
        this.outbox = outbox;
        this.mail = mail;
        this.callbacks = callbacks;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${backops.notifications.poll-interval:PT2S}")
    void sendDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Outbox.Message message : outbox.due(now, BATCH)) {
            if (outbox.claim(message.id(), now, now.plus(CLAIM))) {
                send(message);
            }
        }
    }

    private void send(Outbox.Message message) {
        try {
            String detail = switch (message.channel()) {
                case EMAIL -> mail.send(message);
                case CALLBACK -> callbacks.send(message);
            };
            outbox.sent(message, OffsetDateTime.now(clock), detail);
        } catch (DeliveryFailed | RuntimeException e) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int attemptsMade = message.attempts() + 1;
            boolean permanent = e instanceof DeliveryFailed failed && failed.permanent();
            OffsetDateTime retryAt = permanent || attemptsMade >= properties.maxAttempts() ? null
                    : now.plus(properties.firstRetryDelay().multipliedBy(1L << Math.min(attemptsMade - 1, 20)));
            outbox.failed(message, now, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), retryAt);
            log.warn("{} failed (attempt {}): {}{}", message, attemptsMade, e.getMessage(),
                    retryAt == null ? "; giving up" : "; next try at " + retryAt);
        }
    }
}
