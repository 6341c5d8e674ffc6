package org.lyncowa.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The cmdlet contract check of issue 11 ({@link CmdletContract}): every generated script of every example
 * plan, in both languages, against the catalogue; the catalogue's own rules; and fixtures that show each kind
 * of mistake is caught, first of all P-9.5's {@code $pool.Site}.
 */
class CmdletContractTest {

    /** Every script of every example plan in every language, labelled language/example/file. */
    static Map<String, String> exampleScripts() {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Locale locale : Examples.locales()) {
            for (String example : Examples.names()) {
                for (GeneratedScript s : Examples.scripts(example, locale)) {
                    scripts.put(locale.getLanguage() + "/" + example + "/" + s.fileName(), s.text());
                }
            }
        }
        return scripts;
    }

    @Test
    void everyScriptOfEveryExamplePlanKeepsTheCmdletContract() {
        Map<String, String> scripts = exampleScripts();
        CmdletContract.Result result = CmdletContract.check(scripts);
        System.out.printf("Cmdlet contract: %d scripts analysed in %d ms (whole call incl. node start %d ms),"
                + " %d violation(s)%n", result.scripts(), result.analyserMillis(), result.wallMillis(),
                result.violations().size());
        assertThat(result.scripts()).isEqualTo(scripts.size());
        assertThat(result.violations()).as(result.describe()).isEmpty();
    }

    // ---- P-9.5: the mistake this check was built for ------------------------------------

    @Test
    void aPropertyTheCatalogueDoesNotListIsReportedWithScriptLineCommandAndProperty() {
        Map<String, String> fixture = Map.of("fixture.ps1",
                "$pool = Get-CsTrustedApplicationPool -Identity 'x'\r\n$pool.Site\r\n$pool.SiteId\r\n");
        List<CmdletContract.Violation> violations = CmdletContract.check(fixture).violations();
        assertThat(violations).hasSize(1);
        CmdletContract.Violation v = violations.get(0);
        assertThat(v.script()).isEqualTo("fixture.ps1");
        assertThat(v.line()).isEqualTo(2);
        assertThat(v.command()).isEqualTo("Get-CsTrustedApplicationPool");
        assertThat(v.what()).startsWith("reads .Site ");
        assertThat(CmdletContract.check(fixture).describe()).contains("fixture.ps1:2  Get-CsTrustedApplicationPool  reads .Site");
    }

    /** The Lync part of verify as the templates generated it before issue 11 (P-9.5): the check finds .Site. */
    @Test
    void theOldVerifyLyncPartIsCaught() {
        String oldVerify = String.join("\r\n",
                "function Test-Check([bool]$Ok, [string]$What) { if (-not $Ok) { Write-Host ('PROBLEM ' + $What) } }",
                "$OwaPoolFqdn = 'atl-owa-001.litwareinc.com'",
                "$SiteId = 'Redmond'",
                "$pool = Get-CsTrustedApplicationPool -Identity $OwaPoolFqdn -ErrorAction SilentlyContinue",
                "Test-Check ([bool]$pool) ('trusted application pool ' + $OwaPoolFqdn + ' exists (P-2.3)')",
                "if ($pool) {",
                "    Test-Check ([string]$pool.Registrar -like ('*' + $ImServerName)) ('its registrar is ' + $ImServerName + ' (P-2.5, P-3.3)')",
                "    # P-2.6: the pool names its site by Identity (site:Redmond); the plan holds the SiteId.",
                "    $site = Get-CsSite | Where-Object { [string]$_.SiteId -eq $SiteId }",
                "    Test-Check ([bool]$site -and [string]$pool.Site -eq [string]$site.Identity) ('its site has SiteId ' + $SiteId + ' (P-2.6)')",
                "}",
                "");
        CmdletContract.Result result = CmdletContract.check(Map.of("06-verify.ps1 (before issue 11)", oldVerify));
        assertThat(result.violations()).extracting(CmdletContract.Violation::line, CmdletContract.Violation::command)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, "Get-CsTrustedApplicationPool"));
        assertThat(result.violations().get(0).what()).startsWith("reads .Site (on $pool)");
        // The fix of P-9.5 passes.
        assertThat(CmdletContract.check(Map.of("fixed", oldVerify.replace("$pool.Site ", "$pool.SiteId "))).violations())
                .isEmpty();
    }

    /**
     * Every generated script that still reads {@code $pool.Site} (today's verify -Part Lync, P-9.5) has that
     * read reported on its line. Once the templates read SiteId this finds no such line and the fixture test
     * above carries the proof; the count is printed so a reader sees which case applies.
     */
    @Test
    void theVerifyScriptsSiteReadIsFoundWhereverItIsStillGenerated() {
        Map<String, String> scripts = exampleScripts();
        List<CmdletContract.Violation> violations = CmdletContract.check(scripts).violations();
        Pattern site = Pattern.compile("\\$pool\\.Site(?![A-Za-z0-9_])");
        int found = 0;
        for (Map.Entry<String, String> s : scripts.entrySet()) {
            String[] lines = s.getValue().split("\r\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = site.matcher(lines[i]);
                if (m.find() && !lines[i].stripLeading().startsWith("#")) {
                    int line = i + 1;
                    found++;
                    assertThat(violations).as(s.getKey() + ":" + line)
                            .anyMatch(v -> v.script().equals(s.getKey()) && v.line() == line
                                    && v.command().equals("Get-CsTrustedApplicationPool") && v.what().startsWith("reads .Site "));
                }
            }
        }
        System.out.println("Cmdlet contract: $pool.Site read in " + found + " generated script line(s), each reported");
    }

    // ---- the other kinds of mistake -------------------------------------------------------

    @Test
    void commandsParametersValuesAndReadsAreCheckedAgainstTheCatalogue() {
        Map<String, String> fixtures = new LinkedHashMap<>();
        fixtures.put("unknown-command", "Get-CsNoSuchThing -Identity 'x'\r\n");
        fixtures.put("unknown-parameter", "Get-OwaVirtualDirectory -ShowBackEnd\r\n");
        fixtures.put("prefix", "Get-OwaVirtualDirectory -Serv 'mbx1'\r\n");
        fixtures.put("switch-with-value", "Get-CsTrustedApplicationComputer -Local 'x' -Identity 'y'\r\n");
        fixtures.put("missing-value", "Set-OwaMailboxPolicy -Identity 'Default' -InstantMessagingEnabled\r\n");
        fixtures.put("bool-string", "New-CsTrustedApplicationPool -Identity 'a' -RequiresReplication 'False'\r\n");
        fixtures.put("splat-unknown", "New-CsTrustedApplicationPool @PSBoundParameters\r\n");
        fixtures.put("splat-key", "$p = @{ Identity = 'a'; Registrar = 'b' }\r\n$p['SiteName'] = 'c'\r\n"
                + "New-CsTrustedApplicationPool @p -Confirm:$false\r\n");
        fixtures.put("pipeline-reads", "Get-CsTrustedApplication | Where-Object { $_.PoolName -eq 'x' }"
                + " | Sort-Object 'Porto' | Select-Object 'Identity', 'AppId'\r\n");
        fixtures.put("foreach-read", "$apps = @(Get-CsTrustedApplication)\r\nforeach ($a in $apps) { $a.Prt }\r\n"
                + "$apps[0].Identity\r\n$apps[0].Idnetity\r\n");
        fixtures.put("direct-read", "(Get-UMService -Identity 'mbx1').UMDialPlans\r\n");
        fixtures.put("foreach-object-output", "$policies = @('a' | ForEach-Object { Get-OwaMailboxPolicy -Identity $_ })\r\n"
                + "$policies[0].InstantMessagingOn\r\n");
        fixtures.put("program-option", "& \"$env:windir\\System32\\iisreset.exe\" /nofroce\r\n");
        fixtures.put("program-unresolved", "& $tool /noforce\r\n");
        fixtures.put("get-command", "Get-Command Get-CsNoSuchThing -ErrorAction SilentlyContinue\r\n");
        Map<String, List<String>> byScript = new LinkedHashMap<>();
        for (CmdletContract.Violation v : CmdletContract.check(fixtures).violations()) {
            byScript.computeIfAbsent(v.script(), k -> new ArrayList<>()).add(v.command() + " " + v.what());
        }
        assertThat(byScript.keySet()).containsExactlyInAnyOrderElementsOf(fixtures.keySet());
        assertThat(byScript.get("unknown-command")).singleElement().asString().contains("not in the catalogue");
        assertThat(byScript.get("unknown-parameter")).singleElement().asString().contains("-ShowBackEnd: no such parameter");
        assertThat(byScript.get("prefix")).singleElement().asString().contains("prefix of -Server");
        assertThat(byScript.get("switch-with-value")).singleElement().asString().contains("positional argument x");
        assertThat(byScript.get("missing-value")).singleElement().asString()
                .contains("-InstantMessagingEnabled takes a bool value, but none follows");
        assertThat(byScript.get("bool-string")).singleElement().asString().contains("bool parameter given the string False");
        assertThat(byScript.get("splat-unknown")).singleElement().asString().contains("cannot be checked");
        assertThat(byScript.get("splat-key")).singleElement().asString().contains("-SiteName: no such parameter");
        assertThat(byScript.get("pipeline-reads")).hasSize(3).anyMatch(s -> s.contains("reads .PoolName"))
                .anyMatch(s -> s.contains("reads .Porto")).anyMatch(s -> s.contains("reads .AppId"));
        assertThat(byScript.get("foreach-read")).hasSize(2).anyMatch(s -> s.contains("reads .Prt"))
                .anyMatch(s -> s.contains("reads .Idnetity"));
        assertThat(byScript.get("direct-read")).singleElement().asString().contains("Get-UMService reads .UMDialPlans");
        assertThat(byScript.get("foreach-object-output")).singleElement().asString()
                .contains("Get-OwaMailboxPolicy reads .InstantMessagingOn");
        assertThat(byScript.get("program-option")).singleElement().asString().contains("iisreset.exe option /nofroce");
        assertThat(byScript.get("program-unresolved")).singleElement().asString().contains("cannot be told");
        assertThat(byScript.get("get-command")).singleElement().asString().contains("looks for Get-CsNoSuchThing");
    }

    @Test
    void whatTheScriptsRightlyDoIsNotReported() {
        String script = String.join("\r\n",
                "function Get-Bare([string]$Value) { $Value }",
                "$pool = Get-CsTrustedApplicationPool -Identity 'x' -ErrorAction SilentlyContinue",
                "if ($pool -and [string]$pool.SiteId -eq 'Site:1' -and $pool.Registrar) { Get-Bare ([string]$pool.PoolFqdn) }",
                "$p = @{ Identity = 'a'; Registrar = 'b' }",
                "$p.Site = 'c'",
                "New-CsTrustedApplicationPool @p -RequiresReplication $false -Confirm:$false | Out-Null",
                "$dirs = @(Get-OwaVirtualDirectory -Server 'mbx1')",
                "$dirs | Where-Object { $_.InstantMessagingEnabled } | ForEach-Object { [string]$_.Identity }",
                "Write-Host ($dirs.Count)",
                "$cert = Get-Item -LiteralPath 'Cert:\\LocalMachine\\My\\AB'",
                "$cert.HasPrivateKey",
                "[xml]$d = (Get-ExchangeDiagnosticInfo -Server 'mbx1' -Process 'p' -Component 'c' -Argument 'a').Result",
                "$d.Diagnostics.Components",
                "$r = Invoke-Command -ComputerName 'mbx1' -ScriptBlock { param($t) [pscustomobject]@{ Ok = $true } } -ArgumentList 'x'",
                "$r.Ok",
                "$appcmd = Join-Path $env:windir 'System32\\inetsrv\\appcmd.exe'",
                "& $appcmd recycle apppool ('/apppool.name:' + 'MSExchangeOWAAppPool') 2>&1 | Out-Null",
                "iisreset /noforce",
                "Restart-WebAppPool 'MSExchangeOWAAppPool'",
                "Get-Command Get-OwaVirtualDirectory -ErrorAction SilentlyContinue",
                "$work = { param($s) $exe = Join-Path $s 'Bin\\ExSetup.exe'; Get-Item -LiteralPath $exe }",
                "$arguments = @('C:\\x')",
                "& $work @arguments",
                "function Invoke-On([string]$Server, [scriptblock]$Block) { & $Block }",
                "& { Get-CsSite | Where-Object { $_.SiteId } }",
                "");
        CmdletContract.Result result = CmdletContract.check(Map.of("fine.ps1", script));
        assertThat(result.violations()).as(result.describe()).isEmpty();
    }

    // ---- the catalogue itself -----------------------------------------------------------

    @Test
    void theCatalogueCitesADocumentationPageForEveryEntryAndSaysWhereEachPropertyComesFrom() {
        CmdletContract.Catalogue cat = CmdletContract.catalogue();
        JsonNode root = cat.root();
        assertThat(root.get("commands").size()).isGreaterThan(30);
        Set<String> names = new HashSet<>();
        for (JsonNode c : root.get("commands")) {
            String name = c.get("name").asString();
            assertThat(names.add(name.toLowerCase(Locale.ROOT))).as("listed once: " + name).isTrue();
            assertThat(c.path("doc").asString("")).as(name + ": documentation page")
                    .startsWith("https://learn.microsoft.com/");
            assertThat(c.path("module").asString("")).as(name + ": module or product").isNotBlank();
            assertThat(c.get("kind").asString()).as(name).isIn("cmdlet", "program");
            Set<String> parameters = new HashSet<>();
            if (c.has("parameters")) {
                c.get("parameters").properties().forEach(p -> {
                    parameters.add(p.getKey().toLowerCase(Locale.ROOT));
                    assertThat(p.getValue().asString()).as(name + " -" + p.getKey()).isIn(CmdletContract.KINDS);
                });
            }
            for (JsonNode p : c.path("positional")) {
                assertThat(parameters).as(name + ": positional parameter").contains(p.asString().toLowerCase(Locale.ROOT));
            }
            for (JsonNode p : c.get("properties")) {
                String about = name + "." + p.get("name").asString();
                assertThat(p.get("source").asString()).as(about).isIn("reference", "published-output");
                if (p.get("source").asString().equals("published-output")) {
                    assertThat(p.path("where").asString("")).as(about + ": where it was published").isNotBlank();
                }
            }
        }
        Set<String> exempt = new TreeSet<>();
        for (JsonNode e : root.get("exempt")) {
            String name = e.get("name").asString();
            assertThat(name).as("exempt names are names, not patterns").matches("[A-Z][A-Za-z]*-[A-Z][A-Za-z]*");
            assertThat(e.get("module").asString()).as(name).startsWith("Microsoft.PowerShell.");
            assertThat(exempt.add(name.toLowerCase(Locale.ROOT))).as("exempt once: " + name).isTrue();
        }
        assertThat(exempt).as("a command is either catalogued or exempt").doesNotContainAnyElementsOf(names);
        root.get("commonParameters").get("parameters").properties()
                .forEach(p -> assertThat(p.getValue().asString()).isIn(CmdletContract.KINDS));
        assertThat(root.get("commonParameters").get("doc").asString()).startsWith("https://learn.microsoft.com/");
    }

    /**
     * The examples together produce a script of every kind the generator has (each manifest key of
     * scripts/manifest.properties: purpose, shell and server), so the check above covers every purpose.
     */
    @Test
    void theExamplesCoverEveryScriptPurpose() throws IOException {
        Properties manifest = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scripts/manifest.properties")) {
            manifest.load(in);
        }
        Set<String> keys = new TreeSet<>();
        for (String k : manifest.stringPropertyNames()) {
            keys.add(k.substring(0, k.lastIndexOf('.')));
        }
        Set<String> covered = new TreeSet<>();
        for (Locale locale : Examples.locales()) {
            for (String example : Examples.names()) {
                for (GeneratedScript s : Examples.scripts(example, locale)) {
                    String key = manifestKey(manifest, keys, s);
                    assertThat(key).as(example + "/" + s.fileName() + ": its manifest entry").isNotNull();
                    covered.add(key);
                }
            }
        }
        assertThat(covered).as("script kinds the examples produce").isEqualTo(keys);
    }

    /** The manifest key of a script: its purpose when shell and server match, else purpose-variant. */
    private static String manifestKey(Properties manifest, Set<String> keys, GeneratedScript s) {
        if (matches(manifest, s.purpose(), s)) {
            return s.purpose();
        }
        List<String> variants = keys.stream().filter(k -> k.startsWith(s.purpose() + "-") && matches(manifest, k, s))
                .toList();
        return variants.size() == 1 ? variants.get(0) : null;
    }

    private static boolean matches(Properties manifest, String key, GeneratedScript s) {
        return s.shell().equals(manifest.getProperty(key + ".shell")) && s.runOn().equals(manifest.getProperty(key + ".runOn"));
    }
}
