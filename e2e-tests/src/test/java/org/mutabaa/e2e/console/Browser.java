package org.mutabaa.e2e.console;

import org.mutabaa.e2e.SuiteExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, installed here when missing;
 * nothing is downloaded by the test tools), one profile per instance, so that two people can be
 * signed in side by side.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = SuiteExtension.ROOT.resolve("e2e-tests/target/console-screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Installs Debian's chromium and chromium-driver with apt-get when they are not on the machine. */
    /** Chromium and its driver are installed by the test command (`./mutabaa test`), not by the tests. */
    static void ensureInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMIUM + " and " + CHROMEDRIVER + " are needed: run the tests with"
                    + " ./mutabaa test, which installs Debian's chromium and chromium-driver, or install them"
                    + " (apt-get install chromium chromium-driver)");
        }
    }

    /** A new browser window of the size given, its clock in UTC, on the console at {@code base}. */
    static Browser open(String base, int width, int height) {
        ensureInstalled();
        try {
            Path profile = Files.createTempDirectory("mutabaa-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=ar", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .withEnvironment(Map.of("TZ", "UTC"))
                    .usingAnyFreePort().build();
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new Browser(driver, profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the page saved, once it is complete. */
    String downloaded(String name) {
        Path file = profile.resolve("downloads").resolve(name);
        return await(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0 ? Files.readString(file) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** A file the page saved, as bytes, once it is complete (a PDF). */
    byte[] downloadedBytes(String name) {
        Path file = profile.resolve("downloads").resolve(name);
        return await(d -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0 ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    ChromeDriver driver() {
        return driver;
    }

    void go(String hash) {
        driver.get(base + "/" + hash);
    }

    <T> T await(Function<ChromeDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.apply(driver));
        } catch (org.openqa.selenium.TimeoutException e) {
            // What the page showed when the wait gave up, beside the test's report.
            Path shot = screenshot("timed-out-" + System.currentTimeMillis());
            throw new AssertionError("the page did not reach the expected state in 30 s; it showed " + shot
                    + " with the text: " + driver.findElement(org.openqa.selenium.By.tagName("body")).getText()
                    + "\nand the browser's console: " + consoleLog(), e);
        }
    }

    WebElement awaitElement(String css) {
        return await(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    /** What the pages logged (errors and warnings). */
    String consoleLog() {
        StringBuilder out = new StringBuilder();
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                .forEach(entry -> out.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        return out.toString();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Types into a field of a form, finding both again if the page was redrawn meanwhile (a live
     * update may redraw a page until someone starts typing in it).
     */
    void type(String form, String field, String text) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement input = awaitElement(form).findElement(By.name(field));
                input.clear();
                input.sendKeys(text);
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Clicks the element, found again if the page was redrawn just before. */
    void click(String css) {
        await(d -> {
            awaitElement(css).click();
            return true;
        });
    }

    /** Presses Tab until the element is focused (at most 80 times), then Enter: proves it is reachable by keyboard. */
    void activateByKeyboard(WebElement target) {
        for (int i = 0; i < 80; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                target.sendKeys(Keys.ENTER);
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reachable with the Tab key: " + target.getAttribute("outerHTML"));
    }

    /** Lays the page out as a phone of this width would (CSS pixels), or back to the window's size. */
    void phoneWidth(boolean phone) {
        if (phone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Whether the page is wider than the window (a horizontal scroll bar on a phone). */
    boolean overflowsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind
            }
        }
    }
}
