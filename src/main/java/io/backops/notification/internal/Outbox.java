package io.backops.notification.internal;

import io.backops.notification.Delivery;
import io.backops.notification.NotificationEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code outbound_message} and {@code outbound_attempt} tables. A message is claimed for a while before it is
 * sent, so that two nodes reading the outbox at once never both send it.
 */
@Repository
class Outbox {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    enum Channel { EMAIL, CALLBACK }

    /** A message to send; {@code attempts} is how many were made before. */
    record Message(String id, String applicationId, String distributorArn, Channel channel, NotificationEvent event,
                   String recipient, String subject, String body, int attempts) {
        @Override
        public String toString() {
            return "Message[" + id + ", " + channel + " " + event + " of " + applicationId + "]";
        }
    }

    void enqueue(String applicationId, String distributorArn, Channel channel, NotificationEvent event,
                 String recipient, String subject, String body, OffsetDateTime now) {
        jdbc.sql("""
                insert into outbound_message (id, application_id, distributor_arn, channel, event, recipient, subject,
                    body, status, attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                """)
                .params(UUID.randomUUID().toString(), applicationId, distributorArn, channel.name(), event.name(),
                        recipient, subject, body, now, now)
                .update();
    }

    List<Message> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                select id, application_id, distributor_arn, channel, event, recipient, subject, body, attempts
                from outbound_message
                where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by next_attempt_at fetch first ? rows only
                """)
                .params(now, now, limit)
                .query((rs, n) -> new Message(rs.getString("id"), rs.getString("application_id"),
                        rs.getString("distributor_arn"), Channel.valueOf(rs.getString("channel")), NotificationEvent.valueOf(rs.getString("event")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /** Takes a message for this node until {@code until}; false when another node was first. */
    boolean claim(String id, OffsetDateTime now, OffsetDateTime until) {
        return jdbc.sql("""
                update outbound_message set claimed_until = ?
                where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)
                """)
                .params(until, id, now)
                .update() == 1;
    }

    /** The message's state and its log line in one transaction: nobody reads a SENT message without its last attempt. */
    @Transactional
    void sent(Message message, OffsetDateTime now, String detail) {
        jdbc.sql("""
                update outbound_message set status = 'SENT', attempts = attempts + 1, sent_at = ?, claimed_until = null,
                    last_error = null where id = ?
                """)
                .params(now, message.id())
                .update();
        log(message.id(), now, "SENT", detail);
    }

    /** A failed attempt: tried again at {@code retryAt}, or given up for good when that is {@code null}. */
    @Transactional
    void failed(Message message, OffsetDateTime now, String error, OffsetDateTime retryAt) {
        String detail = error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("""
                update outbound_message set status = ?, attempts = attempts + 1, last_error = ?, claimed_until = null,
                    next_attempt_at = coalesce(?, next_attempt_at) where id = ?
                """)
                .params(retryAt == null ? FAILED : PENDING, detail, retryAt, message.id())
                .update();
        log(message.id(), now, retryAt == null ? "GAVE_UP" : "FAILED", detail);
    }

    List<Delivery> of(String applicationId) {
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        jdbc.sql("""
                select id, channel, event, recipient, subject, status, attempts, last_error, created_at, sent_at
                from outbound_message where application_id = ? order by created_at, id
                """)
                .param(applicationId)
                .query(Outbox::delivery)
                .list()
                .forEach(delivery -> deliveries.put(delivery.id(), delivery));
        if (!deliveries.isEmpty()) {
            jdbc.sql("""
                    select a.message_id, a.attempted_at, a.outcome, a.detail from outbound_attempt a
                    join outbound_message m on m.id = a.message_id
                    where m.application_id = ? order by a.attempted_at, a.id
                    """)
                    .param(applicationId)
                    .query(rs -> {
                        deliveries.get(rs.getString("message_id")).log().add(new Delivery.Attempt(
                                rs.getObject("attempted_at", OffsetDateTime.class), rs.getString("outcome"),
                                rs.getString("detail")));
                    });
        }
        return List.copyOf(deliveries.values());
    }

    private void log(String messageId, OffsetDateTime at, String outcome, String detail) {
        jdbc.sql("insert into outbound_attempt (id, message_id, attempted_at, outcome, detail) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), messageId, at, outcome, detail)
                .update();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getString("id"), rs.getString("channel"), NotificationEvent.valueOf(rs.getString("event")),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class), new java.util.ArrayList<>());
    }
}
