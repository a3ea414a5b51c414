package io.backops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium or Chrome (found by {@link BrowserInstallation}: Debian's {@code chromium} and
 * {@code chromium-driver} in CI), headless, with a fresh profile; screenshots go to {@code target/screenshots/}.
 * Where the machine has no browser, the test that opens one is skipped (or fails, with {@code -Dbrowser.required}).
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Generous: on a busy two-core machine Tasklist's first load alone can take half a minute. */
    private static final Duration WAIT = Duration.ofSeconds(45);

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        var installation = BrowserInstallation.require();
        this.baseUrl = baseUrl;
        var options = new ChromeOptions();
        options.setBinary(installation.binary().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(installation.driver().toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Resizes the window, e.g. to a tablet's 820 × 1180. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Runs a script in the page and answers its result. */
    public Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Whether the page is wider than the window, i.e. the person would have to scroll sideways. */
    public boolean scrollsSideways() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    public String title() {
        return driver.getTitle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return waitFor(d -> d.findElement(by));
    }

    /** Every element matching, once at least one is there. */
    public java.util.List<WebElement> findAll(By by) {
        return waitFor(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found;
        });
    }

    public void type(By field, String text) {
        waitFor(d -> {
            WebElement element = d.findElement(field);
            element.clear();
            element.sendKeys(text);
            return Boolean.TRUE;
        });
    }

    public void click(By by) {
        WebElement element = waitFor(d -> {
            WebElement found = d.findElement(by);
            return found.isDisplayed() && found.isEnabled() ? found : null;
        });
        // To the middle of the view first: pages with a fixed footer (Tasklist's) would take a click at the bottom edge.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Picks the option with value {@code value} in a select box. */
    public void select(By selectBox, String value) {
        waitFor(d -> {
            new Select(d.findElement(selectBox)).selectByValue(value);
            return Boolean.TRUE;
        });
    }

    /** Says yes to the confirm dialog that a {@code data-confirm} form or button opens (see portal.js). */
    public void acceptConfirm() {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent()).accept();
    }

    /** Says yes to the confirm dialog and answers what it asked. */
    public String acceptConfirmSaying() {
        var alert = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        return text;
    }

    /** For pages that answer after long work (a bulk action over hundreds of applications). */
    public void waitForText(String text, Duration atMost) {
        new WebDriverWait(driver, atMost).ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
    }

    /** Signs in on Backops' sign-in page, wherever the browser was sent from. */
    public void signIn(String username, String password) {
        String signInPage = driver.getCurrentUrl();
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.cssSelector("button[type=submit]"));
        // Whatever the answer (the next page, a password change, an error), it must have arrived before the caller
        // opens another page: the sign-in's redirect, still on its way, would take the browser away from it again.
        waitFor(d -> d.getCurrentUrl().equals(signInPage) ? null : Boolean.TRUE);
    }

    /**
     * Clicks and says yes to the confirm dialog the click opens. A click that lands while the page still moves (a
     * preview image or frame loading above the button) can miss, and nothing is sent without the dialog's yes, so a
     * click that opened no dialog is made once more.
     */
    public void clickAndConfirm(By by) {
        click(by);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
            return;
        } catch (TimeoutException firstClickMissed) {
            click(by);
        }
        try {
            acceptConfirm();
        } catch (TimeoutException e) {
            screenshot("no-confirm-dialog");
            throw new AssertionError("No confirm dialog after clicking " + by + " on " + url() + ":\n" + text(), e);
        }
    }

    public void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text) ? Boolean.TRUE : null);
    }

    /** Waits until the script, run in the page, answers true (an image loaded, a frame filled). */
    public void waitForScript(String script) {
        waitFor(d -> Boolean.TRUE.equals(script(script)) ? Boolean.TRUE : null);
    }

    public void waitForUrl(String part) {
        waitFor(d -> d.getCurrentUrl().contains(part) ? Boolean.TRUE : null);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep screenshot " + name, e);
        }
    }

    /**
     * Waits for the condition, trying again where the page re-rendered under a found element (Chromium may say so as
     * a stale element or as a node that "does not belong to the document" while a new page loads).
     */
    private <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
