package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A browser set to Korean (its Accept-Language): the wizard speaks Korean without being asked. */
class KoreanBrowserIT extends BrowserTestBase {

    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";

    @Override
    protected String browserLanguage() {
        return "ko-KR";
    }

    @Test
    void aKoreanBrowserGetsEveryPageAndTheRunbookInKorean() throws IOException {
        open("/");
        assertThat(htmlLang()).isEqualTo("ko");
        assertThat(driver.findElement(By.tagName("h1")).getText()).matches(HANGUL);
        typePlan(Presets.typed(Presets.LITWARE), path -> {
            assertThat(htmlLang()).as(path).isEqualTo("ko");
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).matches("(?s)" + HANGUL);
        });
        assertThat(htmlLang()).isEqualTo("ko");
        emptyDownloadDir();
        driver.findElement(By.cssSelector("a[href$='/download/bundle.zip']")).click();
        Map<String, byte[]> zip = JourneyIT.unzip(awaitDownload(".zip"));
        assertThat(new String(zip.get("runbook.md"), StandardCharsets.UTF_8)).matches("(?s)" + HANGUL);
        // The scripts' comments and messages are Korean too (the cmdlets are not).
        String webConfig = new String(zip.get("04-owa-web-config.ps1"), StandardCharsets.UTF_8);
        assertThat(webConfig).matches("(?s)" + HANGUL).contains("IMCertificateThumbprint", "Set-StrictMode");
    }
}
