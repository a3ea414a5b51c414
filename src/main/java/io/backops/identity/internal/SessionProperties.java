package io.backops.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Portal sessions: a session unused for {@code idleTimeout} ends (Spring Session's own expiry, which
 * {@code spring.session.timeout} takes from here), one older than {@code absoluteLifetime} ends however busy, and a
 * person holds at most {@code maxPerUser} at once (see {@link SessionLimit}).
 */
@ConfigurationProperties("backops.identity.sessions")
record SessionProperties(@DefaultValue("PT30M") Duration idleTimeout,
                         @DefaultValue("PT12H") Duration absoluteLifetime,
                         @DefaultValue("3") int maxPerUser) {
}
