package org.lyncowa.wizard.im;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.FormPost;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The IM preview: the virtual-directory line and the two web.config keys, with the thumbprint as saved (P-3.1, P-3.2, P-3.4). */
@WebMvcTest(InstantMessagingController.class)
@Import(WizardMvcTest.class)
class InstantMessagingPreviewTest {

    @Autowired
    private MockMvc mvc;

    private String preview(String mode, String thumbprint) throws Exception {
        return mvc.perform(FormPost.to(Step.Paths.INSTANT_MESSAGING + "/preview", "mode", mode,
                        "mailboxServers", "atl-mbx-001.litwareinc.com", "clientAccessServers", "",
                        "certificateThumbprint", thumbprint, "imServerName", "atl-cs-001.litwareinc.com")
                        .in(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void enablingShowsTheDirectoryLineAndTheNormalisedWebConfigKeys() throws Exception {
        String html = preview("ENABLE", "\u200eea 5a 33 24 96 cc 05 da 69 b7 5b 66 11 1c 0f 78 a1 10 d2 2d");
        assertThat(html)
                .contains("Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $true -InstantMessagingType OCS")
                .contains("&lt;add key=&quot;IMCertificateThumbprint&quot; value=&quot;EA5A332496CC05DA69B75B66111C0F78A110D22D&quot;/&gt;")
                .contains("&lt;add key=&quot;IMServerName&quot; value=&quot;atl-cs-001.litwareinc.com&quot;/&gt;")
                .contains("$Certificates = @{ &#39;atl-mbx-001.litwareinc.com&#39; = &#39;EA5A332496CC05DA69B75B66111C0F78A110D22D&#39; }");
    }

    @Test
    void disablingShowsTheSwitchOffLine() throws Exception {
        assertThat(preview("DISABLE", "")).contains(
                "Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $false");
    }

    @Test
    void aBrokenThumbprintGetsTheNote() throws Exception {
        assertThat(preview("ENABLE", "<img src=x onerror=alert(1)>"))
                .contains("once the answers on this page are complete and valid").doesNotContain("<img");
    }
}
