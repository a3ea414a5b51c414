package io.backops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.service.DriverFinder;

/**
 * Where the browser tests find a Chromium or Chrome and its driver, looked up once per test run, in the order a
 * developer has one: the paths given as {@code -Dbrowser.binary} and {@code -Dbrowser.driver}, then Debian's
 * {@code chromium} and {@code chromedriver}, then whatever Selenium Manager finds (an installed Chrome, and a
 * matching driver it may download where the machine can reach the internet).
 *
 * <p>Without one, a browser test is skipped through a JUnit assumption (Surefire counts it as skipped) and the run
 * says why once, on one line. {@code -Dbrowser.required=true} (set by {@code .ci/run}) turns that into a failure,
 * so CI never passes by skipping them.
 */
record BrowserInstallation(Path binary, Path driver, String foundBy) {

    static final String BINARY = "browser.binary";
    static final String DRIVER = "browser.driver";
    static final String REQUIRED = "browser.required";

    private static final Path DEBIAN_BINARY = Path.of("/usr/bin/chromium");
    private static final Path DEBIAN_DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String HOW_TO_INSTALL = "install Chromium and its driver (Debian: apt-get install chromium "
            + "chromium-driver; Mac: brew install --cask chromium chromedriver) or pass -D" + BINARY + "=... -D"
            + DRIVER + "=...";

    /** The result of the one look-up: an installation, or why there is none. */
    record LookUp(BrowserInstallation found, String missing) {
    }

    private static LookUp lookUp;

    /**
     * The installation to use; when there is none, skips the calling test (or fails it where a browser is required).
     */
    static synchronized BrowserInstallation require() {
        if (lookUp == null) {
            lookUp = find(System.getProperty(BINARY, ""), System.getProperty(DRIVER, ""));
            if (lookUp.found() == null && !Boolean.getBoolean(REQUIRED)) {
                System.err.println("Browser tests SKIPPED: " + lookUp.missing());
            }
        }
        if (lookUp.found() == null) {
            if (Boolean.getBoolean(REQUIRED)) {
                throw new IllegalStateException("-D" + REQUIRED + "=true but " + lookUp.missing());
            }
            Assumptions.abort(lookUp.missing());
        }
        return lookUp.found();
    }

    static LookUp find(String configuredBinary, String configuredDriver) {
        if (!configuredBinary.isBlank() || !configuredDriver.isBlank()) {
            return configured(configuredBinary, configuredDriver);
        }
        if (Files.isExecutable(DEBIAN_BINARY) && Files.isExecutable(DEBIAN_DRIVER)) {
            return new LookUp(new BrowserInstallation(DEBIAN_BINARY, DEBIAN_DRIVER, "Debian's packages"), null);
        }
        return seleniumManager().map(found -> new LookUp(found, null)).orElseGet(() -> new LookUp(null,
                "no Chromium or Chrome with a driver found (not " + DEBIAN_BINARY + " with " + DEBIAN_DRIVER
                        + ", and Selenium Manager found none); " + HOW_TO_INSTALL));
    }

    /** A configured path must exist: a typo should not quietly fall back to another browser. */
    private static LookUp configured(String binary, String driver) {
        Path binaryPath = binary.isBlank() ? DEBIAN_BINARY : Path.of(binary);
        Path driverPath = driver.isBlank() ? DEBIAN_DRIVER : Path.of(driver);
        for (Path path : new Path[] {binaryPath, driverPath}) {
            if (!Files.isExecutable(path)) {
                return new LookUp(null, "no executable at " + path + " (from -D" + BINARY + "/-D" + DRIVER + "); "
                        + HOW_TO_INSTALL);
            }
        }
        return new LookUp(new BrowserInstallation(binaryPath, driverPath, "-D" + BINARY + "/-D" + DRIVER), null);
    }

    /** Selenium Manager looks for an installed Chrome and a driver for it; it fails fast when it cannot download. */
    private static Optional<BrowserInstallation> seleniumManager() {
        try {
            var finder = new DriverFinder(ChromeDriverService.createDefaultService(), new ChromeOptions());
            if (!finder.isAvailable() || !finder.hasBrowserPath()) {
                return Optional.empty();
            }
            return Optional.of(new BrowserInstallation(Path.of(finder.getBrowserPath()), Path.of(finder.getDriverPath()),
                    "Selenium Manager"));
        } catch (RuntimeException e) {
            // NoSuchDriverException and its kin: nothing installed, and nothing could be fetched.
            return Optional.empty();
        }
    }
}
