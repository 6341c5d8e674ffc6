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
        return new StepCheck(check.plan(), List.of(), List.of());
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
        assertThat(preview.preview(Step.TRUSTED_POOL, valid(plan)).blocks().get(0).text()).contains("-Site " + literal);
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
}
