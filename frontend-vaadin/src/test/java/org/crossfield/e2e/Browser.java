package org.crossfield.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (Debian's chromium and chromium-driver). Nothing is downloaded:
 * the driver path is given, so Selenium Manager never runs. When the browser is missing, the journeys fail if
 * {@code crossfield.browser.required=true} (CI) and are skipped otherwise.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static WebDriver start() {
        Path chromium = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
        Path driver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String reason = "Chromium (" + chromium + ") or chromedriver (" + driver + ") is not installed";
            if (Boolean.getBoolean("crossfield.browser.required")) {
                Assertions.fail(reason + ", and browser tests are required here (crossfield.browser.required=true)");
            }
            Assumptions.abort(reason + "; install chromium and chromium-driver to run the browser journeys");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static void screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }

    /**
     * A screenshot in target/screenshots, and in the user guide's images when {@code crossfield.docs.images} names their
     * folder (e.g. {@code -Dcrossfield.docs.images=../docs/images}).
     */
    static void documentationShot(WebDriver driver, String name) {
        screenshot(driver, name);
        String docs = System.getProperty("crossfield.docs.images");
        if (docs != null && !docs.isBlank()) {
            try {
                Path dir = Path.of(docs);
                Files.createDirectories(dir);
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new IllegalStateException("Could not write " + name + " to " + docs, e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
