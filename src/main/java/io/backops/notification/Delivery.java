package io.backops.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** One notification of an application and every attempt to deliver it: the delivery log. */
public record Delivery(String id, String channel, NotificationEvent event, String recipient, String subject,
                       String status, int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt,
                       List<Attempt> log) {

    public record Attempt(OffsetDateTime at, String outcome, String detail) {
    }
}
