package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Lync side of issue 11 (items 3, 4, 5, 7, 8 and the remediation of P-2.2), asserted on the generated text
 * of the example plans in both languages. Each test names the mistake it guards against; every one of them
 * failed on the scripts before the fix (the old text is quoted where it helps).
 */
class LyncScriptsTest {

    /** The plans whose bundle creates a trusted application pool (Exchange 2013 and Exchange 2010). */
    private static final List<String> POOL_EXAMPLES = List.of("litwareinc", "exchange2010-limited");

    private static String script(String example, String purpose, Locale locale) {
        return Examples.scripts(example, locale).stream().filter(s -> s.purpose().equals(purpose)).findFirst()
                .orElseThrow(() -> new AssertionError(example + " has no " + purpose)).text();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n"));
    }

    /** The block that opens with the first line containing {@code opening}, up to its closing brace (by indentation). */
    private static String block(String text, String opening) {
        List<String> lines = lines(text);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(opening)) {
                start = i;
                break;
            }
        }
        assertThat(start).as("no line with " + opening).isNotNegative();
        int indent = indentOf(lines.get(start));
        StringBuilder out = new StringBuilder(lines.get(start)).append("\r\n");
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line).append("\r\n");
            if (!line.isBlank() && indentOf(line) == indent && line.trim().startsWith("}")) {
                break;
            }
        }
        return out.toString();
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Issue 11 item 3, P-9.3: publishing ran only "if ($changed -and ...)", so a re-run after a failed publish published nothing. */
    @Test
    void trustedPoolPublishesOnEveryRunThatIsNotWhatIfAndReadsThePublishedTopologyBack() {
        for (String example : POOL_EXAMPLES) {
            for (Locale locale : Examples.locales()) {
                String t = script(example, "trusted-pool", locale);
                String where = locale + "/" + example;
                assertThat(t).as(where).doesNotContain("$changed");
                List<String> publish = lines(t).stream().filter(l -> l.contains("'Enable-CsTopology (P-2.8, P-9.3)'")).toList();
                assertThat(publish).as(where).hasSize(1);
                assertThat(publish.get(0)).as(where).matches("    if \\(Test-Change \\('[^']+'\\) 'Enable-CsTopology \\(P-2\\.8, P-9\\.3\\)'\\) \\{");
                String published = block(t, "'Enable-CsTopology (P-2.8, P-9.3)'");
                assertThat(published).as(where).contains("Enable-CsTopology -Confirm:$false -ErrorAction Stop",
                        "Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue",
                        "Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn",
                        "foreach ($computerFqdn in $PoolComputerFqdns) {",
                        "Get-CsTrustedApplication -Identity ($OwaPoolFqdn + '/' + $ApplicationId)",
                        "[int]$publishedApplication[0].Port -ne $Port");
                assertThat(published.split("throw ", -1)).as(where + ": a throw per read-back").hasSize(4);
            }
        }
    }

    /**
     * Issue 11 item 5, P-9.4, P-9.5: an existing pool's registrar only warned, its site was never compared, an
     * existing pool never got the first computer, a computer in another pool counted as done, and a different
     * port only warned. Now each is a PROBLEM with the command that fixes it, and nothing changes while one is left.
     */
    @Test
    void trustedPoolComparesWhatExistsWithThePlanAndFailsOnEveryDifferenceBeforeChangingAnything() {
        for (String example : POOL_EXAMPLES) {
            String t = script(example, "trusted-pool", Locale.ENGLISH);
            assertThat(t).as(example)
                    .doesNotContain("It is left as it is", "Write-Warning ('The existing")
                    .contains("$PoolComputerFqdns = @(@($FirstComputerFqdn) + $ExtraComputerFqdns)",
                            "(Get-BareFqdn ([string]$pool.Registrar)) -ne $RegistrarPoolFqdn.ToLowerInvariant()",
                            "Fix: Set-CsTrustedApplicationPool -Identity ' + $OwaPoolFqdn + ' -Registrar ' + $RegistrarPoolFqdn",
                            // P-9.5: SiteId against Get-CsSite's Identity; -ne on strings ignores case.
                            "if ([string]$pool.SiteId -ne [string]$site.Identity) {",
                            "Remove-CsTrustedApplicationPool -Identity ' + $OwaPoolFqdn",
                            "foreach ($computerFqdn in $PoolComputerFqdns) {",
                            "elseif ((Get-BareFqdn ([string]$computer.Pool)) -ne $poolFqdn) {",
                            "Fix: if it does not belong to ' + $computer.Pool + ', Remove-CsTrustedApplicationComputer -Identity ' + $computerFqdn",
                            "if ([int]$application.Port -ne $Port) {",
                            "Fix: Set-CsTrustedApplication -Identity ' + $application.Identity + ' -Port ' + $Port",
                            // The plan's first computer joins an existing pool; only a pool created now brings it along.
                            "foreach ($computerFqdn in $missingComputers) {",
                            "$missingComputers = @($missingComputers | Where-Object { $_ -ne $FirstComputerFqdn })");
            // Every difference ends up in $problems, and they stop the run before the first change.
            String compare = t.substring(t.indexOf("$problems = @()"), t.indexOf("if ($problems.Count -gt 0) {"));
            assertThat(compare.split("\\$problems \\+= ", -1)).as(example + ": registrar, site, computer, port, port used")
                    .hasSize(6);
            int stop = t.indexOf("throw ('Lync and the plan differ (P-9.4), nothing was changed.");
            assertThat(stop).as(example).isPositive();
            assertThat(t.indexOf("(Test-Change ")).as(example + ": the first change comes after the comparison")
                    .isGreaterThan(stop);
            // The first computer is added with New-CsTrustedApplicationComputer when the pool existed without it.
            String add = block(t, "foreach ($computerFqdn in $missingComputers) {");
            assertThat(add).contains("New-CsTrustedApplicationComputer -Identity $computerFqdn -Pool $OwaPoolFqdn");
        }
    }

    /**
     * P-9.1 for the Lync and UM cmdlets: every New-Cs*, Remove-Cs* and Set-UM* call is followed by the matching
     * Get-* and a throw when the object is not as asked, before anything reports it done.
     */
    @Test
    void everyLyncAndDialPlanChangeIsReadBack() {
        Pattern change = Pattern.compile("^\\s*(New-Cs|Remove-Cs|Set-UM)\\S*\\s.*");
        int seen = 0;
        for (String example : Examples.names()) {
            for (GeneratedScript s : Examples.scripts(example, Locale.ENGLISH)) {
                List<String> lines = lines(s.text());
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!change.matcher(line).matches()) {
                        continue;
                    }
                    seen++;
                    String where = example + "/" + s.fileName() + " line " + (i + 1) + ": " + line.trim();
                    assertThat(line).as(where).contains("-ErrorAction Stop");
                    String verb = line.trim().startsWith("Set-UM") ? "Get-UM" : "Get-Cs";
                    List<String> next = new ArrayList<>();
                    for (int j = i + 1; j < lines.size() && next.size() < 4; j++) {
                        if (!lines.get(j).trim().startsWith("#")) {
                            next.add(lines.get(j));
                        }
                    }
                    String after = String.join("\n", next);
                    assertThat(after).as(where).contains(verb).contains("throw ");
                    assertThat(after.indexOf(verb)).as(where).isLessThan(after.indexOf("throw "));
                }
            }
        }
        // trusted-pool: pool, computer, application (x4 examples); rollback Lync: application, pool (x4);
        // remediation: application, pool (x2 examples); dial-plans: two Set-UM* (x3 examples).
        assertThat(seen).isEqualTo(12 + 8 + 4 + 6);
    }

    /**
     * Issue 11 item 4, P-9.4: "Remove-CsTrustedApplicationPool" ran on the plan's pool whatever else it held, and
     * that removes every other application and computer of the pool. Now the pool goes only when nothing but the
     * plan's computers is left in it, otherwise the script says why it stays; the topology is published every run.
     */
    @Test
    void rollbackRemovesThePlansApplicationAndThePoolOnlyWhenNothingElseIsLeftInIt() {
        for (String example : POOL_EXAMPLES) {
            for (Locale locale : Examples.locales()) {
                String where = locale + "/" + example;
                String lync = block(script(example, "rollback", locale), "elseif ($Part -eq 'Lync') {");
                assertThat(lync).as(where).doesNotContain("$changed").contains(
                        "$ours = @($inPool | Where-Object { [string]$_.ApplicationId -eq ('urn:application:' + $ApplicationId) -or [string]$_.ApplicationId -eq $ApplicationId })",
                        "$others = @($inPool | Where-Object { [string]$_.ApplicationId -ne ('urn:application:' + $ApplicationId) -and [string]$_.ApplicationId -ne $ApplicationId })",
                        "Where-Object { $PoolComputerFqdns -notcontains $_ })",
                        "if ($others.Count -gt 0 -or $otherComputers.Count -gt 0) {");
                // The pool removal sits in the branch taken only when nothing else is left.
                List<String> lines = lines(lync);
                int keep = -1;
                int remove = -1;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("if ($others.Count -gt 0 -or $otherComputers.Count -gt 0) {")) {
                        keep = i;
                    }
                    if (lines.get(i).trim().startsWith("Remove-CsTrustedApplicationPool ")) {
                        remove = i;
                    }
                }
                assertThat(lines.get(keep + 2)).as(where).contains("Write-Host (");
                assertThat(lines.get(keep + 4)).as(where).startsWith("            elseif (Test-Change $OwaPoolFqdn ");
                assertThat(remove).as(where).isEqualTo(keep + 5);
                if (locale.equals(Locale.ENGLISH)) {
                    assertThat(lines.get(keep + 2)).contains("is left in place: it still holds what this plan did not create (");
                }
                assertThat(lync).as(where).containsPattern("\r\n        if \\(Test-Change \\('[^']+'\\) 'Enable-CsTopology \\(P-6, P-9\\.4\\)'\\) \\{\r\n");
            }
        }
    }

    /**
     * Issue 11 item 7, P-9.5: verify compared "$pool.Site", a property the pool does not have, so every correct
     * deployment reported PROBLEM; two matching applications made "$application.Port -eq $Port" compare a list.
     */
    @Test
    void verifyLyncComparesSiteIdRegistrarComputersAndEveryMatchingApplicationsPort() {
        for (String example : POOL_EXAMPLES) {
            for (Locale locale : Examples.locales()) {
                String where = locale + "/" + example;
                String t = script(example, "verify", locale);
                assertThat(t).as(where).doesNotContainPattern("\\$pool\\.Site(?!Id)")
                        .doesNotContain("-like ('*' + $ApplicationId)", "-like ('*' + $ImServerName)")
                        .contains("$RegistrarPoolFqdn = ", "$PoolComputerFqdns = @(@(",
                                "Test-Check ((Get-BareFqdn ([string]$pool.Registrar)) -eq $RegistrarPoolFqdn.ToLowerInvariant())",
                                "Test-Check ([bool]$site -and [string]$pool.SiteId -eq [string]$site.Identity)",
                                "$computers = @(Get-CsTrustedApplicationComputer -Pool $OwaPoolFqdn -ErrorAction SilentlyContinue | ForEach-Object { Get-BareFqdn ([string]$_.Identity) })",
                                "Test-Check ($computers -contains $computerFqdn)",
                                "Test-Check ($applications.Count -gt 0)");
                String ports = block(t, "foreach ($application in $applications) {");
                assertThat(ports).as(where).contains("Test-Check ([int]$application.Port -eq $Port)");
            }
        }
    }

    /** P-2.2 with the same rigour: no SUCCESS for a declined removal, every removal read back, a publish on every run. */
    @Test
    void remediationReadsEveryRemovalBackAndPublishesOnEveryRun() {
        for (Locale locale : Examples.locales()) {
            String t = script("colocated-um", "trusted-pool-remediation", locale);
            assertThat(t).as(locale.toString()).doesNotContain("$changed", "declined or -WhatIf")
                    .containsPattern("\r\n    if \\(Test-Change \\('[^']+'\\) 'Enable-CsTopology \\(P-2\\.2, P-9\\.3\\)'\\) \\{\r\n")
                    .contains("if (Get-CsTrustedApplication -Identity $application.Identity -ErrorAction SilentlyContinue) {",
                            "if (Get-CsTrustedApplicationPool -Identity $poolFqdn -ErrorAction SilentlyContinue) {",
                            "if (-not $WhatIfPreference -and $Declined.Count -eq 0) {",
                            "Where-Object { $poolFqdns -contains (Get-BareFqdn ([string]$_.Pool)) }");
        }
    }

    /**
     * Issue 11 item 8, P-9.7, P-9.1, P-9.6: no SIP URI dial plan threw "create one first"; EMS cmdlets relied on
     * $ErrorActionPreference; "Version 15*" also matched Exchange 2016/2019.
     */
    @Test
    void dialPlansTreatsNoSipUriDialPlanAsSuccessAndStopsOnEveryEmsError() {
        for (String example : List.of("litwareinc", "colocated-um")) {
            for (Locale locale : Examples.locales()) {
                String where = locale + "/" + example;
                String t = script(example, "dial-plans", locale);
                String none = block(t, "    if ($dialPlans.Count -eq 0) {");
                assertThat(none).as(where).doesNotContain("throw").contains("Write-Host '");
                assertThat(t).as(where).doesNotContain("'Version 15*'").contains("'Version 15.0*'");
                String end = block(t.substring(t.lastIndexOf("    if ($dialPlans.Count -eq 0) {")), "    if ($dialPlans.Count -eq 0) {");
                assertThat(end).as(where).contains("Complete-Change '", "P-9.7");
                int calls = 0;
                for (String line : lines(t)) {
                    // Code only: comments and the text of single-quoted literals may name the cmdlets too.
                    String code = line.trim().startsWith("#") ? "" : line.replaceAll("'(?:[^']|'')*'", "''");
                    if (code.matches(".*\\b(Get|Set)-(UMDialPlan|UMService|UMCallRouterSettings|ExchangeServer)\\b.*")
                            && !code.contains("Get-Command")) {
                        assertThat(line).as(where).contains("-ErrorAction Stop");
                        calls++;
                    }
                }
                // Get-UMDialPlan, Get-ExchangeServer (x3), Get-UMService (x2), Set-UMService, Get-UMCallRouterSettings (x2), Set-UMCallRouterSettings.
                assertThat(calls).as(where).isEqualTo(10);
                if (locale.equals(Locale.ENGLISH)) {
                    assertThat(none).contains("there is nothing to add (P-9.7)");
                    assertThat(end).contains("SUCCESS: there is no SIP URI dial plan");
                }
            }
        }
    }
}
