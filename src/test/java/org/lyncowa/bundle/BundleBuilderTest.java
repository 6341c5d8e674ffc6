package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.support.TestPresets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BundleBuilderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BundleBuilder builder = BundleFixtures.builder();

    /** The ZIP's entries in order, by name. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(entries.put(e.getName(), in.readAllBytes())).as("duplicate entry " + e.getName()).isNull();
                assertThat(e.isDirectory()).isFalse();
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 26, 10, 15, 30));
            }
        }
        return entries;
    }

    @Nested
    class ForEachExamplePlan {

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void zipHoldsExactlyManifestPlanRunbooksAndScripts(String preset) throws IOException {
            Plan plan = BundleFixtures.preset(preset);
            Map<String, byte[]> entries = unzip(builder.build(plan, Locale.ENGLISH).zip());

            List<String> expected = new ArrayList<>(List.of("manifest.json", "plan.json", "runbook.md", "runbook.html"));
            BundleFixtures.standInScripts(plan).forEach(s -> expected.add(s.fileName()));
            assertThat(entries.keySet()).containsExactlyElementsOf(expected);
            assertThat(entries.keySet()).allSatisfy(name -> assertThat(name).doesNotContain("/", "\\"));
        }

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void manifestListsEveryOtherFileWithItsHash(String preset) throws IOException {
            Plan plan = BundleFixtures.preset(preset);
            Map<String, byte[]> entries = unzip(builder.build(plan, Locale.ENGLISH).zip());
            JsonNode manifest = JSON.readTree(entries.get("manifest.json"));

            assertThat(manifest.get("format").stringValue()).isEqualTo("lync-owa-bundle");
            assertThat(manifest.get("version").intValue()).isEqualTo(1);
            assertThat(manifest.get("generatedAt").stringValue()).isEqualTo("2026-11-26T10:15:30Z");
            assertThat(manifest.get("generator").stringValue()).isEqualTo(BundleFixtures.GENERATOR);

            List<String> listed = new ArrayList<>();
            for (JsonNode f : manifest.get("files")) {
                String path = f.get("path").stringValue();
                listed.add(path);
                assertThat(entries).containsKey(path);
                assertThat(f.get("sha256").stringValue()).as(path).isEqualTo(BundleFile.sha256(entries.get(path)));
                assertThat(f.has("purpose") && f.has("shell") && f.has("runOn") && f.has("order")).isTrue();
            }
            List<String> others = new ArrayList<>(entries.keySet());
            others.remove("manifest.json");
            assertThat(listed).containsExactlyElementsOf(others);

            Map<String, JsonNode> byPath = new LinkedHashMap<>();
            manifest.get("files").forEach(f -> byPath.put(f.get("path").stringValue(), f));
            assertThat(byPath.get("plan.json").get("purpose").stringValue()).isEqualTo("plan");
            assertThat(byPath.get("plan.json").get("shell").isNull()).isTrue();
            assertThat(byPath.get("plan.json").get("order").intValue()).isZero();
            assertThat(byPath.get("runbook.html").get("purpose").stringValue()).isEqualTo("runbook");
            assertThat(byPath.get("runbook.md").get("runOn").isNull()).isTrue();
            for (GeneratedScript s : BundleFixtures.standInScripts(plan)) {
                JsonNode f = byPath.get(s.fileName());
                assertThat(f.get("purpose").stringValue()).isEqualTo(s.purpose());
                assertThat(f.get("shell").stringValue()).isEqualTo(s.shell());
                assertThat(f.get("runOn").stringValue()).isEqualTo(s.runOn());
                assertThat(f.get("order").intValue()).isEqualTo(s.order());
            }
        }

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void planJsonReimportsToTheNormalisedPlan(String preset) throws Exception {
            Plan plan = BundleFixtures.preset(preset);
            Map<String, byte[]> entries = unzip(builder.build(plan, Locale.ENGLISH).zip());

            PlanCheck reread = PlanJson.read(entries.get("plan.json"));
            assertThat(reread.errors()).isEmpty();
            assertThat(reread.plan()).isEqualTo(PlanRules.check(plan).plan());
        }

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void scriptsHaveBomAndCrlfOnly(String preset) throws IOException {
            Plan plan = BundleFixtures.preset(preset);
            Map<String, byte[]> entries = unzip(builder.build(plan, Locale.ENGLISH).zip());
            entries.forEach((name, bytes) -> {
                if (name.endsWith(".ps1")) {
                    assertThat(bytes).as(name).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    assertThat(text.replace("\r\n", "")).as(name).doesNotContain("\r", "\n");
                    assertThat(text).as(name).contains("\r\n");
                }
            });
        }

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void sameClockSameBytes(String preset) {
            Plan plan = BundleFixtures.preset(preset);
            assertThat(builder.build(plan, Locale.ENGLISH).zip()).isEqualTo(builder.build(plan, Locale.ENGLISH).zip());
        }

        @ParameterizedTest
        @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
        void runbookNamesEveryScriptWithItsCommandsInBothFormats(String preset) {
            Plan plan = BundleFixtures.preset(preset);
            Bundle bundle = builder.build(plan, Locale.ENGLISH);
            String md = file(bundle, "runbook.md");
            String html = file(bundle, "runbook.html");
            for (GeneratedScript s : BundleFixtures.standInScripts(plan)) {
                String run = ".\\" + s.fileName();
                assertThat(md).contains("`" + s.fileName() + "`", run);
                assertThat(html).contains("<code>" + s.fileName() + "</code>", run);
                if (s.purpose().equals("verify")) {
                    assertThat(md).doesNotContain(run + " -WhatIf");
                } else {
                    assertThat(md).contains(run + " -WhatIf");
                    assertThat(html).contains(run + " -WhatIf");
                }
            }
            assertThat(md).contains("SUCCESS").doesNotContain("runbook.", "plan.issue");
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script", "<link",
                    "runbook.");
        }
    }

    @Test
    void exchange2010StartsWithTheManualPrerequisitesAndMarksMediumItems() {
        Plan plan = BundleFixtures.preset("exchange2010-limited");
        String md = file(builder.build(plan, Locale.ENGLISH), "runbook.md");

        int prerequisites = md.indexOf("### Step 1: Install the IM prerequisites on every Client Access server");
        assertThat(prerequisites).isPositive();
        assertThat(md.indexOf("### Step 2:")).isGreaterThan(prerequisites);
        assertThat(md).contains("`CWAOWASSPMain.msi`", "`UcmaRedist.msp`", "`Microsoft.Rtc.UCWeb.dll`")
                .contains("`cas01.tailspin.example`, `cas02.tailspin.example`");
        // (medium) items of P-7: the hotfixes (P-7.1) and iisreset (P-7.5).
        assertThat(md).contains("`CWAOWASSP.msp`. (confirm against your environment)");
        assertThat(md).contains("`iisreset /noforce` on each Client Access server. (confirm against your environment)");
        // Event 112 is documented for Exchange 2013 only (P-7.7).
        assertThat(md).doesNotContain("112").doesNotContain("owa-web-config");
        assertThat(md).contains("limited");
    }

    @Test
    void exchange2013VerifyPromisesPresenceAndEvent112AndWebConfigSaysRerunAfterEveryCu() {
        String md = file(builder.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH), "runbook.md");
        assertThat(md).doesNotContain("prerequisites");
        assertThat(md).contains("presence icon", "event 112", "`MSExchange OWA`");
        assertThat(md).contains("after every Exchange 2013 cumulative update");
        // P-9.8: the recycle is judged by appcmd's exit code, not by its (English) text.
        assertThat(md).contains("judged by the exit code of `appcmd`").doesNotContain("successfully recycled");
        // Issue 11: how to run the all-servers script, and what rollback does not restore (P-9.9).
        assertThat(md).contains("`Enable-PSRemoting`", "local Administrators group", "`-Local`",
                "What rollback does NOT restore", "What rollback restores");
        assertThat(md).doesNotContain("back as they were before");
        assertThat(md).contains("`atl-owa-001.litwareinc.com`");
    }

    @Test
    void warningsOfThePlanAreListed() {
        Plan plan = BundleFixtures.preset("litwareinc");
        Plan withLyncPort = new Plan(plan.title(), plan.compatibility(),
                new org.lyncowa.plan.TrustedPool(false, "atl-owa-001.litwareinc.com", "atl-cs-001.litwareinc.com",
                        "Redmond", "OutlookWebApp", 5061, List.of(), List.of()),
                plan.instantMessaging(), plan.mailboxPolicy());
        String md = file(builder.build(withLyncPort, Locale.ENGLISH), "runbook.md");
        String warnings = md.substring(md.indexOf("## Warnings"), md.indexOf("## Steps"));
        IssueMessages words = new IssueMessages(BundleFixtures.messages());
        List<PlanIssue> expected = PlanRules.check(withLyncPort).warnings();
        assertThat(expected).extracting(PlanIssue::code).contains("port.usedByLync");
        for (PlanIssue issue : expected) {
            assertThat(warnings).contains("- " + RunbookMarkdown.words(words.message(issue, Locale.ENGLISH)) + "\n");
        }
        assertThat(warnings).doesNotContain("No warnings.");
        // Only current versions (P-8.2) give a plan without any warning: Subscription Edition on both sides.
        Plan disable = BundleFixtures.preset("disable-im");
        Plan current = new Plan(disable.title(), new Compatibility(LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_SE, false),
                plan.trustedPool(), disable.instantMessaging(), null);
        assertThat(PlanRules.check(current).warnings()).isEmpty();
        String none = file(builder.build(current, Locale.ENGLISH), "runbook.md");
        assertThat(none.substring(none.indexOf("## Warnings"), none.indexOf("## Steps"))).contains("No warnings.");
    }

    @Test
    void koreanRunbookIsInKorean() {
        Bundle bundle = builder.build(BundleFixtures.preset("litwareinc"), Locale.KOREAN);
        assertThat(file(bundle, "runbook.md")).contains("## 계획 요약", "1단계", "정상 결과");
        assertThat(file(bundle, "runbook.html")).contains("<html lang=\"ko\">", "계획 요약");
    }

    @Test
    void hostileTitleIsEscapedInHtmlAndCannotBreakMarkdown() {
        String hostile = "<script>alert(1)</script> & \"x\" # *y* [z](http://e) `tick` ``two``";
        Plan base = BundleFixtures.preset("litwareinc");
        Plan plan = new Plan(hostile, base.compatibility(), base.trustedPool(), base.instantMessaging(),
                base.mailboxPolicy());
        Bundle bundle = builder.build(plan, Locale.ENGLISH);

        String html = file(bundle, "runbook.html");
        assertThat(html).doesNotContain("<script", "</script>", "\"x\"");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;");
        assertThat(html).contains("<title>&lt;script&gt;");

        String md = file(bundle, "runbook.md");
        String heading = md.lines().findFirst().orElseThrow();
        assertThat(heading).isEqualTo("# " + RunbookMarkdown.words(hostile));
        // "&" followed by a space and "#" inside a line are no syntax: left as they are (issue 16).
        assertThat(heading).contains("\\<script\\>", " & ", " # ", "\\*y\\*", "\\[z\\]", "\\`tick\\`");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void policyNamesWithBackticksStayWholeCodeSpans() {
        Plan base = BundleFixtures.preset("litwareinc");
        String name = "`Sales` ``Staff`` <b>";
        Plan plan = new Plan(base.title(), base.compatibility(), base.trustedPool(), base.instantMessaging(),
                new MailboxPolicy(PolicyScope.NAMED, List.of(name, "Default")));
        String md = file(builder.build(plan, Locale.ENGLISH), "runbook.md");
        assertThat(md).contains("- **Policy names:** ``` `Sales` ``Staff`` <b> ```, `Default`");
        assertThat(file(builder.build(plan, Locale.ENGLISH), "runbook.html"))
                .contains("<code>`Sales` ``Staff`` &lt;b&gt;</code>");
    }

    static Plan testPlan(String name) throws Exception {
        return TestPresets.plan(name);
    }

    @Test
    void theRunbookSummaryShowsEachServersThumbprint() throws Exception {
        Plan plan = testPlan("litware-certificates-per-server");
        Bundle bundle = builder.build(plan, Locale.ENGLISH);
        String md = file(bundle, "runbook.md");
        assertThat(md).contains("A certificate per server")
                .contains("`atl-mbx-001.litwareinc.com`: `EA5A332496CC05DA69B75B66111C0F78A110D22D`; "
                        + "`atl-mbx-002.litwareinc.com`: `9F8E7D6C5B4A39281706F5E4D3C2B1A098765432`");
        assertThat(file(builder.build(plan, Locale.KOREAN), "runbook.md")).contains("각 서버의 인증서 지문");
        // The bundle's plan.json is a version 2 file that imports to the same plan.
        String planJson = file(bundle, "plan.json");
        assertThat(planJson).containsPattern("\"version\" ?: ?2,");
        assertThat(PlanJson.read(planJson).plan()).isEqualTo(plan);
        Plan iis = new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), new org.lyncowa.plan.InstantMessaging(
                plan.instantMessaging().mode(), plan.instantMessaging().mailboxServers(), List.of(),
                org.lyncowa.plan.CertificateSource.IIS, null, null, plan.instantMessaging().imServerName()),
                plan.mailboxPolicy());
        assertThat(file(builder.build(iis, Locale.ENGLISH), "runbook.md"))
                .contains("The IIS certificate of each server, found and checked by the script")
                .doesNotContain("EA5A332496CC05DA69B75B66111C0F78A110D22D");
        assertThat(file(builder.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH), "runbook.md"))
                .contains("One certificate for every server").contains("`EA5A332496CC05DA69B75B66111C0F78A110D22D`");
    }

    @Test
    void refusesInvalidPlansAndExchange2016() {
        Plan base = BundleFixtures.preset("litwareinc");
        Plan invalid = new Plan(base.title(), base.compatibility(), null, base.instantMessaging(), base.mailboxPolicy());
        assertThatThrownBy(() -> builder.build(invalid, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
        Plan exchange2016 = new Plan(base.title(),
                new Compatibility(base.compatibility().lyncServer(), ExchangeServer.EXCHANGE_2016, true),
                base.trustedPool(), base.instantMessaging(), base.mailboxPolicy());
        assertThatThrownBy(() -> builder.build(exchange2016, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.script(exchange2016, "01-trusted-pool.ps1", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.build(null, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneScriptAlone() {
        Plan plan = BundleFixtures.preset("litwareinc");
        assertThat(builder.script(plan, "04-owa-web-config.ps1", Locale.ENGLISH)).get()
                .extracting(GeneratedScript::purpose).isEqualTo("owa-web-config");
        assertThat(builder.script(plan, "../plan.json", Locale.ENGLISH)).isEmpty();
        assertThat(builder.script(plan, "99-nothing.ps1", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void scriptNamesThatCouldEscapeTheFlatZipAreRefused() {
        BundleBuilder bad = new BundleBuilder((plan, locale) -> List.of(new GeneratedScript("../x.ps1", "verify", "s", "r", 1,
                "x\r\n")), BundleFixtures.messages(), BundleFixtures.CLOCK, BundleFixtures.GENERATOR);
        assertThatThrownBy(() -> bad.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class);
        BundleBuilder clash = new BundleBuilder((plan, locale) -> List.of(new GeneratedScript("plan.json", "verify", "s", "r", 1,
                "x\r\n")), BundleFixtures.messages(), BundleFixtures.CLOCK, BundleFixtures.GENERATOR);
        assertThatThrownBy(() -> clash.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void untitledPlanGetsTheGenericTitleAndFallbackDownloadName() {
        Plan base = BundleFixtures.preset("litwareinc");
        Plan untitled = new Plan(null, base.compatibility(), base.trustedPool(), base.instantMessaging(),
                base.mailboxPolicy());
        Bundle bundle = builder.build(untitled, Locale.ENGLISH);
        assertThat(file(bundle, "runbook.md")).startsWith("# Lync Server 2013 and Outlook Web App integration\n");
        assertThat(DownloadNames.fileName(untitled, ".zip")).isEqualTo("lync-owa.zip");
        assertThat(DownloadNames.attachment(untitled, ".zip").toString()).isEqualTo("attachment; filename=\"lync-owa.zip\"");
    }

    @Test
    void aPurposeTheRunbookHasNoWordsForStillGetsAStepFromTheScriptItself() {
        BundleBuilder future = new BundleBuilder((plan, locale) -> List.of(new GeneratedScript("01-future-step.ps1",
                "future-step", "Some Shell", "some server", 1, "x\r\n")), BundleFixtures.messages(),
                BundleFixtures.CLOCK, BundleFixtures.GENERATOR);
        String md = file(future.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH), "runbook.md");
        assertThat(md).contains("### Step 1: future-step (01-future-step.ps1)", "- **Run on:** some server",
                "- **Shell:** Some Shell", ".\\01-future-step.ps1 -WhatIf");
    }

    static String file(Bundle bundle, String path) {
        return bundle.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
    }
}
