package org.lyncowa.wizard.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.PsQuote;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.TestPlans;

/**
 * The preview quotes a value exactly as the generated script does: the literal the preview shows is
 * the very text of the script's parameter line, for values that the rules accept but that are
 * special to PowerShell or HTML.
 */
class StepPreviewTest {

    private static final ScriptGenerator SCRIPTS = new ScriptGenerator(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test 1");

    private final StepPreview preview = new StepPreview();

    private static String script(Plan plan, String purpose) {
        return SCRIPTS.generate(plan).stream().filter(s -> s.purpose().equals(purpose)).findFirst()
                .map(GeneratedScript::text).orElseThrow();
    }

    private static StepCheck valid(Plan plan) {
        PlanCheck check = PlanRules.check(plan);
        assertThat(check.errors()).isEmpty();
        return new StepCheck(check.plan(), List.of(), List.of(), java.util.Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"R'ed", "\u2018NA\u2019", "$(Remove-Item)", "a`b\"c", "<b>&amp;"})
    void theSiteIdIsTheScriptsOwnLiteral(String siteId) {
        Plan litware = TestPlans.preset(TestPlans.LITWARE);
        TrustedPool p = litware.trustedPool();
        Plan plan = new Plan(litware.title(), litware.compatibility(), new TrustedPool(false, p.owaPoolFqdn(),
                p.registrarPoolFqdn(), siteId, p.applicationId(), p.port(), p.poolComputers(), p.sipUriDialPlans()),
                litware.instantMessaging(), litware.mailboxPolicy());
        String literal = PsQuote.literal(siteId);
        assertThat(script(plan, "trusted-pool")).contains("$SiteId = " + literal);
        assertThat(preview.preview(Step.TRUSTED_POOL, valid(plan)).blocks().get(0).text()).contains("    Site = " + literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dial 'plan'", "’$(x)", "다이얼 플랜"})
    void dialPlanNamesAreTheScriptsOwnLiterals(String name) {
        Plan litware = TestPlans.preset(TestPlans.LITWARE);
        TrustedPool p = litware.trustedPool();
        Plan plan = new Plan(litware.title(), litware.compatibility(), new TrustedPool(false, p.owaPoolFqdn(),
                p.registrarPoolFqdn(), p.siteId(), p.applicationId(), p.port(), p.poolComputers(), List.of(name, "Second")),
                litware.instantMessaging(), litware.mailboxPolicy());
        String list = "$DialPlanNames = @(" + PsQuote.literal(name) + ", 'Second')";
        assertThat(script(plan, "dial-plans")).contains(list);
        assertThat(preview.preview(Step.TRUSTED_POOL, valid(plan)).blocks().get(1).text()).contains(list);
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "Sales \u201Bx\u201A", "$env:TEMP", "a # b"})
    void aPolicyNameIsTheScriptsOwnLiteral(String name) {
        Plan litware = TestPlans.preset(TestPlans.LITWARE);
        Plan plan = new Plan(litware.title(), litware.compatibility(), litware.trustedPool(), litware.instantMessaging(),
                new MailboxPolicy(PolicyScope.NAMED, List.of(name)));
        String literal = PsQuote.literal(name);
        assertThat(script(plan, "owa-mailbox-policy")).contains("$PolicyNames = @(" + literal + ")");
        assertThat(preview.preview(Step.MAILBOX_POLICY, valid(plan)).blocks().get(0).text())
                .isEqualTo("Set-OwaMailboxPolicy -Identity " + literal
                        + " -InstantMessagingEnabled $true -InstantMessagingType 'OCS'");
    }

    /** P-9.2: the step preview shows the thumbprint each server uses, or the IIS look-up on each. */
    @org.junit.jupiter.api.Test
    void certificatesPerServerShowEachServersValue() {
        Plan plan = TestPlans.preset(TestPlans.PER_SERVER);
        Preview shown = preview.preview(Step.INSTANT_MESSAGING, valid(plan));
        assertThat(shown.blocks()).extracting(Preview.Block::labelKey).containsExactly("preview.im.directories",
                "preview.im.certificates", "preview.im.values", "preview.im.webConfigPerServer", "preview.im.recycle");
        assertThat(shown.blocks().get(1).lines()).containsExactly(
                "Get-ExchangeCertificate -Server 'atl-mbx-001.litwareinc.com' -Thumbprint 'EA5A332496CC05DA69B75B66111C0F78A110D22D'",
                "Get-ExchangeCertificate -Server 'atl-mbx-002.litwareinc.com' -Thumbprint '9F8E7D6C5B4A39281706F5E4D3C2B1A098765432'");
        assertThat(preview.preview(Step.VERIFICATION, valid(plan)).blocks().get(0).text())
                .contains("-Server 'atl-mbx-002.litwareinc.com' -Thumbprint '9F8E7D6C5B4A39281706F5E4D3C2B1A098765432'");

        org.lyncowa.plan.InstantMessaging im = plan.instantMessaging();
        Plan iis = new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), new org.lyncowa.plan.InstantMessaging(
                im.mode(), im.mailboxServers(), List.of(), org.lyncowa.plan.CertificateSource.IIS, null, null,
                im.imServerName()), plan.mailboxPolicy());
        Preview fromIis = preview.preview(Step.INSTANT_MESSAGING, valid(iis));
        assertThat(fromIis.blocks().get(1).labelKey()).isEqualTo("preview.im.certificatesIis");
        assertThat(fromIis.blocks().get(1).lines()).containsExactly(
                "Get-ExchangeCertificate -Server 'atl-mbx-001.litwareinc.com' | Where-Object { [string]$_.Services -match 'IIS' }",
                "Get-ExchangeCertificate -Server 'atl-mbx-002.litwareinc.com' | Where-Object { [string]$_.Services -match 'IIS' }");
    }

    @org.junit.jupiter.api.Test
    void exchange2010UsesEachClientAccessServersThumbprint() {
        Plan plan = TestPlans.preset(TestPlans.EXCHANGE_2010);
        org.lyncowa.plan.InstantMessaging im = plan.instantMessaging();
        Plan perServer = new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), new org.lyncowa.plan.InstantMessaging(
                im.mode(), List.of(), im.clientAccessServers(), org.lyncowa.plan.CertificateSource.THUMBPRINT,
                im.certificateThumbprint(), java.util.Map.of("cas02.tailspin.example", "9F8E7D6C5B4A39281706F5E4D3C2B1A098765432"),
                im.imServerName()), plan.mailboxPolicy());
        String lines = preview.preview(Step.INSTANT_MESSAGING, valid(perServer)).blocks().get(0).text();
        assertThat(lines).contains("'cas01\\owa (Default Web Site)'").contains("-InstantMessagingCertificateThumbprint '"
                + im.certificateThumbprint() + "'");
        assertThat(lines).contains("-InstantMessagingCertificateThumbprint '9F8E7D6C5B4A39281706F5E4D3C2B1A098765432'");
    }
}
