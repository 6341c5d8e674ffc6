package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Trainer tools with JavaScript: an example plan in one click, the example-data banner on every page
 * until Start over, the presenter view, the live command preview and the copy buttons.
 */
class TrainerJourneyIT extends TrainerBrowserSupport {






    @Test
    void anExampleIsMarkedOnEveryPageUntilStartOverAndThePresenterViewIsLargeAndUncluttered() {
        trainerLoadExample("litwareinc");
        assertThat(driver.findElement(By.id("example-banner")).getText()).contains(BANNER);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("atl-owa-001.litwareinc.com");
        assertThat(accessibilityViolations()).isEmpty();

        open("/steps/instant-messaging");
        assertThat(driver.findElement(By.id("example-banner")).getText()).contains(BANNER);
        double normalSize = fontSize("h1");

        trainerClickAndWait(By.id("presenter-toggle"), "/steps/instant-messaging");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
        assertThat(driver.findElement(By.id("presenter-toggle")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(fontSize("h1")).isGreaterThan(normalSize);
        assertThat(driver.findElement(By.className("app-footer")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector(".hint")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(accessibilityViolations()).isEmpty();
        screenshot("presenter-view");

        trainerClickAndWait(By.id("presenter-toggle"), "/steps/instant-messaging");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("presenter");

        // Start over asks first (issue 16): its own page, then the button that really clears.
        trainerClickAndWait(By.id("start-over"), "/start-over");
        trainerClickAndWait(By.id("start-over-confirm"), "/");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
        assertThat(driver.findElements(By.id("start-over"))).isEmpty();
        open("/steps/trusted-pool");
        assertThat(trainerPath()).isEqualTo("/steps/compatibility");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
    }

    private double fontSize(String css) {
        String size = driver.findElement(By.cssSelector(css)).getCssValue("font-size");
        return Double.parseDouble(size.replace("px", ""));
    }

    @Test
    void thePreviewFollowsTypingWithoutSavingAndTheCopyButtonCopiesTheCommands() {
        trainerLoadExample("litwareinc");
        open("/steps/trusted-pool");
        assertThat(trainerPreviewText()).contains("Site = 'Redmond'");
        requestedUrls();

        WebElement site = driver.findElement(By.id("siteId"));
        site.clear();
        site.sendKeys("NA'1");
        trainerWait(10).until(d -> trainerPreviewText().contains("Site = 'NA''1'"));
        assertThat(requestedUrls()).anySatisfy(u -> assertThat(u.getPath()).isEqualTo("/steps/trusted-pool/preview"));

        WebElement port = driver.findElement(By.id("port"));
        port.clear();
        port.sendKeys("port");
        trainerWait(10).until(d -> trainerPreviewText().contains("once the answers on this page are complete and valid"));
        port.clear();
        port.sendKeys("5200");
        trainerWait(10).until(d -> trainerPreviewText().contains("-Port 5200"));
        assertThat(accessibilityViolations()).isEmpty();

        driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
                "permissions", java.util.List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.findElement(By.cssSelector("#preview-body .copy-button")).click();
        trainerWait(5).until(d -> "Copied".equals(d.findElement(By.id("copy-status")).getText()));
        Object clipboard = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        assertThat(clipboard).isEqualTo(driver.findElement(By.cssSelector("#preview-body pre.command")).getText());
        assertThat((String) clipboard).contains("Site = 'NA''1'").contains("-Port 5200");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", driver.findElement(By.id("preview-title")));
        screenshot("live-preview");

        // The preview saved nothing: the page still holds the example's answers.
        open("/steps/trusted-pool");
        assertThat(driver.findElement(By.id("siteId")).getAttribute("value")).isEqualTo("Redmond");
        assertThat(trainerPreviewText()).contains("Site = 'Redmond'").contains("-Port 5199");
    }

    @Test
    void everyCommandOnTheRunbookPageHasACopyButton() {
        trainerLoadExample("litwareinc");
        open("/runbook");
        int commands = driver.findElements(By.cssSelector("pre.command")).size();
        assertThat(commands).isPositive();
        assertThat(driver.findElements(By.cssSelector(".copy-button"))).hasSize(commands);
    }
}
