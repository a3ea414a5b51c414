package io.backops.review.internal;

import io.backops.settings.ProductSettings;
import io.backops.settings.SettingsRule;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The KRA retry cycle must be one the engine reads: a list of ISO-8601 durations ({@code PT1M,PT5M,PT30M}) or a
 * repeat ({@code R3/PT1M}). A cycle it cannot read would fail the first push that needs it, in front of nobody.
 */
@Component
class RetryCycleRule implements SettingsRule {

    private static final Pattern REPEAT = Pattern.compile("^R([1-9][0-9]?)/(P\\S+)$");

    @Override
    public void check(ProductSettings candidate, Map<String, String> errors) {
        String cycle = candidate.kra().retryCycle().strip();
        var repeat = REPEAT.matcher(cycle);
        try {
            if (repeat.matches()) {
                positive(Duration.parse(repeat.group(2)));
            } else {
                for (String interval : cycle.split(",")) {
                    positive(Duration.parse(interval.strip()));
                }
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.put("kra.retryCycle", "must be ISO-8601 durations separated by commas (PT1M,PT5M) or a repeat (R3/PT1M)");
        }
    }

    private static void positive(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("not positive");
        }
    }
}
