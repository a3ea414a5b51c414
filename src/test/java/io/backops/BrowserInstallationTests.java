package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser look-up takes a configured path first, and a configured path that is not there is no browser. */
class BrowserInstallationTests {

    @Test
    void configuredPathsWinWhenTheyAreExecutables() {
        var lookUp = BrowserInstallation.find("/bin/sh", "/bin/ls");

        assertThat(lookUp.found()).isEqualTo(new BrowserInstallation(Path.of("/bin/sh"), Path.of("/bin/ls"),
                "-Dbrowser.binary/-Dbrowser.driver"));
    }

    @Test
    void aConfiguredPathThatIsMissingMeansNoBrowserAndSaysWhichAndHowToGetOne() {
        var lookUp = BrowserInstallation.find("/nonexistent/chromium", "/bin/ls");

        assertThat(lookUp.found()).isNull();
        assertThat(lookUp.missing()).contains("/nonexistent/chromium", "apt-get install chromium chromium-driver");
    }
}
