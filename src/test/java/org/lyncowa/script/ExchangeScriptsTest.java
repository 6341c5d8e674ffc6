package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;

/**
 * The Exchange side of issue 11: what the Exchange scripts must do (procedure.md P-9.1, P-9.2, P-9.6, P-9.8,
 * P-9.9, P-7.1, P-7.2). Each test names text the scripts before issue 11 did not have, or had wrong.
 */
class ExchangeScriptsTest {

    private static final String A = "EA5A332496CC05DA69B75B66111C0F78A110D22D";
    private static final String B = "0123456789ABCDEF0123456789ABCDEF01234567";

    /** The cmdlets of the Exchange Management Shell the scripts call (they run through implicit remoting). */
    private static final Pattern EMS_CMDLET = Pattern.compile(
            "\\b(Get|Set)-(OwaVirtualDirectory|OwaMailboxPolicy|ExchangeServer|ExchangeCertificate|UMService|UMCallRouterSettings)\\b");

    private static String script(Plan plan, String purpose) {
        return Examples.generator().generate(plan).stream().filter(s -> s.purpose().equals(purpose))
                .findFirst().orElseThrow().text();
    }

    private static String script(String example, String purpose) {
        return script(Examples.plan(example), purpose);
    }

    /** Two Mailbox servers with different certificates (P-9.2), and the pool FQDN as a third name. */
    private static Plan twoServers(CertificateSource source, String shared, Map<String, String> own) {
        List<String> servers = List.of("mbx1.litwareinc.com", "mbx2.litwareinc.com");
        return new Plan("two servers", new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, true),
                new TrustedPool(false, "owa.litwareinc.com", "pool.litwareinc.com", "1", "OutlookWebApp", 5199,
                        servers, List.of()),
                new InstantMessaging(ImMode.ENABLE, servers, List.of(), source, shared, own, "pool.litwareinc.com"),
                new MailboxPolicy(PolicyScope.DEFAULT, List.of()));
    }

    /** The plan rules of this branch may predate format version 2: then they drop the per-server answers. */
    private static void assumeRulesKeep(Plan plan) {
        InstantMessaging im = PlanRules.check(plan).plan().instantMessaging();
        assumeTrue(im.certificateSource() == plan.instantMessaging().certificateSource()
                && im.certificates().equals(plan.instantMessaging().certificates()),
                "plan format version 2 rules (certificateSource, certificates) are not merged yet");
    }

    @Test
    void owaWebConfigCarriesEachServersOwnThumbprint() {
        Plan plan = twoServers(CertificateSource.THUMBPRINT, A, Map.of("mbx2.litwareinc.com", B));
        assumeRulesKeep(plan);
        String text = script(plan, "owa-web-config");
        assertThat(text).contains("$Certificates = @{ 'mbx1.litwareinc.com' = '" + A + "'; 'mbx2.litwareinc.com' = '"
                + B + "' }", "$CertificateSource = 'THUMBPRINT'", "$PoolFqdn = 'owa.litwareinc.com'",
                "[string]$Certificates[$Server]");
        // Before: one $CertificateThumbprint for every server.
        assertThat(text).doesNotContain("$CertificateThumbprint =");
        assertThat(script(plan, "verify")).contains("$thumbprint = [string]$Certificates[$server]");
    }

    @Test
    void theSharedThumbprintIsEveryServersEntry() {
        String text = script("colocated-um", "owa-web-config");
        assertThat(text).contains("$Certificates = @{ 'ex01.northwind.example' = '1F2E3D4C5B6A798897A6B5C4D3E2F10011223344'; "
                + "'ex02.northwind.example' = '1F2E3D4C5B6A798897A6B5C4D3E2F10011223344' }");
    }

    @Test
    void theIisSourceTakesEachServersIisCertificate() {
        Plan plan = twoServers(CertificateSource.IIS, null, Map.of());
        assumeRulesKeep(plan);
        String text = script(plan, "owa-web-config");
        assertThat(text).contains("$CertificateSource = 'IIS'",
                "$Certificates = @{ 'mbx1.litwareinc.com' = ''; 'mbx2.litwareinc.com' = '' }",
                "Get-WebBinding -Name 'Default Web Site' -Protocol 'https' -Port 443",
                "#   Certificate thumbprint: IIS\r\n");
        assertThat(script(plan, "verify")).contains("Where-Object { [string]$_.Services -match 'IIS' }");
    }

    /** P-9.2: missing, no private key, out of date, wrong name: FAILURE (not a warning); a wildcard only warns. */
    @Test
    void certificateProblemsAreFailuresWithTheCommandThatShowsTheRightValue() {
        String text = script("litwareinc", "owa-web-config");
        assertThat(text).contains("$problems += ('No certificate with thumbprint ' + $Thumbprint",
                "$problems += ('Certificate ' + $Thumbprint + ' has no private key",
                "$problems += ('Certificate ' + $Thumbprint + ' is outside its validity dates ",
                "$problems += ('Certificate ' + $Thumbprint + ' names neither ",
                "Write-Warning ($ServerFqdn + ': the certificate is a wildcard certificate",
                "Get-ExchangeCertificate -Server ' + $server + ' | Where-Object { $_.Services -match ''IIS'' } "
                        + "| Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey'",
                "if ($Apply -and -not $WhatIf -and $problems.Count -eq 0) {");
        // Before: Write-Warning for each of them, then web.config written and SUCCESS.
        assertThat(text).doesNotContain("Write-Warning ('No certificate", "Write-Warning 'The certificate has no private key",
                "Write-Warning ('The certificate is outside");
    }

    /** One console for all servers: remoting, values as arguments, WhatIf carried, a table per server. */
    @Test
    void owaWebConfigActsOnEveryMailboxServerThroughRemoting() {
        Plan plan = Examples.plan("colocated-um");
        String text = script(plan, "owa-web-config");
        assertThat(text).contains("[string[]]$ComputerName = @(),", "[switch]$Local,", "$targets = @($MailboxServers)",
                "Invoke-Command -ComputerName $Server -ScriptBlock $ServerWork -ArgumentList $arguments -ErrorAction Stop",
                "[bool]$ForceRecycle, [bool]$WhatIfPreference)", "return (& $ServerWork @arguments | Select-Object -Last 1)",
                "Format-Table", "throw ([string]$failed + ' of ' + $targets.Count");
        assertThat(text.indexOf("Test-WSMan -ComputerName $server -ErrorAction Stop"))
                .isPositive().isLessThan(text.indexOf("-Apply $true"));
        assertThat(text.indexOf("-Apply $false")).isPositive().isLessThan(text.indexOf("-Apply $true"));
        // No plan value inside the code that runs on the servers: they come in as arguments.
        String block = text.substring(text.indexOf("$ServerWork = {"), text.indexOf("\r\n}\r\n", text.indexOf("$ServerWork = {")));
        for (String value : List.of("ex01.northwind.example", "ex02.northwind.example", "1F2E3D4C5B6A798897A6B5C4D3E2F10011223344",
                plan.instantMessaging().imServerName())) {
            assertThat(block).doesNotContain(value);
        }
        assertThat(block).contains("param([string]$ServerFqdn, [string]$Thumbprint,");
    }

    /** P-9.8: the recycle is judged by appcmd's exit code, not its English text. */
    @Test
    void theAppPoolRecycleIsJudgedByItsExitCode() {
        for (String purpose : List.of("owa-web-config", "rollback")) {
            String text = script("litwareinc", purpose);
            assertThat(text).as(purpose).doesNotContain("successfully recycled")
                    .contains("$recycleExit = $LASTEXITCODE", "if ($recycleExit -ne 0) {");
        }
    }

    /** P-9.1: every EMS cmdlet gets -ErrorAction Stop (the script's preference does not reach it). */
    @Test
    void everyExchangeCmdletStopsOnError() {
        List<Plan> plans = List.of(Examples.plan("litwareinc"), Examples.plan("colocated-um"),
                Examples.plan("exchange2010-limited"), Examples.plan("disable-im"), HostilePlans.exchange2013(),
                HostilePlans.exchange2010(), HostilePlans.disableOnExchange2010());
        int calls = 0;
        for (Plan plan : plans) {
            for (GeneratedScript s : Examples.generator().generate(plan)) {
                if (s.purpose().startsWith("trusted-pool") || s.purpose().equals("dial-plans")) {
                    continue;
                }
                for (String line : codeLines(s.text())) {
                    if (EMS_CMDLET.matcher(withoutStrings(line)).find() && !line.contains("Get-Command ")) {
                        assertThat(line).as(s.fileName() + ": " + line).contains("-ErrorAction Stop");
                        calls++;
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(50);
    }

    /** P-9.1: every Set- of a directory or policy is read back with the matching Get- and fails on a difference. */
    @Test
    void everyExchangeChangeIsReadBack() {
        int sets = 0;
        for (Plan plan : List.of(Examples.plan("litwareinc"), Examples.plan("exchange2010-limited"),
                Examples.plan("disable-im"), HostilePlans.exchange2013())) {
            for (GeneratedScript s : Examples.generator().generate(plan)) {
                List<String> lines = codeLines(s.text());
                for (int i = 0; i < lines.size(); i++) {
                    Matcher set = Pattern.compile("^\\s*Set-(OwaVirtualDirectory|OwaMailboxPolicy) -Identity (\\S+) ").matcher(lines.get(i));
                    if (!set.find()) {
                        continue;
                    }
                    String following = String.join("\n", lines.subList(i + 1, Math.min(lines.size(), i + 9)));
                    assertThat(following).as(s.fileName() + ": " + lines.get(i))
                            .contains("$after = Get-" + set.group(1) + " -Identity " + set.group(2) + " -ErrorAction Stop", "throw ");
                    sets++;
                }
            }
        }
        assertThat(sets).isGreaterThanOrEqualTo(8);
    }

    /** A named policy that does not exist is a FAILURE, not skipped (issue 11 item 2). */
    @Test
    void aNamedPolicyThatDoesNotExistFails() {
        for (String purpose : List.of("owa-mailbox-policy", "rollback")) {
            String text = script(HostilePlans.exchange2013(), purpose);
            assertThat(text).as(purpose).contains("throw ('Mailbox policy ' + $name + ' was not found")
                    .doesNotContain("ForEach-Object { Get-OwaMailboxPolicy -Identity $_ }");
        }
        assertThat(script(HostilePlans.exchange2013(), "verify")).contains("Test-Check ([bool]$policy) ('mailbox policy ' + $name");
    }

    /**
     * Exchange's {@code -Identity} takes {@code *} as a wildcard, while the plan's policy and override names
     * are literal (plan format: "quoted safely whatever they contain"): every look-up by name keeps only the
     * object of exactly that name, so a policy named {@code Sales*} never changes {@code Sales East}.
     */
    @Test
    void namesAreMatchedExactlyNeverAsWildcards() {
        java.util.regex.Pattern byName = java.util.regex.Pattern.compile(
                "Get-(OwaMailboxPolicy|SettingOverride) -Identity (\\$\\w+)[^|\\n]*(\\|[^\\n]*)?");
        List<String> texts = new java.util.ArrayList<>();
        for (String purpose : List.of("owa-mailbox-policy", "rollback", "verify")) {
            texts.add(script(HostilePlans.exchange2013(), purpose));
        }
        for (String purpose : List.of("owa-setting-override", "rollback", "verify")) {
            texts.add(script("tailspin-skype2019-exchange2019", purpose));
        }
        int lookUps = 0;
        for (String text : texts) {
            java.util.regex.Matcher m = byName.matcher(text);
            while (m.find()) {
                if (m.group(2).equals("$policy") || m.group(2).equals("$Item")) {
                    continue; // by the object's own identity, found exactly before
                }
                lookUps++;
                assertThat(m.group(3)).as(m.group()).isNotNull()
                        .contains("Where-Object { [string]$_.Name -eq " + m.group(2) + " }");
            }
            assertThat(text).doesNotContain("Set-OwaMailboxPolicy -Identity $name", "Set-OwaMailboxPolicy -Identity $identity",
                    "Remove-SettingOverride -Identity $name");
        }
        assertThat(lookUps).isGreaterThanOrEqualTo(6);
    }

    /** P-9.6: Exchange 2013 is version 15.0 exactly; 2016 (15.1) and 2019/SE (15.2) are never taken for it. */
    @Test
    void exchange2013MeansVersion15Point0() {
        Pattern check = Pattern.compile("'(\\^Version 15\\\\\\.0\\(\\\\D\\|\\$\\))'");
        for (String purpose : List.of("owa-virtual-directories", "verify", "rollback", "owa-web-config")) {
            String text = script("litwareinc", purpose);
            assertThat(text).as(purpose).doesNotContain("'Version 15*'");
            if (!purpose.equals("owa-web-config")) {
                Matcher m = check.matcher(text);
                assertThat(m.find()).as(purpose).isTrue();
                // The pattern as PowerShell's -match reads it (.NET and Java agree on this syntax).
                Pattern version2013 = Pattern.compile(m.group(1), Pattern.CASE_INSENSITIVE);
                assertThat(version2013.matcher("Version 15.0 (Build 1497.2)").find()).isTrue();
                assertThat(version2013.matcher("Version 15.1 (Build 2507.6)").find()).isFalse();
                assertThat(version2013.matcher("Version 15.2 (Build 1118.7)").find()).isFalse();
                assertThat(version2013.matcher("Version 14.3 (Build 123.4)").find()).isFalse();
            }
        }
        // With no Client Access servers named, each directory's server is looked up: 2016+ directories stay untouched.
        assertThat(script("litwareinc", "owa-virtual-directories"))
                .contains("Test-Exchange2013 (Get-ExchangeServer -Identity $serverName -ErrorAction Stop)",
                        "Not Exchange 2013, left alone: ")
                .doesNotContain("$directories = @(Get-OwaVirtualDirectory)");
        // The v15 registry keys exist on 2016+ too: the web.config script reads ExSetup.exe's version.
        for (String purpose : List.of("owa-web-config", "rollback")) {
            assertThat(script("litwareinc", purpose)).as(purpose)
                    .contains("$fileVersion.FileMajorPart -ne 15 -or $fileVersion.FileMinorPart -ne 0");
        }
    }

    /** Issue 11 item 11: verify checks what it used to print or take too easily. */
    @Test
    void verifyChecksDomainsEventOrderDialPlansAndTheUcmaFileName() {
        String v2013 = script(HostilePlans.exchange2013(), "verify");
        assertThat(v2013).contains(
                "Test-Check ($named.Count -gt 0) ($server + ': certificate names '",
                "$newerFailures = @($events | Where-Object { $_.Id -ne 112 -and $_.TimeCreated -gt $latest112.TimeCreated })",
                "Add-Check ([bool]$latest112 -and $newerFailures.Count -eq 0)",
                "(Get-UMService -Identity $server -ErrorAction Stop).DialPlans",
                "(Get-UMCallRouterSettings -Server $server -ErrorAction Stop).DialPlans",
                "(Split-Path -Leaf $dllPath) -eq 'Microsoft.Rtc.Internal.Ucweb.dll'",
                "Invoke-Command -ComputerName $server -ScriptBlock $ServerChecks -ArgumentList $arguments -ErrorAction Stop",
                "[string[]]$ComputerName = @(),");
        // Before: the domains were only printed, and any event 112 counted.
        assertThat(v2013).doesNotContain("domains: ", "Test-Check (@($events | Where-Object { $_.Id -eq 112 }).Count -gt 0)");
        // No dial plans in the plan: nothing to verify there.
        assertThat(script("litwareinc", "verify")).doesNotContain("Get-UMService");
        assertThat(script("exchange2010-limited", "verify")).contains("'ClientAccess\\Owa\\bin\\Microsoft.Rtc.UCWeb.dll'",
                "CN=([^,]+)", "$targets = @($ClientAccessServers)",
                "Invoke-Command -ComputerName $server -ScriptBlock $ServerChecks -ErrorAction Stop");
    }

    /** P-7.1, P-7.2: Exchange 2010 checks each CAS's certificate and Web Service Provider before any change. */
    @Test
    void exchange2010ChecksCertificateAndProviderBeforeChanging() {
        String text = script("exchange2010-limited", "owa-virtual-directories");
        int firstSet = text.indexOf("Set-OwaVirtualDirectory -Identity $identity");
        assertThat(firstSet).isPositive();
        for (String check : List.of("Get-ExchangeCertificate -Server $server -Thumbprint $thumbprint -ErrorAction Stop",
                "if ($subjectName -ne $server -and (-not $ArrayFqdn -or $subjectName -ne $ArrayFqdn)) {",
                "Join-Path $env:ExchangeInstallPath 'ClientAccess\\Owa\\bin\\Microsoft.Rtc.UCWeb.dll'",
                "[string]$provider.DllPath -ne [string]$provider.Expected")) {
            assertThat(text.indexOf(check)).as(check).isPositive().isLessThan(firstSet);
        }
        assertThat(text).contains("$ArrayFqdn = 'casarray.tailspin.example'",
                "New-Object PSObject -Property @{ ExitCode = $LASTEXITCODE; Output = $output }",
                "if ($reset.ExitCode -ne 0) {");
        // PowerShell 2.0 (Exchange 2010): no [pscustomobject], no [ordered].
        assertThat(text).doesNotContain("[pscustomobject]", "[ordered]");
    }

    /** P-9.9: rollback says what it does not restore, in the script itself. */
    @Test
    void rollbackSaysWhatItDoesNotRestore() {
        for (Locale locale : Examples.locales()) {
            for (String example : List.of("litwareinc", "exchange2010-limited")) {
                String text = Examples.scripts(example, locale).stream().filter(s -> s.purpose().equals("rollback"))
                        .findFirst().orElseThrow().text();
                String warning = text.lines().filter(l -> l.trim().startsWith("Write-Warning '")).findFirst().orElse("");
                assertThat(warning).as(example + " " + locale).contains("(P-9.9)");
                assertThat(text).as(example + " " + locale).contains("# P-9.9: ");
            }
        }
        assertThat(script("litwareinc", "rollback")).contains("are NOT restored", "Give -BeforePath", "Restore-ImSettings");
    }

    /** P-9.9: the set-up records earlier values before its first change; rollback -BeforePath restores them. */
    @Test
    void earlierValuesAreRecordedBeforeTheChangeAndRestoredByRollback() {
        for (String example : List.of("litwareinc", "exchange2010-limited")) {
            for (String purpose : List.of("owa-virtual-directories", "owa-mailbox-policy")) {
                String text = script(example, purpose);
                int save = text.indexOf("            Save-Before 'Owa");
                assertThat(save).as(example + " " + purpose).isPositive();
                // Recorded inside the confirmed block, before the Set- it records for.
                assertThat(text.lastIndexOf("(Test-Change ", save)).isPositive();
                assertThat(text.indexOf("Set-Owa", save)).isGreaterThan(save);
                assertThat(text).contains("[string]$BeforePath = ''",
                        "$records | Export-Clixml -Path $BeforePath -WhatIf:$false -Confirm:$false",
                        "Join-Path (Split-Path -Parent $LogPath) 'lyncowa-exchange-before.xml'");
                // Windows PowerShell 2.0 (Exchange 2010) has no -LiteralPath on the Clixml cmdlets.
                assertThat(text).doesNotContain("Clixml -LiteralPath");
            }
            String rollback = script(example, "rollback");
            assertThat(rollback).contains("[string[]]$BeforePath = @()", "$records += @(Import-Clixml -Path $path)",
                    "$wantedEnabled = [bool]::Parse([string]$record.InstantMessagingEnabled)",
                    "Restore-ImSettings 'OwaVirtualDirectory' $directory", "Restore-ImSettings 'OwaMailboxPolicy' $policy");
        }
    }

    private static List<String> codeLines(String script) {
        List<String> lines = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String line : script.split("\r\n")) {
            if (line.trim().startsWith("#")) {
                continue;
            }
            // A backtick at the end continues the command on the next line.
            if (line.endsWith("`")) {
                joined.append(line, 0, line.length() - 1);
                continue;
            }
            joined.append(line);
            lines.add(joined.toString());
            joined.setLength(0);
        }
        return lines;
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("'(?:[^']|'')*'", "''");
    }
}
