package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The trainer tools without JavaScript: forms and {@code <details>} still work; the preview follows
 * each submit.
 *
 * <p>Scripts are switched off with DevTools' own switch ({@code Emulation.setScriptExecutionDisabled},
 * what "Disable JavaScript" in DevTools does) rather than with the browser preference: axe-core needs
 * timers, which never fire in a browser started without JavaScript, so there it waits 30 seconds and
 * reports no violation at all. Here scripts are switched on only while axe runs, after the page was
 * loaded and its own scripts were skipped.
 */
class TrainerNoJavaScriptIT extends TrainerBrowserSupport {

    @BeforeEach
    void scriptsOff() {
        scripts(false);
    }

    @AfterEach
    void scriptsOnAgainForTheNextClass() {
        scripts(true);
    }

    private void scripts(boolean on) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    private List<String> violationsOfThisPage() {
        scripts(true);
        try {
            return accessibilityViolations();
        } finally {
            scripts(false);
        }
    }

    @Test
    void axeReallyChecksPagesLoadedWithoutScripts() {
        open("/");
        scripts(true);
        driver.executeScript("document.getElementById('main-content').appendChild(document.createElement('img'));");
        scripts(false);
        assertThat(violationsOfThisPage()).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }



    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void examplesExplanationsAndThePreviewWorkWithForms() {
        trainerLoadExample("litwareinc");
        assertThat(driver.findElement(By.id("example-banner")).isDisplayed()).isTrue();

        open("/steps/trusted-pool");
        assertThat(driver.findElements(By.cssSelector(".copy-button"))).isEmpty();
        assertThat(trainerPreviewText()).contains("Identity = 'atl-owa-001.litwareinc.com'").contains("New-CsTrustedApplicationPool @poolParameters");

        WebElement why = driver.findElement(By.cssSelector("details.why"));
        assertThat(why.getAttribute("open")).isNull();
        why.findElement(By.tagName("summary")).click();
        assertThat(why.getAttribute("open")).isNotNull();
        assertThat(why.getText()).contains("P-2.2");

        // A submit with an error: the typed value is kept, the preview waits for valid answers.
        type("siteId", "NA");
        type("owaPoolFqdn", "");
        trainerClickAndWait(By.cssSelector(".continue-button"), "/steps/trusted-pool");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(trainerPreviewText()).contains("once the answers on this page are complete and valid")
                .doesNotContain("New-CsTrustedApplicationPool");
        assertThat(violationsOfThisPage()).isEmpty();

        type("owaPoolFqdn", "atl-owa-001.litwareinc.com");
        trainerClickAndWait(By.cssSelector(".continue-button"), "/steps/instant-messaging");

        open("/steps/trusted-pool");
        assertThat(trainerPreviewText()).contains("Site = 'NA'");
        assertThat(driver.findElement(By.id("example-banner")).isDisplayed()).isTrue();
        assertThat(violationsOfThisPage()).isEmpty();
    }

    @Test
    void thePresenterViewAndStartOverAreFormsToo() {
        trainerLoadExample("colocated-um");
        trainerClickAndWait(By.id("presenter-toggle"), "/check-answers");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
        // Start over asks first (issue 16): its own page, then the button that really clears.
        trainerClickAndWait(By.id("start-over"), "/start-over");
        trainerClickAndWait(By.id("start-over-confirm"), "/");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
    }
}
