package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.plan.Plan;
import org.openqa.selenium.By;

import tools.jackson.databind.JsonNode;

/**
 * Every page, and every state of it that shows errors, in both languages: axe-core finds no
 * WCAG 2.2 A/AA violation, headings go h1, h2, ... without gaps, every field has a label and
 * its hint and error in {@code aria-describedby}, the html says the page's language, the browser
 * asks nothing of another origin (the wizard works offline), and the HTML the server sent passes
 * the Nu Html Checker (vnu-jar, pinned in test-tools/).
 */
class EveryPageIT extends BrowserTestBase {

    static final Path VNU = Path.of("test-tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private final List<String> problems = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    private Path htmlDir;
    private String lang;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyPageAndErrorStateIsAccessibleOfflineAndValidHtml(String language) throws Exception {
        lang = language;
        htmlDir = Path.of("target", "vnu", lang);
        deleteTree(htmlDir);
        Files.createDirectories(htmlDir);
        Plan plan = Presets.typed(Presets.LITWARE);

        open("/?lang=" + lang);
        audit("start", false);
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/start'] button")).click());

        audit("compatibility", false);
        pressContinue();
        audit("compatibility-errors", true);
        fillStep("/steps/compatibility", plan);
        pressContinue();

        audit("trusted-pool", false);
        fillSection(Presets.JSON.readTree("{\"umServicesColocated\":\"false\",\"owaPoolFqdn\":\"not a host\",\"port\":\"99999\"}"));
        pressContinue();
        audit("trusted-pool-errors", true);
        fillStep("/steps/trusted-pool", plan);
        pressContinue();

        audit("instant-messaging", false);
        fillSection(Presets.JSON.readTree("{\"mode\":\"ENABLE\",\"certificateThumbprint\":\"XYZ\"}"));
        pressContinue();
        audit("instant-messaging-errors", true);
        fillStep("/steps/instant-messaging", plan);
        pressContinue();

        audit("mailbox-policy", false);
        fillSection(Presets.JSON.readTree("{\"scope\":\"NAMED\"}"));
        pressContinue();
        audit("mailbox-policy-errors", true);
        fillStep("/steps/mailbox-policy", plan);
        pressContinue();

        audit("verification", false);
        pressContinue();
        assertThat(currentPath()).isEqualTo("/check-answers");
        audit("check-answers", false);
        open("/runbook");
        audit("runbook", false);
        // Certificate renewal: the thumbprint page, its error state and its downloads page.
        open("/renewal");
        audit("renewal", false);
        driver.findElement(By.id("certificateThumbprint")).sendKeys("XYZ");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/renewal'] button")).click());
        audit("renewal-errors", true);
        driver.findElement(By.id("certificateThumbprint")).clear();
        driver.findElement(By.id("certificateThumbprint")).sendKeys("0A1B2C3D4E5F60718293A4B5C6D7E8F901234567");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/renewal'] button")).click());
        audit("renewal-scripts", false);
        // The presenter view (a session flag toggled by a form in the header) on a step page.
        open("/steps/trusted-pool");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action$='/presenter'] button")).click());
        audit("presenter", false);
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action$='/presenter'] button")).click());

        // Start over asks first (issue 16): its confirmation page, with the answers still there.
        open("/start-over?returnTo=/check-answers");
        audit("start-over", false);

        open("/plan/import");
        audit("import", false);
        driver.findElement(By.id("planFile")).sendKeys(Path.of("pom.xml").toAbsolutePath().toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click());
        audit("import-errors", true);

        // Issue 15: a pair that cannot be integrated has a page of its own.
        open("/steps/compatibility/unsupported?lyncServer=LYNC_2013&exchangeServer=EXCHANGE_2019");
        audit("unsupported-pair", false);

        open("/recovery");
        audit("recovery", false);
        open("/no-such-page");
        audit("not-found", false);
        open("/start"); // GET of a POST-only address: the general error page
        audit("error", false);

        assertThat(pages).hasSize(23);
        problems.addAll(htmlErrors(htmlDir));
        assertThat(problems).as("problems on the %s pages", lang).isEmpty();
    }

    /** Checks the page as it stands and keeps the server's HTML of it for the Nu Html Checker. */
    private void audit(String name, boolean errorState) throws IOException {
        pages.add(name);
        String where = lang + "/" + name + " (" + currentPath() + "): ";
        if (errorState) {
            assertThat(driver.findElements(By.cssSelector("[data-error-summary]"))).as(where + "error summary")
                    .isNotEmpty();
        }
        accessibilityViolations().forEach(v -> problems.add(where + "axe " + v));
        headingProblems().forEach(p -> problems.add(where + "headings: " + p));
        labelProblems().forEach(p -> problems.add(where + "fields: " + p));
        if (!lang.equals(htmlLang())) {
            problems.add(where + "<html lang=\"" + htmlLang() + "\">");
        }
        foreignRequests().forEach(u -> problems.add(where + "requested another origin: " + u));
        if ("ko".equals(lang)) {
            untranslated().forEach(t -> problems.add(where + "English on a Korean page: " + t));
        }
        String html = serverHtml(errorState);
        assertThat(html).as(where + "server HTML").startsWith("<!DOCTYPE html>");
        Files.writeString(htmlDir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
        if (errorState) {
            screenshot("errors-" + lang + "-" + name); // the journeys already show each page without errors
        }
    }

    /**
     * Text on the page that reads as an English phrase (four words or more, no Hangul) and is not
     * something the person typed (the plan title) or a technical value (code, command names).
     * The Korean screenshots showed the script table in English before this check existed.
     */
    @SuppressWarnings("unchecked")
    private List<String> untranslated() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var typed = arguments[0], found = [];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                  var text = node.textContent.trim();
                  if (!text || /[\uAC00-\uD7A3]/.test(text) || text === typed || node.parentElement.closest('code, script')) { continue; }
                  if (/([A-Za-z]{2,}[ ,]+){3,}[A-Za-z]{2,}/.test(text)) { found.push(text); }
                }
                return found;""", Presets.typed(Presets.LITWARE).title());
    }

    /** One run of the Nu Html Checker over the folder (it starts slowly): its errors, as readable lines. */
    static List<String> htmlErrors(Path dir) throws IOException, InterruptedException {
        assertThat(VNU).as("vnu.jar: run npm ci --prefix test-tools").exists();
        Process vnu = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", VNU.toString(), "--format", "json", "--errors-only", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(vnu.waitFor(120, TimeUnit.SECONDS)).as("vnu finished").isTrue();
        int start = out.indexOf('{');
        assertThat(start).as("vnu printed JSON: %s", out).isNotNegative();
        List<String> errors = new ArrayList<>();
        for (JsonNode message : Presets.JSON.readTree(out.substring(start)).path("messages")) {
            if (!"info".equals(message.path("type").asString())) {
                String file = message.path("url").asString();
                errors.add("vnu " + file.substring(file.lastIndexOf('/') + 1) + ":" + message.path("lastLine").asInt()
                        + " " + message.path("message").asString() + " [" + message.path("extract").asString() + "]");
            }
        }
        return errors;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
