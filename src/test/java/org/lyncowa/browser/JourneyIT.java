package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import tools.jackson.databind.JsonNode;

/**
 * Whole journeys as a person makes them, in a real browser with JavaScript on
 * ({@link JourneyWithoutJavaScriptIT} runs the same tests with it off): every example plan typed
 * in and downloaded, wrong answers, back, reload, a second tab, Change links, import and export,
 * and the language switch.
 */
class JourneyIT extends BrowserTestBase {

    /**
     * Every example plan, typed through the pages: the step pages ask only what applies to the versions
     * chosen (issue 15), and a plan with per-server certificates is typed as one line per server.
     */
    static List<String> presets() {
        return Presets.names();
    }

    private String mode() {
        return javascript() ? "js" : "nojs";
    }

    @ParameterizedTest
    @MethodSource("presets")
    void examplePlanTypedInShowsItsAnswersAndDownloadsAMatchingBundle(String preset) throws IOException {
        JsonNode expected = Presets.typedResult(preset);
        List<String> steps = new ArrayList<>();
        typePlan(Presets.typed(preset), path -> {
            steps.add(path);
            screenshot(mode() + "-" + preset + "-en" + path.replace('/', '-'));
        });

        String answers = driver.findElement(By.tagName("main")).getText();
        assertThat(answers).contains(Presets.shownValues(expected));
        screenshot(mode() + "-" + preset + "-en-check-answers");

        emptyDownloadDir();
        driver.findElement(By.cssSelector("a[href$='/download/bundle.zip']")).click();
        Map<String, byte[]> zip = unzip(awaitDownload(".zip"));
        JsonNode manifest = Presets.JSON.readTree(zip.get("manifest.json"));
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asString();
            listed.add(path);
            assertThat(zip).as("bundle has %s", path).containsKey(path);
            assertThat(sha256(zip.get(path))).as("sha256 of %s", path).isEqualTo(file.path("sha256").asString());
        }
        assertThat(listed).as("the manifest lists every other file").containsExactlyInAnyOrderElementsOf(
                zip.keySet().stream().filter(n -> !n.equals("manifest.json")).toList());
        assertThat(listed).contains("plan.json", "runbook.md", "runbook.html");
        assertThat(Presets.JSON.readTree(zip.get("plan.json"))).isEqualTo(expected);
        settingOverrideCoversEveryServer(zip, expected);

