package io.backops.shared;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of the request a piece of work belongs to, carried in the logging context ({@code requestId} in every log
 * line) and from there onto the records the work leaves: timeline entries and KRA attempts. Work that a request
 * hands to the job executor carries it along in a process variable.
 */
public final class RequestId {

    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** A caller's own id is kept when it is short and plain (it lands in logs and tables); anything else is not. */
    public static boolean acceptable(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches();
    }

    /** Runs {@code work} under {@code id} (none: as is), restoring what was there before. */
    public static void runAs(String id, Runnable work) {
        String before = MDC.get(MDC_KEY);
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
        try {
            work.run();
        } finally {
            if (before == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, before);
            }
        }
    }
}
