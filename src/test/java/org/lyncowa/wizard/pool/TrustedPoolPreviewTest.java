package org.lyncowa.wizard.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.wizard.FormPost;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The trusted-pool page's command preview: from the page itself and from its preview endpoint. */
@WebMvcTest(TrustedPoolController.class)
@Import(WizardMvcTest.class)
class TrustedPoolPreviewTest {

    private static final String PREVIEW = Step.Paths.TRUSTED_POOL + "/preview";
    private static final String FIX_NOTE = "The commands appear here once the answers on this page are complete and valid.";

    private static final FormPost VALID = FormPost.to(PREVIEW,
            "umServicesColocated", "false",
            "owaPoolFqdn", "atl-owa-001.litwareinc.com",
            "registrarPoolFqdn", "atl-cs-001.litwareinc.com",
            "siteId", "Redmond",
            "applicationId", "OutlookWebApp",
            "port", "5199",
            "poolComputers", "",
            "sipUriDialPlans", "");

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession litware() {
        return TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
    }

    private String preview(MockHttpSession session, String... changes) throws Exception {
        return mvc.perform(VALID.with(changes).in(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theTypedValuesComeBackAsTheScriptsQuoteThem() throws Exception {
        String html = preview(litware(), "siteId", "NA", "port", "5200");
        // The pool's parameters as the script splats them (PreviewInScriptTest).
        assertThat(html).contains("    Identity = &#39;atl-owa-001.litwareinc.com&#39;\n"
                + "    Registrar = &#39;atl-cs-001.litwareinc.com&#39;\n    Site = &#39;NA&#39;\n"
                + "    RequiresReplication = $false\n}\nNew-CsTrustedApplicationPool @poolParameters")
                .contains("New-CsTrustedApplication -ApplicationId &#39;OutlookWebApp&#39; "
                        + "-TrustedApplicationPoolFqdn &#39;atl-owa-001.litwareinc.com&#39; -Port 5200")
                .contains("Enable-CsTopology")
                .doesNotContain(FIX_NOTE);
    }

    /** The preview names the shell of the versions chosen (P-8.1): Skype for Business for a Skype plan. */
    @Test
    void theShellFollowsTheVersionsChosen() throws Exception {
        assertThat(preview(litware())).contains("Lync Server Management Shell, on a Lync Server 2013 front-end server");
        String skype = preview(TestPlans.session(TestPlans.complete(TestPlans.TAILSPIN)),
                "owaPoolFqdn", "owa.tailspintoys.com", "registrarPoolFqdn", "sfbpool01.tailspintoys.com", "siteId", "1");
        assertThat(skype).contains("Skype for Business Server Management Shell, on a Skype for Business Server Front End Server")
                .doesNotContain("Lync Server Management Shell");
    }

    @Test
    void aValueWithQuotesAndMarkupThatPassesTheRulesIsQuotedForPowerShellAndEscapedForHtml() throws Exception {
        // The rules allow any site id without whitespace or colons (P-2.6), so this one is shown.
        String html = preview(litware(), "siteId", "R'e\u2019d<b>&\"x");
        assertThat(html).contains("Site = &#39;R&#39;&#39;e\u2019\u2019d&lt;b&gt;&amp;&quot;x&#39;")
                .doesNotContain("<b>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "a\u0000b", "x\r\nEnable-CsTopology", "'; Remove-Item C:\\ -Recurse #",
            "\u202Eevil.example", "", "   "})
    void hostileOrBrokenPoolNamesGetTheNoteAndNeverA500(String owaPool) throws Exception {
        String html = preview(litware(), "owaPoolFqdn", owaPool);
        assertThat(html).contains(FIX_NOTE).doesNotContain("<script>").doesNotContain("New-CsTrustedApplicationPool");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "-1", "0", "65536", "abc", "5199.5"})
    void unusablePortsGetTheNote(String port) throws Exception {
        assertThat(preview(litware(), "port", port)).contains(FIX_NOTE);
    }

    @Test
    void anUnknownChoiceGetsTheNote() throws Exception {
        assertThat(preview(litware(), "umServicesColocated", "maybe")).contains(FIX_NOTE);
    }

    @Test
    void theColocatedAnswerSaysThatNoPoolIsCreated() throws Exception {
        assertThat(preview(litware(), "umServicesColocated", "true"))
                .contains("No trusted application pool is created").doesNotContain("New-CsTrustedApplicationPool");
    }

    @Test
    void extraComputersAndTheFirstComputerAppearAsInTheScript() throws Exception {
        String html = preview(litware(), "poolComputers", "mbx1.litwareinc.com\nmbx2.litwareinc.com");
        assertThat(html).contains("$poolParameters[&#39;ComputerFqdn&#39;] = &#39;mbx1.litwareinc.com&#39;")
                .contains("New-CsTrustedApplicationComputer -Identity &#39;mbx2.litwareinc.com&#39; "
                        + "-Pool &#39;atl-owa-001.litwareinc.com&#39;");
    }

    @Test
    void thePreviewSavesNothing() throws Exception {
        MockHttpSession session = litware();
        WizardState before = TestPlans.stateOf(session);
        String siteBefore = before.plan().trustedPool().siteId();
        preview(session, "siteId", "Elsewhere");
        assertThat(TestPlans.stateOf(session).plan().trustedPool().siteId()).isEqualTo(siteBefore);
        assertThat(TestPlans.stateOf(session).plan()).isEqualTo(TestPlans.complete(TestPlans.LITWARE).plan());
    }

    /** Without answers (and without a session, which a preview never makes) the preview asks to fix the earlier steps. */
    @Test
    void withoutASessionThePreviewShowsTheNoteAndMakesNoSession() throws Exception {
        var result = mvc.perform(post(PREVIEW).with(csrf()).param("siteId", "x")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.view().name(
                        org.lyncowa.wizard.preview.StepPreview.FRAGMENT)).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void withoutTheCsrfTokenNothingIsRendered() throws Exception {
        mvc.perform(post(PREVIEW).session(litware()).param("siteId", "x")).andExpect(redirectedUrl("/recovery"));
    }

    @Test
    void theStepPageShowsThePreviewOfTheSavedAnswers() throws Exception {
        String html = mvc.perform(get(Step.Paths.TRUSTED_POOL).session(litware())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-preview-url=\"/steps/trusted-pool/preview\"")
                .contains("Site = &#39;Redmond&#39;").contains("Why this step").contains("(P-2.2)");
    }

    @Test
    void aSubmitWithErrorsShowsTheNoteInsteadOfCommands() throws Exception {
        String html = mvc.perform(FormPost.to(Step.Paths.TRUSTED_POOL, "umServicesColocated", "false",
                        "owaPoolFqdn", "", "registrarPoolFqdn", "atl-cs-001.litwareinc.com", "siteId", "Somewhere",
                        "applicationId", "OutlookWebApp", "port", "5199", "poolComputers", "", "sipUriDialPlans", "")
                        .in(litware()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(FIX_NOTE).doesNotContain("-Site &#39;Somewhere&#39;");
    }
}
