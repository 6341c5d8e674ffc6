package org.lyncowa.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Starts the whole app on a random port and drives Debian's headless Chromium through
 * chromedriver ({@code -Dwebdriver.chrome.driver=/usr/bin/chromedriver}, {@code SE_OFFLINE=true}).
 * One browser per test class (with or without JavaScript); cookies are cleared before each test
 * so every test is a new visitor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    /** WCAG 2.2 A and AA, the level the product promises. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Boolean, ChromeDriver> DRIVERS = new java.util.HashMap<>();

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;

    /** Override to run the class with JavaScript switched off. */
    protected boolean javascript() {
        return true;
    }

    @BeforeEach
    void openBrowser() {
        driver = DRIVERS.computeIfAbsent(javascript(), BrowserTestBase::newDriver);
        driver.get(url("/actuator/health"));
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    @AfterAll
    static void closeBrowsers() {
        DRIVERS.values().forEach(ChromeDriver::quit);
        DRIVERS.clear();
    }

    static ChromeDriver newDriver(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--window-size=1280,1000", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "en-US,en",
                "download.default_directory", downloadDir().toString(),
                "download.prompt_for_download", false,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    public static Path downloadDir() {
        Path dir = Path.of("target", "browser-downloads").toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return dir;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** Saves a PNG of the page under {@code target/screenshots/} for a reviewer to look at. */
    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every URL the browser requested since the last call (from Chromium's performance log). */
    protected List<URI> requestedUrls() {
        List<URI> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
                String url = message.path("params").path("request").path("url").asString();
                if (!url.isEmpty()) {
                    urls.add(URI.create(url.replace(" ", "%20")));
                }
            }
        }
        return urls;
    }

    /** axe-core's WCAG 2.2 A/AA violations on the current page, as readable lines. */
    protected List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + " at " + node.getTarget()));
        }
        return lines;
    }
}
