package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the trainer browser tests share. Names are prefixed so they never clash with helpers the
 * base class may gain.
 */
abstract class TrainerBrowserSupport extends BrowserTestBase {

    static final String BANNER = "Example data \u2014 not your servers";

    /**
     * Bootstrap scrolls smoothly unless the user prefers reduced motion; chromedriver would then
     * click where an element was before the scroll ended.
     */
    @BeforeEach
    void trainerReduceMotion() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    String trainerPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    WebDriverWait trainerWait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** One click on the start page's example: the check-answers page with the example's answers. */
    void trainerLoadExample(String id) {
        open("/");
        trainerClickAndWait(By.id("preset-" + id), "/check-answers");
    }

    /** Clicks something that loads another page and waits for it: a click may return before the old page is gone. */
    void trainerClickAndWait(By target, String path) {
        WebElement element = driver.findElement(target);
        element.click();
        trainerWait(10).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                // Stale, or (while the new document replaces it) "node does not belong to the document",
                // which Chromium reports instead of staleness (as BrowserTestBase.andWaitForNewPage knows).
                return true;
            }
        });
        trainerWait(10).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(trainerPath()).isEqualTo(path);
    }

    String trainerPreviewText() {
        return driver.findElement(By.id("preview-body")).getText();
    }
}
