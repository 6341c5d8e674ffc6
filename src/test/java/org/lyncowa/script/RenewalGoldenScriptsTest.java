package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanRules;

/**
 * Pins the certificate renewal scripts ({@link ScriptGenerator#renewal}) of every example plan that
 * enables IM, in both languages: {@code golden/renewal/<example>/} and {@code golden/ko/renewal/<example>/}.
 * One per Exchange generation at least: 2010 (exchange2010-limited), 2013 (litwareinc, colocated-um),
 * 2016 (fabrikam), 2019 with a certificate per server (tailspin), SE (contoso). Rewrite with
 * {@code -Dgolden.update=true} like {@link GoldenScriptsTest}; the grammar check reads them too.
 */
class RenewalGoldenScriptsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** The examples a renewal applies to: every one that enables IM. */
    static List<String> renewable() {
        return Examples.names().stream().filter(n -> Examples.plan(n).enablesIm()).toList();
    }

    static List<Arguments> examplesAndLanguages() {
        List<Arguments> arguments = new ArrayList<>();
        for (Locale locale : Examples.locales()) {
            for (String example : renewable()) {
                arguments.add(Arguments.of(example, locale.getLanguage()));
            }
        }
        return arguments;
    }

    static List<GeneratedScript> renewal(String example, Locale locale) {
        return Examples.generator().renewal(PlanRules.check(Examples.plan(example)).validPlan(), locale);
    }

    static Path goldenDir(String example, String language) {
        Path renewal = "en".equals(language) ? GOLDEN.resolve("renewal") : GOLDEN.resolve(language).resolve("renewal");
        return renewal.resolve(example);
    }

    @ParameterizedTest(name = "{1}/{0}")
    @MethodSource("examplesAndLanguages")
    void everyRenewalScriptMatchesItsGoldenFile(String example, String language) throws IOException {
        List<GeneratedScript> scripts = renewal(example, Locale.forLanguageTag(language));
        Path dir = goldenDir(example, language);
        if (UPDATE) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> old = Files.list(dir)) {
                    for (Path f : old.toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(dir);
            for (GeneratedScript script : scripts) {
                Files.writeString(dir.resolve(script.fileName()), script.text(), StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(dir).as("golden folder (run mvn test -Dgolden.update=true to create it)").isDirectory();
        TreeSet<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> expected.add(f.getFileName().toString()));
        }
        assertThat(new TreeSet<>(scripts.stream().map(GeneratedScript::fileName).toList())).isEqualTo(expected);
        StringBuilder problems = new StringBuilder();
        for (GeneratedScript script : scripts) {
            String diff = GoldenScriptsTest.firstDifference(
                    Files.readString(dir.resolve(script.fileName()), StandardCharsets.UTF_8), script.text());
            if (diff != null) {
                problems.append(example).append('/').append(script.fileName()).append(": ").append(diff).append('\n');
            }
        }
        if (!problems.isEmpty()) {
            fail("renewal scripts differ from the golden files (if intended, run with -Dgolden.update=true):\n" + problems);
        }
    }

    /** Exactly the script that applies the thumbprint for the plan's Exchange generation, then verify. */
    @Test
    void aRenewalIsTheApplyingScriptOfItsGenerationAndTheVerification() {
        Map<String, List<String>> purposes = new LinkedHashMap<>();
        for (String example : renewable()) {
            purposes.put(example, renewal(example, Locale.ENGLISH).stream().map(GeneratedScript::fileName).toList());
        }
        assertThat(purposes).containsEntry("litwareinc", List.of("01-owa-web-config.ps1", "02-verify.ps1"))
                .containsEntry("exchange2010-limited", List.of("01-owa-virtual-directories.ps1", "02-verify.ps1"))
                .containsEntry("fabrikam-skype2015-exchange2016-colocated",
                        List.of("01-owa-setting-override.ps1", "02-verify.ps1"))
                .containsEntry("tailspin-skype2019-exchange2019", List.of("01-owa-setting-override.ps1", "02-verify.ps1"));
        assertThat(renewable()).doesNotContain("disable-im");
    }

    /**
     * Renewal mode is the full script plus the renewal lines, nothing else: the same template, and the
     * bundle's own script is unchanged by it (its goldens stay as they were).
     */
    @Test
    void renewalModeOnlyAddsTheRenewalLines() {
        for (String example : renewable()) {
            for (GeneratedScript renewed : renewal(example, Locale.ENGLISH)) {
                GeneratedScript full = Examples.scripts(example, Locale.ENGLISH).stream()
                        .filter(s -> s.purpose().equals(renewed.purpose())).findFirst().orElseThrow();
                List<String> added = new ArrayList<>(renewed.text().lines().toList());
                full.text().lines().map(l -> l.replace(full.fileName(), renewed.fileName())
                        .replace(logName(full), logName(renewed))).forEach(added::remove);
                assertThat(added).as(example + "/" + renewed.fileName()).isNotEmpty()
                        .allMatch(l -> !l.contains("New-") && !l.contains("Remove-"));
                assertThat(renewed.text()).as(renewed.fileName()).contains(renewed.purpose().equals("verify")
                        ? "# Certificate renewal: this script checks, and changes nothing," : "# Certificate renewal: this script puts");
            }
        }
    }

    /** P-8.8: a renewal updates the existing override(s) and stops, before any change, when there is none. */
    @Test
    void theOverrideRenewalNeedsAnExistingOverrideAndShowsItsEarlierValues() {
        String s = renewal("tailspin-skype2019-exchange2019", Locale.ENGLISH).get(0).text();
        int check = s.indexOf("if ($previous.Count -eq 0) {");
        assertThat(check).isPositive().isLessThan(s.indexOf("Set-SettingOverride -Identity $existing.Identity"))
                .isLessThan(s.indexOf("New-SettingOverride -Name $target"));
        assertThat(s).contains("no setting override named \"' + $OverrideName + '\" (nor one per server) exists")
                .contains("Write-Host ($target + ': before the renewal: ' + (@($existing.Parameters) -join ', '))");
        // The full bundle's script still creates the first override.
        assertThat(Examples.scripts("tailspin-skype2019-exchange2019").stream()
                .filter(g -> g.purpose().equals("owa-setting-override")).findFirst().orElseThrow().text())
                .doesNotContain("$previous");
    }

    @Test
    void aPlanThatSwitchesImOffHasNothingToRenew() {
        Plan off = Examples.plan("disable-im");
        var valid = PlanRules.check(off).validPlan();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Examples.generator().renewal(valid, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every renewal script in every language, labelled language/renewal/example/file. */
    static Map<String, String> renewalScripts() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Locale locale : Examples.locales()) {
            for (String example : renewable()) {
                for (GeneratedScript s : renewal(example, locale)) {
                    scripts.put(locale.getLanguage() + "/renewal/" + example + "/" + s.fileName(), s.text());
                }
            }
        }
        return scripts;
    }

    /** The renewal lines use cmdlets and parameters as documented (the catalogue of {@link CmdletContractTest}). */
    @Test
    void everyRenewalScriptKeepsTheCmdletContract() {
        Map<String, String> scripts = renewalScripts();
        CmdletContract.Result result = CmdletContract.check(scripts);
        assertThat(result.scripts()).isEqualTo(scripts.size());
        assertThat(result.violations()).as(result.describe()).isEmpty();
    }

    /** The renewal goldens parse with the real PowerShell grammar (as every bundle script, PowerShellGrammarTest). */
    @Test
    void everyRenewalScriptParses() {
        Map<String, String> scripts = renewalScripts();
        assertThat(scripts).hasSize(2 * 2 * renewable().size());
        PowerShellParser.Results results = PowerShellParser.parse(scripts);
        assertThat(results.byName()).hasSize(scripts.size());
        assertThat(results.failures()).as(results.failures().stream().map(r -> r.name() + ": " + r.problems())
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private static String logName(GeneratedScript script) {
        return "lyncowa-" + script.fileName().replace(".ps1", ".log");
    }
}