        if (!javascript()) {
            return; // the Korean screenshots come from the pass with JavaScript; the pages are the same
        }
        // The same answers in Korean: each step page and the summary, for a reviewer to look at.
        for (String step : steps) {
            open(step + "?lang=ko");
            assertThat(htmlLang()).isEqualTo("ko");
            screenshot(mode() + "-" + preset + "-ko" + step.replace('/', '-'));
        }
        open("/check-answers?lang=ko");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(Presets.shownValues(expected));
        screenshot(mode() + "-" + preset + "-ko-check-answers");
    }

    @Test
    void aWrongAnswerOnEachStepIsExplainedLinkedToItsFieldAndKeepsWhatWasTyped() {
        startNewJourney();
        // Step 1: no Exchange version chosen.
        driver.findElement(By.id("title")).sendKeys("Keep this title");
        fillSection(Presets.JSON.readTree("{\"lyncServer\":\"LYNC_2013\",\"ucmaRuntimeConfirmed\":\"true\"}"));
        refusedAt("exchangeServer", "exchangeServer"); // a radio group links to its first radio (GOV.UK)
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Keep this title");
        Plan litware = Presets.typed(Presets.LITWARE);
        fillStep("/steps/compatibility", new Plan("Keep this title", litware.compatibility(), null, null, null));
        pressContinue();

        // Step 2: a pool name that is not a host name.
        fillSection(Presets.JSON.readTree(
                "{\"umServicesColocated\":\"false\",\"owaPoolFqdn\":\"not a host\",\"registrarPoolFqdn\":\"atl-cs-001.litwareinc.com\","
                        + "\"siteId\":\"Redmond\",\"applicationId\":\"OutlookWebApp\",\"port\":\"5199\"}"));
        refusedAt("owaPoolFqdn", "owaPoolFqdn");
        assertThat(driver.findElement(By.id("owaPoolFqdn")).getDomProperty("value")).isEqualTo("not a host");
        fillStep("/steps/trusted-pool", Presets.typed(Presets.LITWARE));
        pressContinue();

        // Step 3: a thumbprint that is not 40 hexadecimal digits.
        fillSection(Presets.JSON.readTree(
                "{\"mode\":\"ENABLE\",\"mailboxServers\":[\"atl-owa-001.litwareinc.com\"],\"certificateThumbprint\":\"XYZ\","
                        + "\"imServerName\":\"atl-cs-001.litwareinc.com\"}"));
        refusedAt("certificateThumbprint", "certificateThumbprint");
        assertThat(driver.findElement(By.id("certificateThumbprint")).getDomProperty("value")).isEqualTo("XYZ");
        assertThat(driver.findElement(By.id("mailboxServers")).getDomProperty("value"))
                .isEqualTo("atl-owa-001.litwareinc.com");
        fillStep("/steps/instant-messaging", Presets.typed(Presets.LITWARE));
        pressContinue();

        // Step 4: named policies chosen, with a name that repeats.
        fillSection(Presets.JSON.readTree("{\"scope\":\"NAMED\",\"policies\":[\"Sales\",\"Sales\"]}"));
        refusedAt("policies", "policies");
        assertThat(driver.findElement(By.id("policies")).getDomProperty("value")).isEqualTo("Sales\nSales");
        assertThat(driver.findElement(By.id("scope-named")).isSelected()).isTrue();
        fillStep("/steps/mailbox-policy", Presets.typed(Presets.LITWARE));
        pressContinue();
        assertThat(currentPath()).isEqualTo("/steps/verification");
        pressContinue();
        assertThat(currentPath()).isEqualTo("/check-answers");

        // The import form: a file that is not a plan.
        open("/plan/import");
        driver.findElement(By.id("planFile")).sendKeys(Path.of("pom.xml").toAbsolutePath().toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form button[type=submit]")).click());
        assertThat(currentPath()).isEqualTo("/plan/import");
        summaryLeadsTo("planFile", "planFile");
    }

    /**
     * Exchange 2016 and later (P-8.5, P-9.2): the setting-override script names every Mailbox server with
     * the thumbprint typed for it. The Skype for Business Server 2019 + Exchange 2019 example has two
     * servers with different certificates.
     */
    private static void settingOverrideCoversEveryServer(Map<String, byte[]> zip, JsonNode plan) {
        String exchange = plan.path("compatibility").path("exchangeServer").asString();
        List<String> overrides = zip.keySet().stream().filter(n -> n.endsWith("-owa-setting-override.ps1")).toList();
        if (!List.of("EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE").contains(exchange)
                || !plan.path("instantMessaging").path("mode").asString().equals("ENABLE")) {
            assertThat(overrides).isEmpty();
            return;
        }
        assertThat(overrides).hasSize(1);
        String script = new String(zip.get(overrides.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode im = plan.path("instantMessaging");
        im.path("mailboxServers").forEach(server -> assertThat(script).contains("'" + server.asString() + "'"));
        im.path("certificates").properties().forEach(e -> assertThat(script)
                .contains("'" + e.getKey() + "' = '" + e.getValue().asString() + "'"));
    }

    /**
     * Issue 15, P-1.3: a pair that cannot be integrated leads to its own page, which offers the switch-off
     * scripts (P-3.8); the browser's back button returns to the question with the answers kept.
     */
    @Test
    void anUnsupportedPairHasItsOwnPageWithTheSwitchOffScriptsAndBackKeepsTheAnswers() throws IOException {
        startNewJourney();
        driver.findElement(By.id("title")).sendKeys("Old Lync site");
        fillSection(Presets.JSON.readTree("{\"lyncServer\":\"LYNC_2013\",\"exchangeServer\":\"EXCHANGE_2019\"}"));
        pressContinue();
        assertThat(currentPath()).isEqualTo("/steps/compatibility/unsupported");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Lync Server 2013 and Exchange Server 2019 cannot be integrated");
        assertThat(driver.findElements(By.cssSelector("[data-error-summary]"))).isEmpty();
        screenshot(mode() + "-unsupported-pair");

        emptyDownloadDir();
        driver.findElement(By.cssSelector("a[href*='/steps/compatibility/unsupported/bundle.zip']")).click();
        Map<String, byte[]> zip = unzip(awaitDownload(".zip"));
        assertThat(zip).containsKeys("01-disable-im.ps1", "02-verify.ps1", "runbook.md", "plan.json");
        assertThat(Presets.JSON.readTree(zip.get("plan.json")).path("instantMessaging").path("mode").asString())
                .isEqualTo("DISABLE");

        andWaitForNewPage(() -> driver.navigate().back());
        assertThat(currentPath()).isEqualTo("/steps/compatibility");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Old Lync site");
        assertThat(driver.findElement(By.id("exchangeServer-2019")).isSelected()).isTrue();
        fillSection(Presets.JSON.readTree(
                "{\"lyncServer\":\"SKYPE_2019\",\"exchangeServer\":\"EXCHANGE_2019\",\"ucmaRuntimeConfirmed\":\"true\"}"));
        pressContinue();
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");
        assertThat(driver.findElements(By.name("umServicesColocated"))).as("no UM question with Exchange 2019").isEmpty();
    }

    @Test
    void theSkypeForBusiness2019WithExchange2019ExampleHasTwoServersWithDifferentCertificates() {
        // What examplePlanTypedInShowsItsAnswersAndDownloadsAMatchingBundle types for this example (issue 15).
        JsonNode im = Presets.typedResult("tailspin-skype2019-exchange2019").path("instantMessaging");
        assertThat(im.path("mailboxServers")).hasSize(2);
        assertThat(im.path("certificates").path("ex19-01.tailspintoys.com").asString())
                .isNotEqualTo(im.path("certificates").path("ex19-02.tailspintoys.com").asString());
        assertThat(presets()).contains("tailspin-skype2019-exchange2019");
    }

    /** Presses Continue and expects the same step back with the error summary leading to {@code field}. */
    private void refusedAt(String field, String targetId) {
        String path = currentPath();
        pressContinue();
        assertThat(currentPath()).isEqualTo(path);
        screenshot(mode() + "-error" + path.replace('/', '-'));
        summaryLeadsTo(field, targetId);
    }

    private void summaryLeadsTo(String field, String targetId) {
        WebElement summary = driver.findElement(By.cssSelector("[data-error-summary]"));
        assertThat(driver.getTitle()).as("the title says there is an error").startsWith("Error");
        if (javascript()) {
            assertThat(driver.switchTo().activeElement()).as("focus moves to the summary").isEqualTo(summary);
        } else {
            // Proof that this pass really runs without JavaScript: only app.js moves the focus.
            assertThat(driver.switchTo().activeElement()).isNotEqualTo(summary);
        }
        WebElement link = summary.findElement(By.cssSelector("a[href='#" + field + "']"));
        link.click();
        waitUpTo(5).until(ExpectedConditions.urlContains("#" + field));
        WebElement target = driver.findElement(By.id(targetId));
        assertThat(driver.findElement(By.cssSelector(":target"))).isEqualTo(target);
        if (javascript()) {
            assertThat(driver.switchTo().activeElement()).as("focus moves to the field").isEqualTo(target);
        }
        if (!"radio".equals(target.getDomAttribute("type"))) {
            assertThat(target.getDomAttribute("aria-invalid")).as("%s is marked invalid", targetId).isEqualTo("true");
        }
    }

    @Test
    void backReloadASecondTabAndChangeLinksAllKeepTheAnswers() {
        Plan plan = Presets.typed(Presets.LITWARE);
        startNewJourney();
        fillStep("/steps/compatibility", plan);
        pressContinue();
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");

        // Reload after a post: the page came from a redirect, so the browser simply GETs it again.
        requests();
        driver.navigate().refresh();
        assertThat(ExpectedConditions.alertIsPresent().apply(driver)).as("no resubmit prompt").isNull();
        assertThat(requests()).filteredOn(r -> r.contains("/steps/")).first().asString().startsWith("GET ");
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");

        // The browser's back button: the first step, with what was saved.
        andWaitForNewPage(() -> driver.navigate().back());
        assertThat(currentPath()).isEqualTo("/steps/compatibility");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(plan.title());
        assertThat(driver.findElement(By.id("exchangeServer")).isSelected()).isTrue();
        pressContinue();
        fillStep("/steps/trusted-pool", plan);
        pressContinue();
        fillStep("/steps/instant-messaging", plan);
        pressContinue();
        fillStep("/steps/mailbox-policy", plan);
        pressContinue();
        pressContinue();
        assertThat(currentPath()).isEqualTo("/check-answers");

        // A second tab of the same browser shares the session: the same answers.
        String first = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("/check-answers");
        assertThat(currentPath()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("atl-owa-001.litwareinc.com", "Redmond");
        open("/steps/trusted-pool");
        assertThat(driver.findElement(By.id("siteId")).getDomProperty("value")).isEqualTo("Redmond");
        driver.close();
        driver.switchTo().window(first);

        // A Change link lands on the field and, once saved, returns to the summary.
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("a[href*='/steps/trusted-pool?change=true#siteId']")).click());
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");
        assertThat(driver.getCurrentUrl()).endsWith("#siteId");
        WebElement siteId = driver.findElement(By.id("siteId"));
        siteId.clear();
        siteId.sendKeys("Atlanta");
        pressContinue();
        assertThat(currentPath()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Atlanta").doesNotContain("Redmond");

        // Its back link returns to the summary without saving.
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("a[href*='/steps/instant-messaging?change=true#imServerName']")).click());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("a.back-link")).click());
        assertThat(currentPath()).isEqualTo("/check-answers");
    }

    @Test
    void aPlanFileImportedOnTheStartPageIsExportedAgainUnchanged() throws IOException {
        String preset = "exchange2010-limited";
        open("/");
        driver.findElement(By.id("planFile")).sendKeys(Presets.file(preset).toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action*='/plan/import'] button")).click());
        assertThat(currentPath()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains(Presets.shownValues(Presets.expected(preset)));

        emptyDownloadDir();
        driver.findElement(By.cssSelector("a[href$='/plan/export']")).click();
        Path exported = awaitDownload(".json");
        assertThat(exported.getFileName().toString()).endsWith(".lyncowa.json");
        assertThat(Presets.JSON.readTree(Files.readString(exported))).isEqualTo(Presets.expected(preset));
    }

    @Test
    void switchingToKoreanKeepsTheAnswersAndSaysSoInTheHtml() {
        startNewJourney();
        assertThat(htmlLang()).isEqualTo("en");
        Plan seoul = Presets.typed(Presets.LITWARE);
        fillStep("/steps/compatibility", new Plan("Seoul office", seoul.compatibility(), null, null, null));
        pressContinue();
        open("/steps/compatibility");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("nav a[hreflang=ko]")).click());
        assertThat(htmlLang()).isEqualTo("ko");
        assertThat(currentPath()).isEqualTo("/steps/compatibility");
        assertThat(driver.findElement(By.tagName("h1")).getText()).matches(".*[\\uAC00-\\uD7A3].*");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Seoul office");
        assertThat(driver.findElement(By.id("exchangeServer")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("ucmaRuntimeConfirmed")).isSelected()).isTrue();
        // And back: English again, still the same answers.
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("nav a[hreflang=en]")).click());
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Seoul office");
    }

    static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
