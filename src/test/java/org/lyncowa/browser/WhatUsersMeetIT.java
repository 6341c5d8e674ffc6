package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Issue 16 in a real browser, at the sizes its users have: the presenter view on a 1024x768
 * projector, the step list beside the question at 1280 px, the runbook on a 390 px phone and printed
 * on A4, the check-answers page, the live preview and the inline errors, a failed import. Each leaves
 * a screenshot under target/screenshots for a person to look at.
 */
class WhatUsersMeetIT extends TrainerBrowserSupport {

    private static final String THUMBPRINT = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    /** The viewport as a device of this size would have it (not the window, whose frame takes room). */
    private void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    @AfterEach
    void normalViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    /** A screenshot of the viewport only: what a projector or a phone shows without scrolling. */
    private void viewportScreenshot(String name) throws IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The start page's example, with a wait that tolerates the old page going away mid-check. */
    private void loadExample(String id) {
        open("/");
        andWaitForNewPage(() -> driver.findElement(By.id("preset-" + id)).click());
        assertThat(currentPath()).isEqualTo("/check-answers");
    }

    @Test
    void thePresenterViewShowsTheQuestionAboveTheFoldOnA1024x768Projector() throws IOException {
        loadExample("litwareinc");
        viewport(1024, 768, false);
        open("/steps/trusted-pool");
        andWaitForNewPage(() -> driver.findElement(By.id("presenter-toggle")).click());
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class")).contains("presenter");

        // Where the audience is: the step caption stays.
        WebElement caption = driver.findElement(By.className("step-caption"));
        assertThat(caption.isDisplayed()).isTrue();
        assertThat(caption.getText()).isEqualTo("Step 2 of 5");
        // The question and its first answer are on the screen without scrolling.
        double firstRadioBottom = number("return document.querySelector('label[for=umServicesColocated]').getBoundingClientRect().bottom;");
        assertThat(firstRadioBottom).isLessThan(768);
        // Warnings are folded into "Why this step", not standing above the question.
        assertThat(driver.findElements(By.cssSelector(".notice")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(driver.findElement(By.cssSelector("details.why")).getDomProperty("textContent")).contains("events 14492");
        // The values the audience reads: large and monospace; the radios big and dark.
        WebElement fqdn = driver.findElement(By.id("owaPoolFqdn"));
        assertThat(fqdn.getCssValue("font-family")).containsIgnoringCase("monospace");
        assertThat(Double.parseDouble(fqdn.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(22);
        WebElement radio = driver.findElement(By.id("umServicesColocated"));
        assertThat(radio.getSize().getWidth()).isGreaterThanOrEqualTo(28);
        assertThat(radio.getCssValue("border-top-color")).isEqualTo("rgba(11, 12, 12, 1)");
        assertThat(accessibilityViolations()).isEmpty();
        viewportScreenshot("presenter-1024x768-trusted-pool");

        open("/steps/instant-messaging");
        assertThat(number("return document.querySelector('#main-content fieldset legend').getBoundingClientRect().bottom;"))
                .isLessThan(768);
        WebElement thumbprint = driver.findElement(By.id("certificateThumbprint"));
        assertThat(thumbprint.getCssValue("font-family")).containsIgnoringCase("monospace");
        viewportScreenshot("presenter-1024x768-instant-messaging");
        screenshot("presenter-1024x768-instant-messaging-full");
    }

    @Test
    void atLeast1280PixelsTheStepListStandsBesideTheQuestion() throws IOException {
        loadExample("litwareinc");
        viewport(1280, 900, false);
        open("/steps/instant-messaging");
        WebElement list = driver.findElement(By.cssSelector("nav.step-list"));
        WebElement main = driver.findElement(By.id("main-content"));
        assertThat(list.isDisplayed()).isTrue();
        assertThat(list.getRect().getX() + list.getRect().getWidth()).isLessThanOrEqualTo(main.getRect().getX());
        assertThat(list.getRect().getY()).isLessThan(main.getRect().getY() + 200);
        assertThat(list.findElement(By.cssSelector("[aria-current=step]")).getText()).isEqualTo("Instant messaging in OWA");
        assertThat(list.findElements(By.cssSelector(".step-list-done"))).hasSize(4);
        assertThat(accessibilityViolations()).isEmpty();
        viewportScreenshot("step-list-1280");

        viewport(1024, 768, false);
        open("/steps/instant-messaging");
        assertThat(driver.findElement(By.cssSelector("nav.step-list")).isDisplayed()).isFalse();
    }

    @Test
    void howToFindThisOpensWithoutScriptAndItsCommandCanBeCopied() throws IOException {
        loadExample("litwareinc");
        open("/steps/trusted-pool");
        WebElement details = driver.findElement(By.id("siteId-find"));
        assertThat(details.getDomAttribute("open")).isNull();
        details.findElement(By.tagName("summary")).click();
        assertThat(details.findElement(By.tagName("pre")).getText()).isEqualTo("Get-CsSite | Select-Object DisplayName, SiteID");
        assertThat(details.findElement(By.cssSelector(".copy-button")).isDisplayed()).isTrue();
        assertThat(details.findElement(By.cssSelector(".example-value")).getText()).isEqualTo("1");
        driver.findElement(By.cssSelector("#umServicesColocated-find summary")).click();
        assertThat(accessibilityViolations()).isEmpty();
        screenshot("how-to-find-trusted-pool");
    }

    @Test
    void theInlineErrorsGoOnceThePreviewShowsValidCommands() {
        loadExample("litwareinc");
        open("/steps/instant-messaging");
        WebElement field = driver.findElement(By.id("certificateThumbprint"));
        field.clear();
        field.sendKeys("EA5A332496CC05DA69B75B66111C0F78A110D2ZD");
        pressContinue();
        assertThat(driver.findElement(By.id("certificateThumbprint-error")).getText())
                .contains("character 39 is Z, which is not a hexadecimal digit");
        String before = driver.findElement(By.id("preview-body")).getText();
        field = driver.findElement(By.id("certificateThumbprint"));
        field.clear();
        field.sendKeys(THUMBPRINT);
        trainerWait(10).until(d -> !d.findElement(By.id("preview-body")).getText().equals(before));
        assertThat(trainerPreviewText()).contains(THUMBPRINT);
        assertThat(driver.findElement(By.id("certificateThumbprint-error")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("[data-error-summary]")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#main-content .form-group-error"))).isEmpty();
        assertThat(field.getDomAttribute("aria-invalid")).isNull();
    }

    @Test
    void onCheckYourAnswersTheThumbprintWrapsBeforeItsChangeLink() throws IOException {
        loadExample("litwareinc");
        viewport(390, 844, true);
        open("/check-answers");
        @SuppressWarnings("unchecked")
        List<Object> overlaps = (List<Object>) js("""
                var out = [];
                document.querySelectorAll('.summary-row').forEach(function (row) {
                  var value = row.querySelector('dd.value'), action = row.querySelector('.summary-action');
                  if (!value || !action) { return; }
                  var v = value.getBoundingClientRect(), a = action.getBoundingClientRect();
                  var sameLine = a.top < v.bottom && a.bottom > v.top;
                  if (sameLine && v.right > a.left) { out.push(row.textContent.trim().substring(0, 60)); }
                  if (value.scrollWidth > value.clientWidth + 1) { out.push('overflows: ' + row.textContent.trim().substring(0, 60)); }
                });
                return out;""");
        assertThat(overlaps).isEmpty();
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390);
        screenshot("check-answers-390px");
    }

    @Test
    void theRunbookFitsA390PixelPhone() throws IOException {
        loadExample("litwareinc");
        viewport(390, 844, true);
        open("/runbook");
        assertThat(number("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(390);
        @SuppressWarnings("unchecked")
        List<Object> wide = (List<Object>) js("""
                var out = [];
                document.querySelectorAll('#main-content *').forEach(function (el) {
                  var r = el.getBoundingClientRect();
                  if (r.width > 0 && r.right > window.innerWidth + 1) { out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right)); }
                });
                return out.slice(0, 10);""");
        assertThat(wide).isEmpty();
        screenshot("runbook-390px");
    }

    @Test
    void theRunbookPrintsOnA4WithEachStepHeadingBesideItsFirstCommandAndCodeInBlack() throws Exception {
        loadExample("litwareinc");
        open("/runbook");
        // Each step's heading and the first command it asks for (the first line of its first code block).
        @SuppressWarnings("unchecked")
        List<List<String>> steps = (List<List<String>>) js("""
                return Array.from(document.querySelectorAll('.runbook-step')).map(function (step) {
                  var pre = step.querySelector('pre');
                  return [step.querySelector('h3').textContent.trim(), pre ? pre.textContent.trim().split('\\n')[0].trim() : ''];
                });""");
        assertThat(steps).hasSizeGreaterThan(5);

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Path dir = Files.createDirectories(Path.of("target", "runbook-print"));
        Path file = dir.resolve("runbook-a4-issue16.pdf");
        Files.write(file, pdf);
        String text = run("pdftotext", "-layout", file.toString(), "-");
        List<String> pages = java.util.Arrays.stream(text.split("\f")).map(p -> p.replaceAll("\\s+", " ")).toList();
        List<String> stranded = new ArrayList<>();
        for (List<String> step : steps) {
            String heading = step.get(0).replaceAll("\\s+", " ");
            String head = heading.substring(0, Math.min(heading.length(), 30));
            int headingPage = -1;
            for (int i = 0; i < pages.size() && headingPage < 0; i++) {
                if (pages.get(i).contains(head)) {
                    headingPage = i;
                }
            }
            assertThat(headingPage).as("printed: " + heading).isNotNegative();
            if (!step.get(1).isEmpty()) {
                String page = pages.get(headingPage);
                boolean together = page.indexOf(step.get(1).replaceAll("\\s+", " "), page.indexOf(head)) >= 0;
                if (!together) {
                    stranded.add("page " + (headingPage + 1) + ": " + heading + " (its first command is on a later page)");
                }
            }
        }
        assertThat(stranded).as("step headings separated from their first command by a page break").isEmpty();
        // Code prints in black, not Bootstrap's magenta.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(driver.findElement(By.cssSelector("pre.command code")).getCssValue("color")).isEqualTo("rgba(0, 0, 0, 1)");
        assertThat(driver.findElement(By.cssSelector(".runbook-page p code, .runbook-page li code")).getCssValue("color"))
                .isEqualTo("rgba(0, 0, 0, 1)");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        run("pdftoppm", "-png", "-r", "50", file.toString(), shots.resolve("runbook-a4-print").toString());
        assertThat(shots.resolve("runbook-a4-print-1.png")).exists();
    }

    @Test
    void theZipAndThePlanFileAreNamedAlike() {
        loadExample("litwareinc");
        emptyDownloadDir();
        driver.findElement(By.cssSelector("a[href$='/download/bundle.zip']")).click();
        String zip = awaitDownload(".zip").getFileName().toString();
        driver.findElement(By.cssSelector("a[href$='/plan/export']")).click();
        String plan = awaitDownload(".lyncowa.json").getFileName().toString();
        assertThat(zip).isEqualTo("litware-inc-atlanta-example-values-from-the-procedure.zip");
        assertThat(plan.substring(0, plan.length() - ".lyncowa.json".length()))
                .isEqualTo(zip.substring(0, zip.length() - ".zip".length()));
    }

    @Test
    void aFailedImportLeavesNoTokenInTheAddressBar() throws IOException {
        open("/");
        driver.findElement(By.id("planFile")).sendKeys(Path.of("pom.xml").toAbsolutePath().toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action$='/plan/import'] button[type=submit]")).click());
        assertThat(driver.getCurrentUrl()).doesNotContain("_csrf").doesNotContain("?");
        assertThat(driver.findElement(By.id("planFile-error")).getText()).contains("not a plan");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
