package io.backops.kra.internal;

import io.backops.application.ApplicationErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased application's KRA records lose the PAN, in the erasing transaction. What stays (which KRA, the status,
 * the acknowledgement and every attempt's outcome) names no one.
 */
@Component
class KraErasure {

    private final JdbcClient jdbc;

    KraErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ApplicationErased erased) {
        jdbc.sql("update kra_submission set pan = ? where application_id = ?")
                .params(ApplicationErased.MARKER, erased.applicationId()).update();
    }
}
