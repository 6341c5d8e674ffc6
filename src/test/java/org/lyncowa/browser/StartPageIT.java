package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The start page in a real browser: it loads, it needs nothing from another origin, and axe finds nothing. */
class StartPageIT extends BrowserTestBase {

    @Test
    void startPageLoadsOnlyFromItsOwnOriginWithNoAccessibilityViolations() {
        open("/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Lync", "Skype for Business Server", "Outlook on the web");
        assertThat(requestedUrls()).isNotEmpty().allSatisfy(u -> assertThat(u.getHost() + ":" + u.getPort())
                .isEqualTo("localhost:" + port));
        assertThat(accessibilityViolations()).isEmpty();
        screenshot("start-en");
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
    }
}
