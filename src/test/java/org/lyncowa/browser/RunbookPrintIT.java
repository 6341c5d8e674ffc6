package org.lyncowa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The printable runbook as it comes out of the printer: Chromium prints it to PDF on A4 and on
 * Letter, poppler's pdftotext reads the text back, pdfinfo the paper size, and pdftoppm leaves a
 * PNG of the first page under target/screenshots for a reviewer.
 */
class RunbookPrintIT extends TrainerBrowserSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a4, 29.7, 21.0, A4", "letter, 27.94, 21.59, letter"})
    void theRunbookPrintsWithEveryStepItsSignOffTheWarningsAndTheChecklist(String paper, double heightCm,
            double widthCm, String pdfinfoName) throws Exception {
        trainerLoadExample("litwareinc");
        open("/runbook");
        assertThat(trainerPath()).isEqualTo("/runbook");
        assertThat(accessibilityViolations()).isEmpty();
        int steps = driver.findElements(By.cssSelector(".runbook-step")).size();
        assertThat(steps).isEqualTo(8); // seven scripts of the plan and the read-only discover script

        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(heightCm, widthCm));
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        Path dir = Files.createDirectories(Path.of("target", "runbook-print"));
        Path file = dir.resolve("runbook-" + paper + ".pdf");
        Files.write(file, pdf);

        assertThat(run("pdfinfo", file.toString())).containsPattern("Page size:.* pts \\(" + pdfinfoName + "\\)");
        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains("Litware Inc. - Atlanta").contains("Example data \u2014 not your servers")
                .contains("Customer / plan").contains("Prepared by")
                .contains("01-trusted-pool.ps1").contains("04-owa-web-config.ps1").contains("06-verify.ps1").contains("08-discover.ps1")
                .contains("Verification checklist")
                .contains(".\\01-trusted-pool.ps1 -WhatIf")
                // Screen-only parts stay off the paper: header tools, back link, footer, copy buttons.
                .doesNotContain("Presenter view").doesNotContain("Back to your answers")
                .doesNotContain("Nothing is changed on your servers").doesNotContainPattern("(?m)^\\s*Copy\\s*$");
        // Every step has its tick box and its initials and date line; so has the checklist.
        assertThat(count(text, "Initials")).isEqualTo(steps + 1);
        // Nothing is cut at the right edge: the longest command line of the page is there whole.
        assertThat(text.replaceAll("\\s+", " ")).contains(".\\06-verify.ps1 -Part MailboxServer");

        run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", file.toString(),
                Files.createDirectories(Path.of("target", "screenshots")).resolve("runbook-" + paper).toString());
        assertThat(Path.of("target", "screenshots", "runbook-" + paper + "-1.png")).exists();
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
