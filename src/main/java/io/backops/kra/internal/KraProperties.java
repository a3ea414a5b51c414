package io.backops.kra.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The KRA endpoint and our credentials there. An empty {@code baseUrl} means the simulator inside this same server.
 * Timeouts stay far below the job executor's lock time (5 minutes) so a hung call never outlives its job's lock.
 */
@ConfigurationProperties("backops.kra")
record KraProperties(String baseUrl, String username, String password, String posCode, Duration connectTimeout,
                     Duration readTimeout) {
}
