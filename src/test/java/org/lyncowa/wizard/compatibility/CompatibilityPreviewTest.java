package org.lyncowa.wizard.compatibility;

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

/** The compatibility preview: the UCMA registry check (P-1.4), and nothing for Exchange 2016 or later (P-1.3). */
@WebMvcTest(CompatibilityController.class)
@Import(WizardMvcTest.class)
class CompatibilityPreviewTest {

    @Autowired
    private MockMvc mvc;

    private String preview(String exchange) throws Exception {
        return mvc.perform(FormPost.to(Step.Paths.COMPATIBILITY + "/preview", "title", "<T>", "lyncServer", "LYNC_2013",
                        "exchangeServer", exchange, "ucmaRuntimeConfirmed", "true")
                        .in(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void exchange2013ShowsTheRegistryCheck() throws Exception {
        assertThat(preview("EXCHANGE_2013"))
                .contains("Get-ItemProperty -Path &#39;HKLM:\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging&#39;")
                .contains("Test-Path -LiteralPath $dllPath -PathType Leaf")
                .contains("Microsoft.Rtc.Internal.Ucweb.dll");
    }

    @Test
    void exchange2016ShowsNoCommands() throws Exception {
        assertThat(preview("EXCHANGE_2016_OR_LATER")).doesNotContain("Get-ItemProperty");
    }
}
