package io.backops.kra.simulator;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The KRA simulator on its own ({@code --spring.profiles.active=kra-simulator}, usually with {@code SERVER_PORT}):
 * just the web layer and the simulator, no database, no engine, no sign-in. Deliberately not a {@code @Component},
 * so the Backops application's component scan never picks it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ValidationAutoConfiguration.class})
@EnableConfigurationProperties(KraSimulatorProperties.class)
@Import({SimulatorCredentials.class, SimulatedKra.class, Faults.class, KraSimulatorController.class, KraSimulatorControlController.class})
public class KraSimulatorApplication {

    public static final String PROFILE = "kra-simulator";

    /** Whether the command line or the environment asks for the standalone simulator. */
    public static boolean isRequested(String[] args, String activeProfilesFromEnvironment) {
        boolean inArgs = Arrays.stream(args)
                .anyMatch(arg -> arg.startsWith("--spring.profiles.active=") && arg.contains(PROFILE));
        boolean inEnvironment = activeProfilesFromEnvironment != null && activeProfilesFromEnvironment.contains(PROFILE);
        return inArgs || inEnvironment;
    }

    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplication(KraSimulatorApplication.class).run(args);
    }
}
