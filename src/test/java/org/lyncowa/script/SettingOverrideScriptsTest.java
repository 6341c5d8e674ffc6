package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The Exchange 2016 and later scripts of P-8, on the shipped examples (generated like their golden files). */
class SettingOverrideScriptsTest {

    private static final String TAILSPIN = "tailspin-skype2019-exchange2019";
    private static final String CONTOSO = "contoso-skypese-exchangese";
    private static final String FABRIKAM = "fabrikam-skype2015-exchange2016-colocated";

    private static String script(String example, String purpose) {
        return Examples.scripts(example).stream().filter(s -> s.purpose().equals(purpose)).findFirst()
                .orElseThrow().text();
    }

    @Test
    void noWebConfigScriptFrom2016OnAndNoDialPlansFor2019OrSe() {
        for (String example : List.of(TAILSPIN, CONTOSO, FABRIKAM)) {
            assertThat(Examples.scripts(example)).extracting(GeneratedScript::purpose).as(example)
                    .doesNotContain("owa-web-config").contains("owa-setting-override");
            for (GeneratedScript s : Examples.scripts(example)) {
                assertThat(s.text()).as(s.fileName()).doesNotContain("appcmd", "ClientAccess\\Owa\\web.config");
            }
        }
        // P-8.4: Exchange 2019 and SE have no Unified Messaging.
        for (String example : List.of(TAILSPIN, CONTOSO)) {
            assertThat(Examples.scripts(example)).extracting(GeneratedScript::purpose).doesNotContain("dial-plans");
            // The discovery script reads UM only where its cmdlets exist: it is the same for every plan (issue 18).
            for (GeneratedScript s : Examples.scripts(example).stream().filter(s -> !s.purpose().equals(ScriptGenerator.DISCOVER)).toList()) {
                assertThat(s.text()).as(s.fileName()).doesNotContain("Set-UMService", "Get-UMService", "Set-UMCallRouterSettings");
            }
        }
        assertThat(Examples.scripts(FABRIKAM)).extracting(GeneratedScript::purpose).contains("dial-plans");
        assertThat(script(FABRIKAM, "dial-plans")).contains("-notlike 'Version 15.1*'").doesNotContain("15.0");
    }

    @Test
    void theOverrideIsCreatedOrUpdatedWithBothValuesAfterTheComponentCheck() {
        String s = script(TAILSPIN, "owa-setting-override");
        // P-8.5: create with component, section, both parameters and a reason; -Server only per server.
        assertThat(s).contains("New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Server $override.Server")
                .contains("New-SettingOverride -Name $target -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason -Confirm:$false");
        assertThat(s).contains("$parameters = @(('IMServerName=' + $ImServerName), ('IMCertificateThumbprint=' + $override.Thumbprint))");
        // P-8.8: an existing one is updated by -Identity with the whole list, never -Name/-Component/-Section.
        assertThat(s).contains("Set-SettingOverride -Identity $existing.Identity -Parameters $parameters");
        assertThat(s).doesNotContainPattern("Set-SettingOverride[^\\r\\n]*-(Name|Component|Section)\\b");
        // P-8.8: checked before update and before removal.
        int check = s.indexOf("Assert-ImOverride $existing");
        assertThat(check).isPositive().isLessThan(s.indexOf("Set-SettingOverride -Identity $existing.Identity"));
        assertThat(s).contains("[string]$Override.ComponentName -ne 'OwaServer' -or [string]$Override.SectionName -ne 'IMSettings'");
        assertThat(s.indexOf("Assert-ImOverride $found")).isPositive().isLessThan(s.indexOf("Remove-SettingOverride -Identity (Get-SettingOverride -Identity $name"));
        // Plan values only as literals.
        assertThat(s).contains("$OverrideName = 'OWA IM integration'").contains("$ImServerName = 'sfbpool01.tailspintoys.com'");
    }

    @Test
    void perServerOverridesAreNamedAndScopedByServerNameNotFqdn() {
        String s = script(TAILSPIN, "owa-setting-override");
        assertThat(s).contains("$serverName = [string]$exchangeServer.Name")
                .contains("Name = ($OverrideName + ' (' + $server.Name + ')'); Server = $server.Name")
                .contains("if ($distinct.Count -eq 1) {");
        assertThat(s).doesNotContain("-Server $fqdn -Process", "Server = $server.Fqdn");
        // Tailspin names two different thumbprints: both reach the script.
        assertThat(s).contains("'ex19-01.tailspintoys.com' = '4C2E9A1B7D3F58E6A0B9C8D7E6F5A4B3C2D1E0F9'")
                .contains("'ex19-02.tailspintoys.com' = '9F8E7D6C5B4A39281706F5E4D3C2B1A098765432'");
    }

