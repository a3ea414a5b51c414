package io.backops;

import io.backops.kra.simulator.KraSimulatorApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Backops, or with the {@code kra-simulator} profile the standalone KRA simulator from the same jar. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackopsApplication {

    public static void main(String[] args) {
        String profiles = System.getProperty("spring.profiles.active", System.getenv("SPRING_PROFILES_ACTIVE"));
        if (KraSimulatorApplication.isRequested(args, profiles)) {
            KraSimulatorApplication.run(args);
        } else {
            SpringApplication.run(BackopsApplication.class, args);
        }
    }
}
