package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The discovery script (issue 18): read-only, no password, the same in every bundle and on its own. */
class DiscoverScriptTest {

    private static final ScriptGenerator GENERATOR = Examples.generator();
    /** Commands that change something: none may appear outside a comment. */
    private static final Pattern CHANGING = Pattern.compile(
            "(?i)(?<![\\w-])(Set|New|Remove|Enable|Disable|Install|Uninstall|Add|Clear|Restart|Stop|Start|Update|Move"
                    + "|Rename|Grant|Revoke|Import|Export|Register|Unregister|Publish|Invoke)-[A-Za-z]+");
    /** The only such commands it may use: its own strict mode and transcript, reading the UCMA value on another server. */
    private static final List<String> ALLOWED = List.of("Set-StrictMode", "Start-Transcript", "Stop-Transcript",
            "Invoke-Command");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void changesNothingAndAsksForNoPassword(String language) {
        GeneratedScript script = GENERATOR.discover(Locale.forLanguageTag(language));
        List<String> changing = new ArrayList<>();
        for (String line : script.text().split("\r\n")) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = CHANGING.matcher(line);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) {
                    changing.add(m.group() + " in: " + line.strip());
                }
            }
        }
        assertThat(changing).as("commands that change something").isEmpty();
        String code = script.text().lines().filter(l -> !l.stripLeading().startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(code).doesNotContainIgnoringCase("Get-Credential").doesNotContainIgnoringCase("password")
                .doesNotContain("SupportsShouldProcess", "Test-Change", "Complete-Change", "Out-File", "Set-Content");
        // Its one write is its own output file, and only after refusing to overwrite anything but a discovery file.
        assertThat(script.text()).containsOnlyOnce("[System.IO.File]::WriteAllText($OutFile, ");
        assertThat(script.text().indexOf("if ([string]$old.format -ne $Format)"))
                .isPositive().isLessThan(script.text().indexOf("WriteAllText"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theScriptOnItsOwnIsTheOneInEveryBundleButForItsName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String alone = GENERATOR.discover(locale).text();
        for (String example : Examples.names()) {
            List<GeneratedScript> scripts = Examples.scripts(example, locale);
            GeneratedScript last = scripts.get(scripts.size() - 1);
            assertThat(last.purpose()).as(example).isEqualTo(ScriptGenerator.DISCOVER);
            assertThat(last.fileName()).as(example).isEqualTo(String.format("%02d-discover.ps1", scripts.size()));
            String prefix = last.fileName().replace(".ps1", "");
            assertThat(last.text().replace(prefix, "discover")).as(example).isEqualTo(alone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void parsesWithThePowerShellGrammar(String language) {
        GeneratedScript script = GENERATOR.discover(Locale.forLanguageTag(language));
        PowerShellParser.Results results = PowerShellParser.parse(java.util.Map.of(language + "/discover.ps1", script.text()));
        assertThat(results.failures()).isEmpty();
    }
}
