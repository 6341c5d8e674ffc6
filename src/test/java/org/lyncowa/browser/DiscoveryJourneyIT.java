package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lyncowa.discovery.DiscoveryExamples;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, "done when": a person with only a discovery file reaches "Check your answers" by confirming, not
 * typing, for an Exchange 2013 and an Exchange 2019 topology. Every step shows what was found on the servers.
 */
class DiscoveryJourneyIT extends BrowserTestBase {

    @ParameterizedTest
    @CsvSource({
        DiscoveryExamples.LITWARE_2013 + ", atl-mbx-001.litwareinc.com, EA5A332496CC05DA69B75B66111C0F78A110D22D",
        DiscoveryExamples.TAILSPIN_2019 + ", mail.tailspintoys.com, 2222222222222222222222222222222222222222"})
    void aDiscoveryFileAloneLeadsToCheckYourAnswersByConfirmingEachStep(String example, String owaPool,
            String thumbprint) {
        open("/");
        assertThat(driver.findElement(By.cssSelector("a[href$='/discovery/discover.ps1']")).isDisplayed()).isTrue();
        driver.findElement(By.id("planFile")).sendKeys(DiscoveryExamples.path(example).toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action*='/plan/import'] button")).click());

        List<String> steps = new ArrayList<>();
        while (currentPath().startsWith("/steps/") && steps.size() < 10) {
            steps.add(currentPath());
            String main = driver.findElement(By.tagName("main")).getText();
            if (!currentPath().endsWith("/verification")) {
                assertThat(main).as(currentPath()).contains("Found on your servers");
            }
            assertThat(driver.findElements(By.cssSelector(".error-summary"))).as(currentPath()).isEmpty();
            if (currentPath().endsWith("/trusted-pool")) {
                assertThat(driver.findElement(By.id("owaPoolFqdn")).getAttribute("value")).isEqualTo(owaPool);
                assertThat(driver.findElement(By.id("siteId")).getAttribute("value")).isEqualTo("1");
                assertThat(accessibilityViolations()).isEmpty();
                screenshot("discovery-" + example + "-trusted-pool");
            }
            // Confirm what is there: nothing is typed.
            pressContinue();
        }
        assertThat(currentPath()).as("after " + steps).isEqualTo("/check-answers");
        assertThat(steps).contains("/steps/compatibility", "/steps/trusted-pool", "/steps/instant-messaging");
        String answers = driver.findElement(By.tagName("main")).getText();
        assertThat(answers).contains(owaPool, thumbprint);
        screenshot("discovery-" + example + "-check-answers");
    }

    @ParameterizedTest
    @CsvSource({DiscoveryExamples.INCONSISTENT})
    void anInconsistentTopologyIsChosenFromNotTyped(String example) {
        open("/");
        driver.findElement(By.id("planFile")).sendKeys(DiscoveryExamples.path(example).toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("form[action*='/plan/import'] button")).click());
        // The UCMA runtime was not found on every server: the first step says so and asks.
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("UCMA runtime registry value or its file was not found");
        driver.findElement(By.cssSelector("label[for='ucmaRuntimeConfirmed']")).click();
        pressContinue();
        assertThat(currentPath()).isEqualTo("/steps/trusted-pool");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("A trusted application pool already exists for OWA: owa.contoso.com");
        WebElement other = driver.findElement(By.cssSelector("input[name='value'][value='red-cs-001.contoso.com']"));
        driver.findElement(By.cssSelector("label[for='" + other.getAttribute("id") + "']")).click();
        andWaitForNewPage(() -> other.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button")).click());
        assertThat(driver.findElement(By.id("registrarPoolFqdn")).getAttribute("value")).isEqualTo("red-cs-001.contoso.com");
        assertThat(accessibilityViolations()).isEmpty();
    }
}
