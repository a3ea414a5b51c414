package io.backops.notification.internal;

import io.backops.application.ApplicationErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased application's emails and callbacks lose their recipients and words, in the erasing transaction; the
 * delivery log keeps when and how each went. One still waiting is not sent any more.
 */
@Component
class NotificationErasure {

    private static final String MARKER = ApplicationErased.MARKER;

    private final JdbcClient jdbc;

    NotificationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationErased erased) {
        jdbc.sql("""
                update outbound_message set recipient = ?, subject = case when subject is null then null else ? end,
                    body = ?, status = case when status = ? then ? else status end,
                    last_error = case when status = ? then 'erased before it was sent' else last_error end
                where application_id = ?
                """)
                .params(MARKER, MARKER, MARKER, Outbox.PENDING, Outbox.FAILED, Outbox.PENDING, erased.applicationId())
                .update();
        jdbc.sql("update outbound_attempt set detail = null where message_id in "
                        + "(select id from outbound_message where application_id = ?)")
                .param(erased.applicationId())
                .update();
    }
}
