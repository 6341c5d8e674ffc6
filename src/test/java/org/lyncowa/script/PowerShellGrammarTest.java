package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Plan;

/**
 * Checks generated scripts with a real PowerShell grammar (tree-sitter-powershell, see
 * {@link PowerShellParser}). Needs {@code node} and {@code npm ci --prefix test-tools}: fails, never skips.
 */
class PowerShellGrammarTest {

    @Test
    void everyScriptOfEveryExamplePlanParsesWithoutErrors() throws IOException {
        Map<String, String> scripts = new LinkedHashMap<>();
        Path out = Path.of("target", "generated-scripts");
        for (Locale locale : Examples.locales()) {
            for (String example : Examples.names()) {
                Path dir = out.resolve(locale.getLanguage()).resolve(example);
                Files.createDirectories(dir);
                for (GeneratedScript s : Examples.scripts(example, locale)) {
                    scripts.put(locale.getLanguage() + "/" + example + "/" + s.fileName(), s.text());
                    Files.write(dir.resolve(s.fileName()), s.bytes());
                }
            }
        }
        // 47 scripts per language (40 of the plans, and the discovery script of each bundle): a language that
        // silently produced nothing would show here.
        assertThat(scripts.keySet()).filteredOn(name -> name.startsWith("ko/")).hasSize(47);
        PowerShellParser.Results results = PowerShellParser.parse(scripts);
        System.out.printf("PowerShell grammar (%s): %d scripts parsed in %d ms (whole call incl. node start %d ms)%n",
                results.grammar(), scripts.size(), results.parseMillis(), results.wallMillis());
        assertThat(results.byName()).hasSize(scripts.size());
        assertThat(results.failures()).as(describe(results.failures())).isEmpty();
    }

    @Test
    void theHarnessReportsSyntaxErrorsAndStringLiterals() {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("broken", "if ($a -eq 1 {\r\n    Write-Host 'x'\r\n");
        samples.put("fine", "$a = 'it''s'\r\n$b = \"x$a\"\r\n");
        PowerShellParser.Results results = PowerShellParser.parse(samples, true);
        assertThat(results.byName().get("broken").ok()).isFalse();
        assertThat(results.byName().get("fine").ok()).isTrue();
        assertThat(results.byName().get("fine").strings())
                .extracting(PowerShellParser.StringLiteral::type, PowerShellParser.StringLiteral::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("verbatim_string_characters", "'it''s'"),
                        org.assertj.core.groups.Tuple.tuple("expandable_string_literal", "\"x$a\""));
    }

    /** A hostile value must come out as exactly one single-quoted literal wherever the script uses it. */
    @Test
    void hostileValuesParseAsSingleVerbatimStrings() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Locale locale : Examples.locales()) {
            for (Plan plan : List.of(HostilePlans.exchange2013(), HostilePlans.exchange2010(), HostilePlans.disableOnExchange2010())) {
                for (GeneratedScript s : Examples.generator().generate(plan, locale)) {
                    scripts.put(locale.getLanguage() + "/" + plan.compatibility().exchangeServer() + "/"
                            + plan.instantMessaging().mode() + "/" + s.fileName(), s.text());
                }
            }
        }
        PowerShellParser.Results results = PowerShellParser.parse(scripts, true);
        assertThat(results.failures()).as(describe(results.failures())).isEmpty();
        int seen = 0;
        for (PowerShellParser.Result result : results.byName().values()) {
            for (PowerShellParser.StringLiteral literal : result.strings()) {
                for (String value : HostilePlans.values()) {
                    // Each value starts with a unique marker (T1x, S1x, D1x, P1x, ...).
                    String marker = value.substring(0, 3);
                    if (literal.text().contains(marker)) {
                        assertThat(literal.type()).as(result.name()).isEqualTo("verbatim_string_characters");
                        assertThat(literal.text()).as(result.name()).isEqualTo(PsQuote.literal(value));
                        seen++;
                    }
                }
            }
        }
        // Policies: mailbox-policy, verify and rollback of both plans (5 x 6); the site: trusted-pool and verify of
        // both (4); the dial plans: the 2013 dial-plans and verify scripts (3 x 2). The title only appears in
        // comments. Twice: once per language.
        assertThat(seen).isEqualTo(2 * 40);
    }

    private static String describe(List<PowerShellParser.Result> failures) {
        return failures.stream().map(r -> r.name() + ": " + r.problems()).collect(Collectors.joining("\n"));
    }
}
