package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lyncowa.plan.PlanRulesTest.codesAt;
import static org.lyncowa.plan.PlanRulesTest.im;
import static org.lyncowa.plan.PlanRulesTest.litware;
import static org.lyncowa.plan.PlanRulesTest.pool;
import static org.lyncowa.plan.PlanRulesTest.withIm;
import static org.lyncowa.plan.PlanRulesTest.withPool;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, finding 9: characters that show nothing or turn the text around are refused in every
 * free-text field (title, policy names, SIP URI dial plan names, SiteId), with code
 * {@code text.invisible} and the character as its argument; the thumbprint keeps dropping them (P-3.4).
 */
class InvisibleCharactersTest {

    /** The bidirectional controls of the finding, then other format and invisible characters. */
    static final String INVISIBLE = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
            + "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u180E\u3164\u115F\uFFA0\u034F\uDB40\uDC01";

    static List<Integer> invisible() {
        return INVISIBLE.codePoints().boxed().toList();
    }

    static Plan titled(String title) {
        Plan p = litware();
        return new Plan(title, p.compatibility(), p.trustedPool(), p.instantMessaging(), p.mailboxPolicy());
    }

    static Plan withPolicies(String... names) {
        Plan p = litware();
        return new Plan(p.title(), p.compatibility(), p.trustedPool(), p.instantMessaging(),
                new MailboxPolicy(PolicyScope.NAMED, List.of(names)));
    }

    @Test
    void everyOneIsRefusedInTitlesPolicyAndDialPlanNamesNamingTheCharacter() {
        for (int cp : invisible()) {
            String value = "Sales" + new String(Character.toChars(cp)) + " EMEA";
            String shown = String.format("U+%04X", cp);
            assertThat(PlanRules.check(titled(value)).errors()).as(shown)
                    .containsExactly(PlanIssue.of("title", "text.invisible", shown));
            assertThat(PlanRules.check(withPolicies("Default", value)).errors()).as(shown)
                    .containsExactly(PlanIssue.of("mailboxPolicy.policies[1]", "text.invisible", shown));
            assertThat(codesAt(PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, null, null,
                    List.of(value)))), "trustedPool.sipUriDialPlans[0]")).as(shown).containsExactly("text.invisible");
            assertThat(codesAt(PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "Red" + new String(Character.toChars(cp)),
                    null, null, null, null))), "trustedPool.siteId")).as(shown).containsExactly("siteId.invalid");
        }
    }

    @Test
    void theTrojanSourceTitleIsRefused() {
        // Shown by an editor as "Litware -- safe", stored as an override that reverses what follows.
        PlanCheck check = PlanRules.check(titled("Litware \u202E\u2066 ; Stop-Computer \u2069\u2066"));
        assertThat(check.errors()).containsExactly(PlanIssue.of("title", "text.invisible", "U+202E"));
    }

    @Test
    void aLoneSurrogateFromAJsonEscapeIsRefused() throws Exception {
        PlanCheck check = PlanRules.check(titled("Sales \uD800 EMEA"));
        assertThat(check.errors()).containsExactly(PlanIssue.of("title", "text.invisible", "U+D800"));
        String json = PlanJsonTest.preset("litwareinc").replace("\"Litware", "\"\\uDC00 Litware");
        assertThat(codesAt(PlanJson.read(json), "title")).containsExactly("text.invisible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"리트웨어 애틀랜타", "Sales \uD83D\uDE00", "\u2764\uFE0F Team", "e\u0301te\u0301", "Zürich", "Ünïcödé",
            "\u0627\u0644\u0645\u0628\u064A\u0639\u0627\u062A", "\u05DE\u05DB\u05D9\u05E8\u05D5\u05EA"})
    void visibleTextInAnyLanguageStaysAccepted(String text) {
        assertThat(PlanRules.check(titled(text)).errors()).isEmpty();
        assertThat(PlanRules.check(withPolicies(text)).errors()).isEmpty();
    }

    @Test
    void theThumbprintStillDropsThemAsP34Says() {
        PlanCheck check = PlanRules.check(withIm(i -> im(i.mailboxServers(), null,
                "\u200E\u202AEA5A332496CC05DA69B75B66111C0F78A110D22D\u202C\uFEFF", i.imServerName())));
        assertThat(check.errors()).isEmpty();
        assertThat(check.plan().instantMessaging().certificateThumbprint())
                .isEqualTo("EA5A332496CC05DA69B75B66111C0F78A110D22D");
    }

    @Test
    void controlCharactersKeepTheirOwnCode() {
        assertThat(codesAt(PlanRules.check(titled("a\u202Eb\nc")), "title")).containsExactly("text.control");
    }
}
