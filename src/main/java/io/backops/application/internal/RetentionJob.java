package io.backops.application.internal;

import io.backops.application.ApplicationRetention;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention's erasure every {@code backops.retention.interval} (an hour) on every node. */
@Component
class RetentionJob {

    private final ApplicationRetention retention;

    RetentionJob(ApplicationRetention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${backops.retention.interval:PT1H}",
            fixedDelayString = "${backops.retention.interval:PT1H}")
    void run() {
        retention.eraseDue();
    }
}
