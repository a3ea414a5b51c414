package io.backops.identity.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * When a portal session has lived long enough: idle past the idle timeout, or older than the absolute lifetime
 * however busy. The one rule for the sweep ({@link SessionSweep}) and for each request ({@link OpenSessionCheck}).
 */
final class SessionLifetime {

    enum Ending {
        IDLE("idle for longer than %s"), ABSOLUTE("older than its lifetime of %s");

        private final String detail;

        Ending(String detail) {
            this.detail = detail;
        }
    }

    private final SessionProperties properties;

    SessionLifetime(SessionProperties properties) {
        this.properties = properties;
    }

    /** Why a session started at {@code created} and last used at {@code lastAccess} is over at {@code now}, if it is. */
    Optional<Ending> ending(Instant created, Instant lastAccess, Instant now) {
        if (!now.isBefore(created.plus(properties.absoluteLifetime()))) {
            return Optional.of(Ending.ABSOLUTE);
        }
        if (!now.isBefore(lastAccess.plus(properties.idleTimeout()))) {
            return Optional.of(Ending.IDLE);
        }
        return Optional.empty();
    }

    /** The audit's words for an ending. */
    String detail(Ending ending) {
        return ending.detail.formatted(ending == Ending.IDLE ? properties.idleTimeout() : properties.absoluteLifetime());
    }
}
