package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The trainer tools without JavaScript: forms and <details> still work; the preview follows each submit. */
class TrainerNoJavaScriptIT extends BrowserTestBase {

    @Override
    protected boolean javascript() {
        return false;
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private String previewText() {
        return driver.findElement(By.id("preview-body")).getText();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void examplesExplanationsAndThePreviewWorkWithForms() {
        open("/");
        driver.findElement(By.id("preset-litwareinc")).click();
        assertThat(path()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.id("example-banner")).isDisplayed()).isTrue();

        open("/steps/trusted-pool");
        assertThat(driver.findElements(By.cssSelector(".copy-button"))).isEmpty();
        assertThat(previewText()).contains("New-CsTrustedApplicationPool -Identity 'atl-owa-001.litwareinc.com'");

        WebElement why = driver.findElement(By.cssSelector("details.why"));
        assertThat(why.getAttribute("open")).isNull();
        why.findElement(By.tagName("summary")).click();
        assertThat(why.getAttribute("open")).isNotNull();
        assertThat(why.getText()).contains("P-2.2");

        // A submit with an error: the typed value is kept, the preview waits for valid answers.
        type("siteId", "NA");
        type("owaPoolFqdn", "");
        driver.findElement(By.cssSelector(".continue-button")).click();
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(previewText()).contains("once the answers on this page are complete and valid")
                .doesNotContain("New-CsTrustedApplicationPool");
        assertThat(accessibilityViolations()).isEmpty();

        type("owaPoolFqdn", "atl-owa-001.litwareinc.com");
        driver.findElement(By.cssSelector(".continue-button")).click();
        assertThat(path()).isNotEqualTo("/steps/trusted-pool");

        open("/steps/trusted-pool");
        assertThat(previewText()).contains("-Site 'NA'");
        assertThat(driver.findElement(By.id("example-banner")).isDisplayed()).isTrue();
        assertThat(accessibilityViolations()).isEmpty();
    }

    @Test
    void thePresenterViewAndStartOverAreFormsToo() {
        open("/");
        driver.findElement(By.id("preset-colocated-um")).click();
        driver.findElement(By.id("presenter-toggle")).click();
        assertThat(path()).isEqualTo("/check-answers");
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
        driver.findElement(By.id("start-over")).click();
        assertThat(path()).isEqualTo("/");
        assertThat(driver.findElements(By.id("example-banner"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("presenter");
    }
}
