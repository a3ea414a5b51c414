package io.backops.review;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reasons a reviewer picks from when rejecting or sending back for redo; free text stays possible, since the
 * list can never foresee every case. (Issue 7 makes them product settings an admin edits.)
 */
@ConfigurationProperties("backops.review.reasons")
public record DecisionReasons(@DefaultValue List<String> reject, @DefaultValue List<String> draft) {
}
