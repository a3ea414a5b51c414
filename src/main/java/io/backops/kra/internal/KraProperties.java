package io.backops.kra.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The KRAs we may upload to and our credentials there. Each agency (named as in docs/kra-simulator.md: CVL, NDML,
 * DOTEX, CAMS, KARVY, KFIN) has a base URL and may override the shared username, password and POS code; an empty base
 * URL means the simulator inside this same server. Their priority is a product setting ({@code kra.priority}; its first
 * value is {@code backops.kra.priority}).
 * Timeouts stay far below the job executor's lock time (5 minutes) so a hung call never outlives its job's lock.
 */
@ConfigurationProperties("backops.kra")
record KraProperties(String username, String password, String posCode, Duration connectTimeout, Duration readTimeout,
                     @DefaultValue Map<String, Agency> agencies) {

    /** One KRA's endpoint; blank credentials fall back to the shared ones. */
    record Agency(String baseUrl, String username, String password, String posCode) {
    }

    /** The settings of one agency with the shared credentials filled in where it names none. */
    Agency resolved(Agency agency) {
        return new Agency(agency.baseUrl(), orShared(agency.username(), username), orShared(agency.password(), password),
                orShared(agency.posCode(), posCode));
    }

    private static String orShared(String own, String shared) {
        return own == null || own.isBlank() ? shared : own;
    }
}
