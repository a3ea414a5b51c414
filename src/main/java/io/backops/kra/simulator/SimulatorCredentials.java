package io.backops.kra.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The simulator's password, never one from the source: the configured {@code backops.kra-simulator.password}
 * ({@code BACKOPS_KRA_SIMULATOR_PASSWORD}), or else, in process, one generated at start that only this server's own
 * KRA client is given. The standalone simulator serves other machines, so it insists on a configured one.
 */
@Component
@ConditionalOnExpression(SimulatorCredentials.SERVED)
public final class SimulatorCredentials {

    /**
     * When this server serves the simulator: no KRA URL is configured, and the simulator is wanted (the demo, test
     * and kra-simulator profiles switch it on; elsewhere {@code BACKOPS_KRA_SIMULATOR_ENABLED=true} does).
     */
    public static final String SERVED = "'${backops.kra.base-url:}'.isBlank() and ${backops.kra-simulator.enabled:false}";

    private final String password;

    SimulatorCredentials(KraSimulatorProperties properties, Environment environment) {
        if (properties.password() != null && !properties.password().isBlank()) {
            this.password = properties.password();
        } else if (environment.acceptsProfiles(Profiles.of(KraSimulatorApplication.PROFILE))) {
            throw new IllegalStateException("The standalone KRA simulator needs a password: set "
                    + "BACKOPS_KRA_SIMULATOR_PASSWORD, and give Backops the same one as BACKOPS_KRA_PASSWORD");
        } else {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
    }

    /** For this server's own KRA client, which talks to the in-process simulator. */
    public String password() {
        return password;
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
