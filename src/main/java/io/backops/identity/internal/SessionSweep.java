package io.backops.identity.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the place of Spring Session's own clean-up ({@code spring.session.jdbc.cleanup-cron: "-"}), so that each
 * session that idles out or outlives its lifetime is in the security audit. A session whose owner comes back in the
 * minute between its expiry and the next sweep is removed by Spring Session itself, unrecorded: he signs in again,
 * and that is recorded.
 */
@Component
class SessionSweep {

    private final OpenSessions sessions;

    SessionSweep(OpenSessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelay = 60_000, fixedDelayString = "${backops.identity.sessions.sweep-interval:PT1M}")
    void sweep() {
        sessions.sweep();
    }
}