    @Test
    void iisCertificatesAreFoundAndCheckedAsFailuresWithTheCommandThatShowsThem() {
        String s = script(CONTOSO, "owa-setting-override");
        assertThat(s).contains("$CertificateSource = 'IIS'")
                .contains("Get-ExchangeCertificate -Server $fqdn -ErrorAction Stop | Where-Object { [string]$_.Services -match 'IIS' }")
                .contains("Get-ExchangeCertificate -Server $fqdn -Thumbprint $thumbprint")
                .contains("-not $certificate.HasPrivateKey")
                .contains("$now -lt $certificate.NotBefore -or $now -gt $certificate.NotAfter")
                .contains("$wanted = @(@($fqdn, $PoolFqdn) | Where-Object { $_ })")
                .contains("Format-List Thumbprint,Subject,CertificateDomains,NotAfter,HasPrivateKey");
        // Every problem is gathered and the run stops before the first change.
        assertThat(s.indexOf("if ($problems.Count -gt 0) {")).isPositive().isLessThan(s.indexOf("New-SettingOverride -Name"));
        // P-9.6: the plan's version (SE: 15.2), Mailbox role.
        assertThat(s).contains("$VersionPattern = '^Version 15\\.2(\\D|$)'").contains("-not $exchangeServer.IsMailboxServer");
    }

    @Test
    void everyMailboxServerIsRefreshedRestartedAndReadBack() {
        String s = script(TAILSPIN, "owa-setting-override");
        assertThat(s).contains("Get-ExchangeDiagnosticInfo -Server $server.Name -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh")
                .contains("Restart-WebAppPool -Name 'MSExchangeOWAAppPool'")
                .contains("Invoke-Command -ComputerName $fqdn -ScriptBlock $RestartPool")
                .contains("& $RestartPool")
                .contains("Test-WSMan -ComputerName $server");
        // Read back: the override after writing, then what each server uses (P-8.9 and the CU3-or-earlier form).
        assertThat(s).contains("$after = Get-SettingOverride -Identity $target")
                .contains("-Process MSExchangeMailboxAssistants -Component VariantConfiguration -Argument 'Config,Component=OwaServer'")
                .contains("-Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Config ")
                .contains("[string]$effective.IMCertificateThumbprint -ne $server.Thumbprint");
        assertThat(s.indexOf("Restart-WebAppPool")).isLessThan(s.indexOf("Complete-Change"));
        assertThat(s).contains("Test-Change $fqdn 'Get-ExchangeDiagnosticInfo -Argument Refresh; Restart-WebAppPool MSExchangeOWAAppPool (P-8.7)'");
    }

    @Test
    void verifyReadsTheEffectiveSettingsAndUcmaAndRollbackRemovesTheOverride() {
        String verify = script(TAILSPIN, "verify");
        assertThat(verify).contains("Get-ImSettings $serverName")
                .contains("[string]$settings.IMCertificateThumbprint -eq [string]$thumbprints[$server]")
                .contains("ImplementationDLLPath")
                .contains("$fileVersion.FileMinorPart -eq 2)")
                .doesNotContain("web.config");
        String rollback = script(TAILSPIN, "rollback");
        assertThat(rollback).contains("[ValidateSet('Exchange', 'SettingOverride', 'Lync')]")
                .contains("Remove-SettingOverride -Identity $override.Identity")
                .contains("-Argument Refresh")
                .contains("Restart-WebAppPool -Name 'MSExchangeOWAAppPool'")
                .doesNotContain("'MailboxServer'");
        int check = rollback.indexOf("[string]$override.ComponentName -ne 'OwaServer'");
        assertThat(check).isPositive().isLessThan(rollback.indexOf("Remove-SettingOverride -Identity $override.Identity"));
        String directories = script(TAILSPIN, "owa-virtual-directories");
        assertThat(directories).contains("-match '^Version 15\\.2(\\D|$)'").contains("(P-8.10)");
        assertThat(script(FABRIKAM, "owa-virtual-directories")).contains("-match '^Version 15\\.1(\\D|$)'");
    }

    @Test
    void aHostileOverrideNameIsOneQuotedLiteralInEveryScriptThatUsesIt() throws Exception {
        String hostile = "x' ; Remove-Item C:\\\\ -Recurse ; \u2019$(whoami)";
        String json = org.lyncowa.support.TestPresets.text(TAILSPIN)
                .replace("\"OWA IM integration\"", "\"" + hostile + "\"");
        org.lyncowa.plan.PlanCheck check = org.lyncowa.plan.PlanJson.read(json);
        assertThat(check.errors()).isEmpty();
        String name = check.plan().instantMessaging().settingOverrideName();
        assertThat(name).contains("Remove-Item");
        for (GeneratedScript s : Examples.generator().generate(check.plan())) {
            if (s.purpose().equals("owa-setting-override") || s.purpose().equals("verify") || s.purpose().equals("rollback")) {
                assertThat(s.text()).as(s.fileName()).contains("$OverrideName = " + PsQuote.literal(name));
                assertThat(s.text()).as(s.fileName()).doesNotContain("'" + name + "'");
            }
        }
    }

    @Test
    void koreanScriptsUseMicrosoftsKoreanTerms() {
        String s = Examples.scripts(TAILSPIN, Locale.KOREAN).stream()
                .filter(x -> x.purpose().equals("owa-setting-override")).findFirst().orElseThrow().text();
        assertThat(s).contains("웹용 Outlook").contains("설정 재정의").contains("Exchange 관리 셸");
    }
}
