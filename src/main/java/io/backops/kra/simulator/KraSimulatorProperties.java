package io.backops.kra.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated KRA's credentials and pace: an upload leaves "under process" after {@code processingDays} working
 * days of the simulator's own clock.
 */
@ConfigurationProperties("backops.kra-simulator")
record KraSimulatorProperties(@DefaultValue("backops-sim") String password,
                              @DefaultValue("2") int processingDays,
                              @DefaultValue("60") int tokenValidityMinutes) {
}
