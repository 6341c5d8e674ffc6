package org.lyncowa.wizard.policy;

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

/** The mailbox-policy preview: one Set-OwaMailboxPolicy line per policy, names quoted as the script quotes them (P-4). */
@WebMvcTest(MailboxPolicyController.class)
@Import(WizardMvcTest.class)
class MailboxPolicyPreviewTest {

    private static final String PREVIEW = Step.Paths.MAILBOX_POLICY + "/preview";

    @Autowired
    private MockMvc mvc;

    private String preview(String scope, String policies) throws Exception {
        return mvc.perform(FormPost.to(PREVIEW, "scope", scope, "policies", policies)
                        .in(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDefaultPolicy() throws Exception {
        assertThat(preview("DEFAULT", "")).contains(
                "Set-OwaMailboxPolicy -Identity &#39;Default&#39; -InstantMessagingEnabled $true -InstantMessagingType &#39;OCS&#39;");
    }

    @Test
    void allPolicies() throws Exception {
        assertThat(preview("ALL", "")).contains(
                "Get-OwaMailboxPolicy | Set-OwaMailboxPolicy -InstantMessagingEnabled $true -InstantMessagingType &#39;OCS&#39;");
    }

    @Test
    void namedPoliciesWithQuotesAndMarkup() throws Exception {
        String html = preview("NAMED", "O'Brien & <Sales>\nEU \"Staff\"");
        assertThat(html).contains("Set-OwaMailboxPolicy -Identity &#39;O&#39;&#39;Brien &amp; &lt;Sales&gt;&#39;")
                .contains("Set-OwaMailboxPolicy -Identity &#39;EU &quot;Staff&quot;&#39;")
                .doesNotContain("<Sales>");
    }
}
