package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Trainer tools with JavaScript: an example plan in one click, the example-data banner on every page
 * until Start over, the presenter view, the live command preview and the copy buttons.
 */
class TrainerJourneyIT extends BrowserTestBase {

    private static final String BANNER = "Example data \u2014 not your servers";

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private void loadLitware() {
        open("/");
        driver.findElement(By.id("preset-litwareinc")).click();
        assertThat(path()).isEqualTo("/check-answers");
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private String previewText() {
        return driver.findElement(By.id("preview-body")).getText();
    }

    @Test
    void anExampleIsMarkedOnEveryPageUntilStartOverAndThePresenterViewIsLargeAndUncluttered() {
        loadLitware();
        assertThat(driver.findElement(By.id("example-banner")).getText()).contains(BANNER);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("atl-owa-001.litwareinc.com");
        assertThat(accessibilityViolations()).isEmpty();

        open("/steps/instant-messaging");
        assertThat(driver.findElement(By.id("example-banner")).getText()).contains(BANNER);
        double normalSize = fontSize("h1");

        driver.findElement(By.id("presenter-toggle")).click();
        assertThat(path()).isEqualTo("/steps/instant-messaging");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
        assertThat(driver.findElement(By.id("presenter-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(fontSize("h1")).isGreaterThan(normalSize);
        assertThat(driver.findElement(By.className("app-footer")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".hint")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(accessibilityViolations()).isEmpty();
        screenshot("presenter-view");

        driver.findElement(By.id("presenter-toggle")).click();
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("presenter");

        driver.findElement(By.id("start-over")).click();
        assertThat(path()).isEqualTo("/");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
        assertThat(driver.findElements(By.id("start-over"))).isEmpty();
        open("/steps/trusted-pool");
        assertThat(path()).isEqualTo("/steps/compatibility");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
    }

    private double fontSize(String css) {
        String size = driver.findElement(By.cssSelector(css)).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    @Test
    void thePreviewFollowsTypingWithoutSavingAndTheCopyButtonCopiesTheCommands() {
        loadLitware();
        open("/steps/trusted-pool");
        assertThat(previewText()).contains("-Site 'Redmond'");
        requestedUrls();

        WebElement site = driver.findElement(By.id("siteId"));
        site.clear();
        site.sendKeys("NA'1");
        waitUpTo(10).until(d -> previewText().contains("-Site 'NA''1'"));
        assertThat(requestedUrls()).anySatisfy(u -> assertThat(u.getPath()).isEqualTo("/steps/trusted-pool/preview"));

        WebElement port = driver.findElement(By.id("port"));
        port.clear();
        port.sendKeys("port");
        waitUpTo(10).until(d -> previewText().contains("once the answers on this page are complete and valid"));
        port.clear();
        port.sendKeys("5200");
        waitUpTo(10).until(d -> previewText().contains("-Port 5200"));
        assertThat(accessibilityViolations()).isEmpty();

        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement firstCommand = driver.findElement(By.cssSelector("#preview-body pre.command"));
        driver.findElement(By.cssSelector("#preview-body .copy-button")).click();
        waitUpTo(5).until(d -> "Copied".equals(d.findElement(By.id("copy-status")).getText()));
        Object clipboard = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        assertThat(clipboard).isEqualTo(firstCommand.getText());
        assertThat((String) clipboard).contains("-Site 'NA''1'").contains("-Port 5200");
        screenshot("live-preview");

        // The preview saved nothing: the page still holds the example's answers.
        open("/steps/trusted-pool");
        assertThat(driver.findElement(By.id("siteId")).getAttribute("value")).isEqualTo("Redmond");
        assertThat(previewText()).contains("-Site 'Redmond'").contains("-Port 5199");
    }

    @Test
    void everyCommandOnTheRunbookPageHasACopyButton() {
        loadLitware();
        open("/runbook");
        int commands = driver.findElements(By.cssSelector("pre.command")).size();
        assertThat(commands).isPositive();
        assertThat(driver.findElements(By.cssSelector(".copy-button"))).hasSize(commands);
    }
}
