package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.plan.Plan;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.ScriptGenerator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/** The bundle with the real script generator, wired as the application wires it. */
class BundleWithGeneratorTest {

    private final ScriptGenerator generator = new ScriptGenerator(BundleFixtures.CLOCK, BundleFixtures.GENERATOR);
    private final BundleBuilder builder = new BundleBuilder(generator::generate, BundleFixtures.messages(),
            BundleFixtures.CLOCK, BundleFixtures.GENERATOR);

    @ParameterizedTest
    @MethodSource("org.lyncowa.bundle.BundleFixtures#presets")
    void zipHoldsTheGeneratedScriptsAndTheRunbookTellsHowToRunEach(String preset) throws Exception {
        Plan plan = BundleFixtures.preset(preset);
        List<GeneratedScript> scripts = generator.generate(plan);
        Bundle bundle = builder.build(plan, Locale.ENGLISH);
        Map<String, byte[]> entries = BundleBuilderTest.unzip(bundle.zip());

        List<String> expected = new ArrayList<>(List.of("manifest.json", "plan.json", "runbook.md", "runbook.html"));
        scripts.forEach(s -> expected.add(s.fileName()));
        assertThat(entries.keySet()).containsExactlyElementsOf(expected);
        for (GeneratedScript s : scripts) {
            assertThat(entries.get(s.fileName())).isEqualTo(s.bytes());
        }

        String md = BundleBuilderTest.file(bundle, "runbook.md");
        for (GeneratedScript s : scripts) {
            String run = ".\\" + s.fileName();
            List<String> parts = ScriptParts.of(s.text());
            if (parts.isEmpty()) {
                assertThat(md).contains(run + "\n");
            }
            for (String part : parts) {
                assertThat(md).contains(run + " -Part " + part + "\n");
                if (!s.purpose().equals("verify") && !s.purpose().equals("discover")) {
                    assertThat(md).contains(run + " -Part " + part + " -WhatIf\n");
                }
            }
        }
        assertThat(md).doesNotContain("runbook.");
    }

    @Test
    void verifyAndRollbackAreRunOncePerPart() {
        Bundle bundle = builder.build(BundleFixtures.preset("litwareinc"), Locale.ENGLISH);
        String md = BundleBuilderTest.file(bundle, "runbook.md");
        assertThat(md).contains(".\\06-verify.ps1 -Part Exchange\n", ".\\06-verify.ps1 -Part MailboxServer\n",
                ".\\06-verify.ps1 -Part Lync\n");
        assertThat(md).doesNotContain("06-verify.ps1 -WhatIf", "06-verify.ps1 -Part Exchange -WhatIf");
        // Undo in reverse set-up order: web.config first, the Lync pool last (P-6).
        int mailbox = md.indexOf(".\\07-rollback.ps1 -Part MailboxServer -WhatIf");
        int exchange = md.indexOf(".\\07-rollback.ps1 -Part Exchange -WhatIf");
        int lync = md.indexOf(".\\07-rollback.ps1 -Part Lync -WhatIf");
        assertThat(mailbox).isPositive().isLessThan(exchange);
        assertThat(exchange).isLessThan(lync);
        // One console checks every Mailbox server through remoting; -Local checks only the server it runs on.
        assertThat(md).contains("`-Part MailboxServer` in Windows PowerShell (run as administrator) on any computer of the domain: "
                + "it checks every Mailbox server through PowerShell remoting (add `-Local`");
    }

    /** Issue 11 item 4, P-9.4: the runbook says what the Lync rollback removes and what it leaves. */
    @Test
    void theLyncRollbackSaysWhatItRemovesAndWhatItLeaves() {
        for (String preset : List.of("litwareinc", "exchange2010-limited")) {
            String md = BundleBuilderTest.file(builder.build(BundleFixtures.preset(preset), Locale.ENGLISH), "runbook.md");
            String rollback = md.substring(md.lastIndexOf("### Step ", md.indexOf("-rollback.ps1)")));
            assertThat(rollback).as(preset).contains("-rollback.ps1 -Part Lync -WhatIf",
                    "`-Part Lync` removes the trusted application of this plan from the OWA trusted application pool.",
                    "only when nothing else is left in it",
                    "stays as it is, computers included, and the script names what it left and why");
            String ko = BundleBuilderTest.file(builder.build(BundleFixtures.preset(preset), Locale.KOREAN), "runbook.md");
            assertThat(ko.substring(ko.lastIndexOf("### ", ko.indexOf("-rollback.ps1)")))).as(preset)
                    .contains("`-Part Lync`는 OWA용 신뢰할 수 있는 응용 프로그램 풀에서 이 계획의 신뢰할 수 있는 응용 프로그램을 제거합니다.");
        }
        // With co-located UM there is no pool of the plan and no Lync part to explain.
        String colocated = BundleBuilderTest.file(builder.build(BundleFixtures.preset("colocated-um"), Locale.ENGLISH),
                "runbook.md");
        assertThat(colocated).doesNotContain("-rollback.ps1 -Part Lync", "`-Part Lync` removes");
    }

