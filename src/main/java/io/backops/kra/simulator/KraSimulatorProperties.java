package io.backops.kra.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated KRA's password (none by default, see {@link SimulatorCredentials}) and pace: an upload leaves "under process" after {@code processingDays} working
 * days of the simulator's own clock. {@code kraDigit} is the first digit of its APP_STATUS codes, the KRA it plays
 * (0 CVL, 1 NDML, 3 CAMS, 6 KFIN...), so that a second simulator can stand in for a second KRA.
 */
@ConfigurationProperties("backops.kra-simulator")
record KraSimulatorProperties(String password,
                              @DefaultValue("2") int processingDays,
                              @DefaultValue("60") int tokenValidityMinutes,
                              @DefaultValue("0") char kraDigit) {
}
