package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import tools.jackson.databind.JsonNode;

/**
 * "The certificate was renewed" in a real browser, as an administrator comes back a year later: from
 * the start page, opens the plan file saved at the set-up (Skype for Business 2019 with Exchange 2019,
 * a certificate per Mailbox server), mistypes one thumbprint, then downloads the renewal ZIP and the
 * updated plan file. {@link RenewalWithoutJavaScriptIT} does the same with JavaScript off.
 */
class RenewalIT extends BrowserTestBase {

    static final String NEW_1 = "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567";
    static final String NEW_2 = "76543210FEDCBA9876543210FEDCBA9876543210";

    private String mode() {
        return javascript() ? "js" : "nojs";
    }

    @Test
    void fromTheStartPageAnUploadedPlanIsRenewedAndItsScriptsDownloaded() throws Exception {
        emptyDownloadDir();
        Path planFile = Path.of("src/main/resources/presets/tailspin-skype2019-exchange2019.lyncowa.json").toAbsolutePath();

        open("/");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main a[href$='/renewal']")).click());
        assertThat(currentPath()).isEqualTo("/renewal");
        // Reading the page starts no session.
        assertThat(driver.manage().getCookies()).extracting(Cookie::getName).doesNotContain("SESSION");

        driver.findElement(By.id("planFile")).sendKeys(planFile.toString());
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/renewal/plan'] button")).click());
        assertThat(currentPath()).isEqualTo("/renewal");
        assertThat(driver.findElement(By.cssSelector("label[for='thumbprint-2']")).getText())
                .contains("ex19-02.tailspintoys.com");

        // One wrong value: the page comes back with the error summary, the values kept.
        driver.findElement(By.id("thumbprint-1")).sendKeys(NEW_1);
        driver.findElement(By.id("thumbprint-2")).sendKeys("12 34");
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/renewal'] button")).click());
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.cssSelector(".error-summary a[href='#thumbprint-2']")).getText())
                .contains("ex19-02.tailspintoys.com").contains("40 hexadecimal");
        assertThat(driver.findElement(By.id("thumbprint-1")).getAttribute("value")).isEqualTo(NEW_1);
        screenshot(mode() + "-renewal-errors");

        // Copied from the certificate window: spaces, lower case and the invisible mark before it.
        driver.findElement(By.id("thumbprint-2")).clear();
        driver.findElement(By.id("thumbprint-2")).sendKeys("\u200E" + NEW_2.toLowerCase().replaceAll("(..)", "$1 "));
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main form[action$='/renewal'] button")).click());
        assertThat(currentPath()).isEqualTo("/renewal/scripts");
        screenshot(mode() + "-renewal-scripts");
        assertThat(driver.findElements(By.cssSelector("table.scripts a")))
                .extracting(e -> e.getText()).containsExactly("01-owa-setting-override.ps1", "02-verify.ps1");

        driver.findElement(By.cssSelector("a[href$='/renewal/bundle.zip']")).click();
        Path zipFile = awaitDownload("-certificate-renewal.zip");
        assertThat(zipFile.getFileName().toString())
                .isEqualTo("tailspin-toys-skype-for-business-2019-with-exchange-2019-certificate-renewal.zip");
        Map<String, byte[]> zip = JourneyIT.unzip(zipFile);
        assertThat(zip.keySet()).containsExactly("manifest.json", "plan.json", "runbook.md", "runbook.html",
                "01-owa-setting-override.ps1", "02-verify.ps1");
        JsonNode manifest = Presets.JSON.readTree(zip.get("manifest.json"));
        for (JsonNode file : manifest.path("files")) {
            assertThat(JourneyIT.sha256(zip.get(file.path("path").asString()))).isEqualTo(file.path("sha256").asString());
        }
        JsonNode certificates = Presets.JSON.readTree(zip.get("plan.json")).path("instantMessaging").path("certificates");
        assertThat(certificates.path("ex19-01.tailspintoys.com").asString()).isEqualTo(NEW_1);
        assertThat(certificates.path("ex19-02.tailspintoys.com").asString()).isEqualTo(NEW_2);
        String override = new String(zip.get("01-owa-setting-override.ps1"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(override).contains("Set-SettingOverride -Identity $existing.Identity").contains("'" + NEW_2 + "'")
                .doesNotContain("9F8E7D6C5B4A39281706F5E4D3C2B1A098765432");

        // The updated plan file, to keep for the next renewal.
        emptyDownloadDir();
        driver.findElement(By.cssSelector("main a[href$='/plan/export']")).click();
        Path saved = awaitDownload(".lyncowa.json");
        assertThat(Presets.JSON.readTree(Files.readAllBytes(saved)).path("instantMessaging").path("certificates")
                .path("ex19-02.tailspintoys.com").asString()).isEqualTo(NEW_2);
    }

    /** From check-answers too: the link leads to the renewal of the answers just given. */
    @Test
    void checkAnswersLeadsToTheRenewalOfItsPlan() {
        typePlan(Presets.typed(Presets.LITWARE), path -> { });
        andWaitForNewPage(() -> driver.findElement(By.cssSelector("main a[href$='/renewal']")).click());
        assertThat(currentPath()).isEqualTo("/renewal");
        assertThat(driver.findElement(By.id("certificateThumbprint-hint")).getText())
                .contains("EA5A332496CC05DA69B75B66111C0F78A110D22D");
    }
}