    @Test
    void notIntegratingGetsOnlyTheDisableStepsWithTheirOwnExpectations() {
        String md = BundleBuilderTest.file(builder.build(BundleFixtures.preset("disable-im"), Locale.ENGLISH),
                "runbook.md");
        assertThat(md).contains("### Step 1: Switch instant messaging in OWA off (01-disable-im.ps1)",
                "### Step 2: Verify that instant messaging in OWA is off (02-verify.ps1)", ".\\02-verify.ps1\n");
        String verify = md.substring(md.indexOf("### Step 2"), md.indexOf("### Step 3"));
        assertThat(verify).contains("- **Shell:** Exchange Management Shell", "`InstantMessagingEnabled` True")
                .doesNotContain("event 112", "presence icon (for example green)", "SIPStack", "`Logging`");
        // Last in every bundle, the read-only discovery script (issue 18).
        assertThat(md).contains("### Step 3: Read your servers' configuration (optional, read-only) (03-discover.ps1)")
                .doesNotContain("### Step 4");
    }

    @Test
    void applicationWiringUsesTheGeneratorAndNamesItself() {
        new ApplicationContextRunner()
                .withUserConfiguration(BundleConfig.class)
                .withBean(MessageSource.class, BundleFixtures::messages)
                .withPropertyValues("spring.application.name=lync-owa-wizard")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(BundleBuilder.class)
                            .hasSingleBean(ScriptGenerator.class);
                    Bundle bundle = context.getBean(BundleBuilder.class)
                            .build(BundleFixtures.preset("litwareinc"), Locale.KOREAN);
                    assertThat(bundle.generator()).matches("lync-owa-wizard \\S+");
                    assertThat(bundle.files()).extracting(BundleFile::path).contains("04-owa-web-config.ps1");
                    assertThat(BundleBuilderTest.file(bundle, "runbook.md")).contains("계획 요약");
                });
    }

    /** Issue 15, P-8.1: the runbook names the versions chosen, never Lync Server 2013 or Outlook Web App for others. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"SKYPE_2015, EXCHANGE_2013", "SKYPE_2019, EXCHANGE_2013",
            "SKYPE_SE, EXCHANGE_2013", "SKYPE_2015, EXCHANGE_2010"})
    void skypeForBusinessWithExchange2013Or2010IsNamedSo(String lync, String exchange) {
        Plan base = BundleFixtures.preset(exchange.equals("EXCHANGE_2010") ? "exchange2010-limited" : "litwareinc");
        Plan plan = new Plan(null, new org.lyncowa.plan.Compatibility(org.lyncowa.plan.LyncServer.valueOf(lync),
                org.lyncowa.plan.ExchangeServer.valueOf(exchange), true), base.trustedPool(), base.instantMessaging(),
                base.mailboxPolicy());
        String md = BundleBuilderTest.file(builder.build(plan, Locale.ENGLISH), "runbook.md");
        assertThat(md).contains("Skype for Business Server Management Shell", "Skype for Business Server Front End Server",
                "Outlook Web App")
                .doesNotContain("Lync Server 2013", "Lync Server Management Shell", "Outlook on the web", "{lync",
                        "{frontEnd}", "{owa}");
        String ko = BundleBuilderTest.file(builder.build(plan, Locale.KOREAN), "runbook.md");
        assertThat(ko).contains("비즈니스용 Skype 서버 관리 셸").doesNotContain("Lync Server 관리 셸", "{lync");
    }

    @Test
    void switchingImOffWithExchange2016OrLaterSaysOutlookOnTheWeb() {
        Plan plan = new Plan(null, new org.lyncowa.plan.Compatibility(org.lyncowa.plan.LyncServer.LYNC_2013,
                org.lyncowa.plan.ExchangeServer.EXCHANGE_2019, false), org.lyncowa.plan.TrustedPool.colocated(),
                org.lyncowa.plan.InstantMessaging.disable(), null);
        String md = BundleBuilderTest.file(builder.build(plan, Locale.ENGLISH), "runbook.md");
        assertThat(md).contains("Lync Server 2013 and Outlook on the web integration", "sign in to Outlook on the web")
                .doesNotContain("Outlook Web App");
    }
}
