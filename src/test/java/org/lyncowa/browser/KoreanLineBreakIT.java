package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 16, finding 8: Korean lines break between words, never inside one (word-break: keep-all),
 * on a phone as on a desktop. A screenshot of a Korean step page is left for a person to read.
 */
class KoreanLineBreakIT extends BrowserTestBase {

    @Override
    protected String browserLanguage() {
        return "ko-KR";
    }

    @AfterEach
    void normalViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Hangul syllables next to each other (one word) whose line boxes differ: a word broken in two. */
    @SuppressWarnings("unchecked")
    private List<String> brokenWords() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var out = [], hangul = /[\\uAC00-\\uD7A3]/;
                var walker = document.createTreeWalker(document.getElementById('main-content'), NodeFilter.SHOW_TEXT);
                var range = document.createRange();
                function top(node, i) { range.setStart(node, i); range.setEnd(node, i + 1); var r = range.getClientRects(); return r.length ? r[0].top : null; }
                while (walker.nextNode()) {
                  var node = walker.currentNode, text = node.textContent;
                  if (!node.parentElement || node.parentElement.closest('pre, code, details:not([open]), .visually-hidden, [hidden]')) { continue; }
                  for (var i = 0; i + 1 < text.length; i++) {
                    if (hangul.test(text[i]) && hangul.test(text[i + 1])) {
                      var a = top(node, i), b = top(node, i + 1);
                      if (a !== null && b !== null && Math.abs(a - b) > 2) { out.push(text.substring(Math.max(0, i - 6), i + 7)); }
                    }
                  }
                }
                return out;""");
    }

    @Test
    void koreanStepPagesBreakLinesBetweenWordsOnly() throws IOException {
        startNewJourney();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        open("/steps/compatibility");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("body")).getCssValue("word-break")).isEqualTo("keep-all");
        assertThat(brokenWords()).isEmpty();
        screenshot("ko-compatibility-390px");

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1024, "height", 768,
                "deviceScaleFactor", 1, "mobile", false));
        open("/steps/compatibility");
        assertThat(brokenWords()).isEmpty();
        screenshot("ko-compatibility-1024");
    }
}
