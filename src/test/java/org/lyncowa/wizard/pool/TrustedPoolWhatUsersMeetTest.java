package org.lyncowa.wizard.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.FormPost;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 16 on the trusted-pool step: "How to find this" for every answer that lives on a server
 * (finding 2), errors that say what is wrong (finding 5), the presenter view's warnings folded into
 * "Why this step" (finding 1) and the step list (finding 9).
 */
@WebMvcTest(TrustedPoolController.class)
@Import(WizardMvcTest.class)
class TrustedPoolWhatUsersMeetTest {

    private static final String PRESENTER = "org.lyncowa.wizard.trainer.TrainerController.presenter";

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession afterCompatibility() {
        return TestPlans.session(TestPlans.answeredBefore(Step.TRUSTED_POOL, TestPlans.LITWARE));
    }

    private String page(MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(Step.Paths.TRUSTED_POOL).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The "How to find this" block of a field: a plain details element with its command and an example. */
    private static String find(String html, String field) {
        int start = html.indexOf("id=\"" + field + "-find\"");
        assertThat(start).as("How to find this for " + field).isPositive();
        return html.substring(start, html.indexOf("</details>", start));
    }

    @Test
    void everyAnswerThatLivesOnAServerSaysHowToFindItWithAReadOnlyCommandAndAnExample() throws Exception {
        String html = page(afterCompatibility());
        assertThat(find(html, "umServicesColocated")).contains("<summary>How to find this</summary>")
                .contains("Get-UMService | Select-Object Name, DialPlans")
                .contains("Get-UMDialPlan | Where-Object { $_.URIType -eq 'SipName' }")
                .contains("Exchange Management Shell");
        assertThat(find(html, "owaPoolFqdn")).contains("Get-OwaVirtualDirectory")
                .contains("<code class=\"example-value\">atl-owa-001.litwareinc.com</code>");
        assertThat(find(html, "registrarPoolFqdn")).contains("Get-CsPool")
                .contains("Lync Server Management Shell")
                .contains("<code class=\"example-value\">atl-cs-001.litwareinc.com</code>");
        // P-2.6, as docs/procedure.md writes it; the example is a SiteID, not a display name.
        assertThat(find(html, "siteId")).contains("Get-CsSite | Select-Object DisplayName, SiteID")
                .contains("<code class=\"example-value\">1</code>")
                .contains("not the DisplayName");
        assertThat(find(html, "poolComputers")).contains("Get-ExchangeServer");
        // Commands only read: no Set-, New-, Remove- or Enable- anywhere in them.
        for (String field : new String[] {"umServicesColocated", "owaPoolFqdn", "registrarPoolFqdn", "siteId",
                "poolComputers", "sipUriDialPlans"}) {
            assertThat(find(html, field)).doesNotContainPattern("(Set|New|Remove|Enable|Disable)-[A-Z]");
        }
        // Answers that are not on a server (our own choices) have none.
        assertThat(html).doesNotContain("id=\"port-find\"", "id=\"applicationId-find\"");
    }

    @Test
    void aPastedWebAddressIsRecognisedAndTheRegistrarErrorGivesARegistrarExample() throws Exception {
        String html = HtmlUtils.htmlUnescape(mvc.perform(FormPost.to(Step.Paths.TRUSTED_POOL,
                "umServicesColocated", "false",
                "owaPoolFqdn", "https://atl-owa-001.litwareinc.com/owa/",
                "registrarPoolFqdn", "atl-cs-001",
                "siteId", "1", "applicationId", "OutlookWebApp", "port", "5199",
                "poolComputers", "", "sipUriDialPlans", "").in(afterCompatibility()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html).contains("This is a web address: enter only the host name it holds, atl-owa-001.litwareinc.com,");
        assertThat(html).contains("Enter the fully qualified name of the registrar pool with its domain, like atl-cs-001.litwareinc.com.");
        assertThat(html).doesNotContain("registrar pool with its domain, like atl-owa-001");
    }

    @Test
    void thePresenterViewFoldsTheWarningsIntoWhyThisStepAndKeepsTheStepCaption() throws Exception {
        MockHttpSession session = afterCompatibility();
        session.setAttribute(PRESENTER, true);
        String html = page(session);
        int why = html.indexOf("<details class=\"why\">");
        int whyEnd = html.indexOf("</details>", why);
        assertThat(html.substring(why, whyEnd)).contains("Why this answer matters").contains("events 14492");
        assertThat(html).doesNotContain("notice notice-important");
        assertThat(html).contains("class=\"step-caption\">Step 2 of 5<");

        String plain = page(afterCompatibility());
        assertThat(plain).contains("notice notice-important");
    }

    @Test
    void theStepListSaysWhereIAmAndWhatIsDone() throws Exception {
        String html = page(afterCompatibility());
        assertThat(html).contains("<nav class=\"step-list\" aria-labelledby=\"step-list-title\">");
        String list = html.substring(html.indexOf("<nav class=\"step-list\""), html.indexOf("</nav>", html.indexOf("<nav class=\"step-list\"")));
        assertThat(list).containsPattern("step-list-done\">\\s*<a href=\"/steps/compatibility\">Compatibility</a>\\s*"
                + "<span class=\"step-list-status\">Completed</span>");
        assertThat(list).containsPattern("step-list-current\">\\s*<span aria-current=\"step\">Trusted application pool</span>");
        assertThat(list).containsPattern("step-list-todo\">\\s*<span>Instant messaging in OWA</span>\\s*"
                + "<span class=\"step-list-status\">Not started yet</span>");
    }
}
