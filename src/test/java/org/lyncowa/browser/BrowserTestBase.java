package org.lyncowa.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lyncowa.plan.Plan;
import org.lyncowa.support.PlanForms;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * One browser per kind (with or without JavaScript, browser language) for the whole test run,
 * shared by the test classes (they share one app too: the same {@code @SpringBootTest}, so Spring's
 * context cache starts it once); cookies are cleared before each test so every test is a new
 * visitor, and each class gets one tab of its own. The browsers quit when the run ends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    /** WCAG 2.2 A and AA, the level the product promises. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One browser per kind (JavaScript on/off, browser language), shared by the test classes that want it. */
    private static final Map<String, ChromeDriver> DRIVERS = new java.util.HashMap<>();

    /** Quits the shared browsers when the whole run ends (JUnit closes the root store then). */
    @RegisterExtension
    static final BeforeAllCallback QUIT_BROWSERS_AT_THE_END = context -> context.getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(BrowserTestBase.class.getName() + ".browsers", key -> (AutoCloseable) BrowserTestBase::quitBrowsers);

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;

    /** Override to run the class with JavaScript switched off. */
    protected boolean javascript() {
        return true;
    }

    /** The browser's language (its UI and Accept-Language); override for a Korean browser. */
    protected String browserLanguage() {
        return "en-US";
    }

    private String driverKey() {
        return (javascript() ? "js-" : "nojs-") + browserLanguage();
    }

    @BeforeEach
    void openBrowser() {
        driver = DRIVERS.computeIfAbsent(driverKey(), key -> newDriver(javascript(), browserLanguage(), downloadDir(key)));
        driver.get(url("/actuator/health"));
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    /**
     * A class leaves its browser with one fresh tab (a test may have opened more, or changed what
     * the page emulates), so the next class starts as in a new browser window.
     */
    @AfterAll
    static void freshTabForTheNextClass() {
        for (ChromeDriver driver : DRIVERS.values()) {
            String keep = driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB).getWindowHandle();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(keep)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(keep);
            driver.executeCdpCommand("Browser.resetPermissions", Map.of()); // e.g. the clipboard a test granted
        }
    }

    private static synchronized void quitBrowsers() {
        DRIVERS.values().forEach(ChromeDriver::quit);
        DRIVERS.clear();
    }

    static ChromeDriver newDriver(boolean javascript, String language, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--window-size=1280,1000", "--lang=" + language,
                // Bootstrap scrolls smoothly unless motion is reduced: chromedriver would click
                // where an element was before the scroll had ended.
                "--force-prefers-reduced-motion");
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", language.startsWith("ko") ? "ko-KR,ko" : "en-US,en",
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** This test's browser downloads into its own folder, so tests never see another browser's files. */
    protected Path downloadDir() {
        return downloadDir(driverKey());
    }

    private static Path downloadDir(String key) {
        Path dir = Path.of("target", "browser-downloads", key).toAbsolutePath();
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
            Files.write(file, fullPagePng());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page, not only the window: a reviewer sees every field and the buttons below them. */
    private byte[] fullPagePng() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        if (size == null) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1);
        // optimizeForSpeed: Chromium's faster PNG encoding (larger files; the pictures are the same).
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip, "optimizeForSpeed", true));
        return java.util.Base64.getDecoder().decode((String) shot.get("data"));
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

    /** "METHOD url" of every request since the last call (documents, styles, scripts, XHR). */
    protected List<String> requests() {
        List<String> lines = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if ("Network.requestWillBeSent".equals(message.path("method").asString())) {
                JsonNode request = message.path("params").path("request");
                lines.add(request.path("method").asString() + " " + request.path("url").asString());
            }
        }
        return lines;
    }

    /** axe-core's WCAG 2.2 A/AA violations on the current page, as readable lines. */
    protected List<String> accessibilityViolations() {
        if (!javascript()) {
            // axe is JavaScript: in a browser started without it, it times out and reports nothing,
            // which would pass every page. Check no-JavaScript pages from a class with JavaScript on.
            throw new IllegalStateException("axe cannot run in a browser started without JavaScript");
        }
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> lines.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                    + " at " + node.getTarget()));
        }
        return lines;
    }

    // ---- Moving through pages -------------------------------------------------------------

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Clicks (or presses) something that loads a new page and waits until the new page is there. */
    protected void andWaitForNewPage(Runnable action) {
        WebElement old = driver.findElement(By.tagName("html"));
        action.run();
        waitUpTo(15).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                // Stale, or (while the new document replaces it) "node does not belong to the document".
                return true;
            }
        });
        waitUpTo(15).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The path of the page the browser shows now. */
    protected String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Presses the page's main button (Continue, Start) and waits for the next page. */
    protected void pressContinue() {
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click());
    }

    /** From the start page: a new journey, on the first step. */
    protected void startNewJourney() {
        open("/");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/start'] button")).click());
        assertThat(currentPath()).isEqualTo("/steps/compatibility");
    }

    /**
     * Types a plan's answers for the step page the browser shows: the fields of the tests' one
     * plan-to-form mapper ({@link PlanForms#fields}), the same a browser without JavaScript posts.
     */
    protected void fillStep(String stepPath, Plan plan) {
        fill(PlanForms.fields(stepPath, plan));
    }

    /**
     * Types answers given as JSON (a plan section or a few properties, e.g. wrong answers): each
     * property is the field of that name, a list one entry per line.
     */
    protected void fillSection(JsonNode section) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : section.properties()) {
            fields.put(property.getKey(), property.getValue().isArray()
                    ? String.join("\n", property.getValue().valueStream().map(JsonNode::asString).toList())
                    : property.getValue().asString());
        }
        fill(fields);
    }

    /**
     * Types form fields into the page as a person would: radios first (they reveal the fields that
     * belong to them), then every text field and textarea (one list entry per line). Fields the page
     * does not have (e.g. answers the page does not ask) are left out.
     */
    protected void fill(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            List<WebElement> radios = driver.findElements(By.cssSelector(
                    "input[type=radio][name='" + field.getKey() + "']"));
            if (!radios.isEmpty() && !field.getValue().isEmpty()) {
                String value = field.getValue();
                radios.stream().filter(r -> value.equals(r.getDomAttribute("value"))).findFirst()
                        .map(radio -> driver.findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']")))
                        .orElseThrow(() -> new AssertionError("no radio " + field.getKey() + "=" + value))
                        .click(); // its label, as people do: a larger target, and it must work too
            }
        }
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            List<WebElement> found = driver.findElements(By.cssSelector(
                    "input[type=text][name='" + entry.getKey() + "'], textarea[name='" + entry.getKey() + "']"));
            if (found.isEmpty()) {
                continue;
            }
            WebElement field = found.get(0);
            String text = entry.getValue();
            if (text.isEmpty() && !field.isDisplayed()) {
                continue; // an empty list in a panel the chosen radio hides: nothing a person could type
            }
            field.clear();
            field.sendKeys(text);
        }
    }

    /**
     * Types a whole plan in, step after step, until the check-answers page; {@code onStep} sees
     * each step page once it is filled in (for screenshots and checks).
     */
    protected void typePlan(Plan plan, java.util.function.Consumer<String> onStep) {
        startNewJourney();
        for (int guard = 0; guard < 8 && currentPath().startsWith("/steps/"); guard++) {
            fillStep(currentPath(), plan);
            onStep.accept(currentPath());
            String before = currentPath();
            pressContinue();
            assertThat(currentPath()).as("the step %s took the answers", before).isNotEqualTo(before);
        }
        assertThat(currentPath()).isEqualTo("/check-answers");
    }

    /** Waits for one finished download whose name ends with {@code suffix} (the folder is emptied first by the caller). */
    protected Path awaitDownload(String suffix) {
        return waitUpTo(30).until(d -> {
            try (var files = Files.list(downloadDir())) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    protected void emptyDownloadDir() {
        try (var files = Files.list(downloadDir())) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- Looking at pages -----------------------------------------------------------------

    /**
     * The HTML exactly as the server sent it (the DOM the driver shows is already normalised):
     * fetched again from the page itself, with the browser's cookies. With {@code replayForm} the
     * page's form is posted again as it stands (the way to get a page that answers a POST with
     * errors; such a post changes nothing on the server).
     */
    protected String serverHtml(boolean replayForm) {
        String script = replayForm
                ? "var done = arguments[arguments.length - 1]; var form = document.querySelector('main form[method=post]');"
                        + "fetch(form.action, {method: 'POST', headers: {Accept: 'text/html'}, body: new URLSearchParams(new FormData(form))})"
                        + ".then(function (r) { return r.text(); }).then(done, function (e) { done('FAILED ' + e); });"
                : "var done = arguments[arguments.length - 1];"
                        + "fetch(location.href, {headers: {Accept: 'text/html'}}).then(function (r) { return r.text(); }).then(done, function (e) { done('FAILED ' + e); });";
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    /** Headings that break the outline: the first must be h1, and no level may be skipped on the way down. */
    @SuppressWarnings("unchecked")
    protected List<String> headingProblems() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var problems = [], previous = 0;
                document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {
                  var level = Number(h.tagName.substring(1));
                  if (previous === 0 && level !== 1) { problems.push('first heading is ' + h.tagName + ': ' + h.textContent.trim()); }
                  else if (level > previous + 1) { problems.push(h.tagName + ' after h' + previous + ': ' + h.textContent.trim()); }
                  previous = level;
                });
                if (document.querySelectorAll('h1').length !== 1) { problems.push('h1 count ' + document.querySelectorAll('h1').length); }
                return problems;""");
    }

    /**
     * Fields a screen reader would announce badly: every text input, textarea and file input needs
     * a label; every radio a label and a fieldset with a legend; the hint and the error message
     * next to a field (id {@code <field>-hint}, {@code <field>-error}) must be in the
     * {@code aria-describedby} of the field (of the fieldset for radios, and a radio's own hint,
     * {@code <id>-item-hint}, in the radio's); every id named there must exist.
     */
    @SuppressWarnings("unchecked")
    protected List<String> labelProblems() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var problems = [];
                function describedBy(el) { return (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean); }
                function checkDescribed(el, owner, name) {
                  var ids = describedBy(owner);
                  ['-hint', '-error'].forEach(function (suffix) {
                    if (document.getElementById(name + suffix) && ids.indexOf(name + suffix) < 0) {
                      problems.push(name + ': ' + name + suffix + ' not in aria-describedby');
                    }
                  });
                  ids.forEach(function (id) { if (!document.getElementById(id)) { problems.push(name + ': describedby ' + id + ' missing'); } });
                }
                document.querySelectorAll('input, textarea, select').forEach(function (el) {
                  if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') { return; }
                  if (!el.labels || el.labels.length === 0) { problems.push((el.id || el.name) + ': no label'); }
                  if (el.type === 'radio') {
                    var fieldset = el.closest('fieldset');
                    if (!fieldset || !fieldset.querySelector('legend')) { problems.push(el.id + ': radio outside a fieldset with a legend'); }
                    else if (el === document.querySelector('input[type=radio][name="' + el.name + '"]')) { checkDescribed(el, fieldset, el.name); }
                    if (document.getElementById(el.id + '-item-hint') && describedBy(el).indexOf(el.id + '-item-hint') < 0) {
                      problems.push(el.id + ': its hint is not in aria-describedby');
                    }
                    describedBy(el).forEach(function (id) { if (!document.getElementById(id)) { problems.push(el.id + ': describedby ' + id + ' missing'); } });
                  } else {
                    checkDescribed(el, el, el.id);
                  }
                });
                return problems;""");
    }

    /** The {@code lang} attribute of the page's html element. */
    protected String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Requests since the last call that went anywhere but the app itself. */
    protected List<URI> foreignRequests() {
        return requestedUrls().stream()
                .filter(u -> !("http".equals(u.getScheme()) && "localhost".equals(u.getHost()) && u.getPort() == port))
                .filter(u -> !"data".equals(u.getScheme()))
                .toList();
    }
}
