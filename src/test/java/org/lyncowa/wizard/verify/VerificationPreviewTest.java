package org.lyncowa.wizard.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The verification page shows the read-only checks of the verification script with the plan's values (P-5.5). */
@WebMvcTest(VerificationController.class)
@Import(WizardMvcTest.class)
class VerificationPreviewTest {

    @Autowired
    private MockMvc mvc;

    private String page(String preset) throws Exception {
        return mvc.perform(get(Step.Paths.VERIFICATION).session(TestPlans.session(TestPlans.complete(preset))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void exchange2013WithAPool() throws Exception {
        assertThat(page(TestPlans.LITWARE))
                .contains("Get-ExchangeCertificate -Server &#39;atl-owa-001.litwareinc.com&#39; "
                        + "-Thumbprint &#39;EA5A332496CC05DA69B75B66111C0F78A110D22D&#39;")
                .contains("ProviderName = &#39;MSExchange OWA&#39;; Id = 112,")
                .contains("Get-CsTrustedApplicationPool -Identity &#39;atl-owa-001.litwareinc.com&#39;")
                // Nothing to type here, so nothing for the page's script to ask as one types.
                .doesNotContain("data-preview-url");
    }

    @Test
    void switchingImOffHasNoChecksOfItsOwn() throws Exception {
        assertThat(page(TestPlans.DISABLE)).contains("This step runs no commands of its own.")
                .doesNotContain("Get-ExchangeCertificate");
    }
}
