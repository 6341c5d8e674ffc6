package org.lyncowa.wizard.im;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.TrustedPool;
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
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 16 on the instant-messaging step: the Mailbox servers carried forward from the pool
 * computers of step 2 (finding 3), "How to find this" for the thumbprint and the servers (finding 2),
 * a thumbprint error that names the wrong character, and a preview that says when the answers as
 * typed are valid, so the page can drop the errors they fixed (finding 5).
 */
@WebMvcTest(InstantMessagingController.class)
@Import(WizardMvcTest.class)
class InstantMessagingWhatUsersMeetTest {

    private static final String THUMBPRINT = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    @Autowired
    private MockMvc mvc;

    private static WizardState withPoolComputers(String preset, List<String> computers) {
        WizardState state = TestPlans.answeredBefore(Step.INSTANT_MESSAGING, preset);
        TrustedPool pool = state.plan().trustedPool();
        TestPlans.save(state, new TrustedPool(false, pool.owaPoolFqdn(), pool.registrarPoolFqdn(), pool.siteId(),
                pool.applicationId(), pool.port(), computers, pool.sipUriDialPlans()));
        return state;
    }

    private String page(MockHttpSession session) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String textarea(String html, String name) {
        int start = html.indexOf(">", html.indexOf("<textarea", html.indexOf("name=\"" + name + "\"") - 400)) + 1;
        return html.substring(start, html.indexOf("</textarea>", start)).strip();
    }

    @Test
    void theMailboxServersStartFromThePoolComputersOfStepTwo() throws Exception {
        MockHttpSession session = TestPlans.session(withPoolComputers(TestPlans.LITWARE,
                List.of("atl-mbx-001.litwareinc.com", "atl-mbx-002.litwareinc.com")));
        String html = page(session);
        assertThat(textarea(html, "mailboxServers")).isEqualTo("atl-mbx-001.litwareinc.com\natl-mbx-002.litwareinc.com");
        // A list already answered is the person's own: never replaced.
        mvc.perform(FormPost.to(Step.Paths.INSTANT_MESSAGING, "mode", "ENABLE",
                "mailboxServers", "atl-mbx-009.litwareinc.com", "clientAccessServers", "",
                "certificateSource", "SHARED", "certificateThumbprint", THUMBPRINT,
                "imServerName", "atl-cs-001.litwareinc.com").in(session));
        assertThat(textarea(page(session), "mailboxServers")).isEqualTo("atl-mbx-009.litwareinc.com");
    }

    @Test
    void theThumbprintAndTheServersSayHowToFindThem() throws Exception {
        String html = page(TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE)));
        assertThat(html).contains("id=\"certificateThumbprint-find\"", "id=\"mailboxServers-find\"",
                "id=\"imServerName-find\"", "id=\"certificates-find\"");
        String thumbprint = html.substring(html.indexOf("id=\"certificateThumbprint-find\""));
        thumbprint = thumbprint.substring(0, thumbprint.indexOf("</details>"));
        assertThat(thumbprint).contains("Get-ExchangeCertificate | Format-List Thumbprint, Subject, CertificateDomains")
                .contains("<code class=\"example-value\">" + THUMBPRINT + "</code>");
    }

    @Test
    void aThumbprintWithACharacterThatIsNotHexSaysWhichOne() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE));
        String html = HtmlUtils.htmlUnescape(mvc.perform(FormPost.to(Step.Paths.INSTANT_MESSAGING, "mode", "ENABLE",
                "mailboxServers", "atl-mbx-001.litwareinc.com", "clientAccessServers", "",
                "certificateSource", "SHARED", "certificateThumbprint", "EA5A332496CC05DA69B75B66111C0F78A110D2ZD",
                "imServerName", "atl-cs-001.litwareinc.com").in(session))
                .andReturn().getResponse().getContentAsString());
        assertThat(html).contains("character 39 is Z, which is not a hexadecimal digit")
                .doesNotContain("this one has 40 characters");
    }

    @Test
    void thePreviewSaysWhetherTheAnswersAsTypedAreValid() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE));
        String valid = mvc.perform(post(Step.Paths.INSTANT_MESSAGING + "/preview").with(csrf()).session(session)
                .param("mode", "ENABLE").param("mailboxServers", "atl-mbx-001.litwareinc.com")
                .param("certificateSource", "SHARED").param("certificateThumbprint", THUMBPRINT)
                .param("imServerName", "atl-cs-001.litwareinc.com")).andReturn().getResponse().getContentAsString();
        assertThat(valid).contains("data-answers-valid=\"true\"");
        String invalid = mvc.perform(post(Step.Paths.INSTANT_MESSAGING + "/preview").with(csrf()).session(session)
                .param("mode", "ENABLE").param("mailboxServers", "atl-mbx-001.litwareinc.com")
                .param("certificateSource", "SHARED").param("certificateThumbprint", "12")
                .param("imServerName", "atl-cs-001.litwareinc.com")).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("data-answers-valid=\"false\"");
    }
}
