package io.backops.kra.simulator;

import java.util.Collection;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The simulator's fault switch ({@code POST /__sim/faults}): the next {@code count} calls fail the chosen way. A
 * fault may be narrowed to one PAN (an extension of the KRA API), so that a test's fault never lands on another
 * test's call. {@code accept_then_timeout} waits for an upload: it stores the record, then answers too late.
 */
@Component
@ConditionalOnExpression(SimulatorCredentials.SERVED)
class Faults {

    enum Mode {
        NONE, TIMEOUT, HTTP500, HTTP503, SLOW, TOKEN_EXPIRED, ACCEPT_THEN_TIMEOUT;

        static Mode parse(String mode) {
            return valueOf(mode.toUpperCase(Locale.ROOT));
        }
    }

    /** What the next matching call suffers. */
    record Fault(Mode mode, long delayMs) {
        static final Fault NONE = new Fault(Mode.NONE, 0);
    }

    private static final long DEFAULT_DELAY_MS = 15_000;

    private Mode mode = Mode.NONE;
    private int remaining;
    private long delayMs;
    private String pan;

    synchronized void set(Mode mode, int count, Long delayMs, String pan) {
        this.mode = mode;
        this.remaining = mode == Mode.NONE ? 0 : count;
        this.delayMs = delayMs == null ? DEFAULT_DELAY_MS : delayMs;
        this.pan = pan;
    }

    /** The fault for a call about these PANs, used up if it applies; uploads alone take {@code accept_then_timeout}. */
    synchronized Fault take(boolean upload, Collection<String> pans) {
        if (remaining <= 0 || (pan != null && !pans.contains(pan))) {
            return Fault.NONE;
        }
        if (mode == Mode.ACCEPT_THEN_TIMEOUT && !upload) {
            return Fault.NONE;
        }
        remaining--;
        return new Fault(mode, delayMs);
    }

    synchronized void reset() {
        set(Mode.NONE, 0, null, null);
    }
}
