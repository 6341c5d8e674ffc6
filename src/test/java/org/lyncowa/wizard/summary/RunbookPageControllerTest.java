package org.lyncowa.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RunbookPageController.class)
@Import({WizardMvcTest.class, BundleConfig.class, ReadyAnswers.class})
class RunbookPageControllerTest {

    @Autowired
    private MockMvc mvc;

    private String page(WizardState state, String lang) throws Exception {
        return mvc.perform(get("/runbook").param("lang", lang).session(TestPlans.session(state)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void completeAnswersGiveTheRunbookWithSignOffSpacePerStepAndTheChecklist() throws Exception {
        String html = page(TestPlans.complete(TestPlans.LITWARE), "en");
        assertThat(html).contains("Litware Inc. - Atlanta (example values from the procedure)")
                .contains("01-trusted-pool.ps1").contains("07-rollback.ps1")
                .contains(".\\01-trusted-pool.ps1 -WhatIf")
                .contains("Verification checklist").contains("Customer / plan");
        // One sign-off box per step: seven scripts for this plan and the read-only discovery script (issue 18).
        assertThat(html.split("class=\"signoff\"", -1)).hasSize(8 + 1 + 1);
        assertThat(html.split("id=\"done-", -1)).hasSize(8 + 1);
    }

    @Test
    void inKorean() throws Exception {
        assertThat(page(TestPlans.complete(TestPlans.LITWARE), "ko")).contains("확인 점검표").contains("이니셜");
    }

    @Test
    void aHostileTitleIsEscaped() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        Plan p = state.plan();
        state.replaceWith(new Plan("<script>alert('x')</script> & Co", p.compatibility(), p.trustedPool(),
                p.instantMessaging(), p.mailboxPolicy()));
        assertThat(page(state, "en")).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>alert");
    }

    @Test
    void incompleteAnswersGoToCheckAnswersFirst() throws Exception {
        mvc.perform(get("/runbook").session(TestPlans.session(TestPlans.answeredBefore(Step.MAILBOX_POLICY,
                TestPlans.LITWARE)))).andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
    }

    @Test
    void withoutAnswersToTheStartPage() throws Exception {
        mvc.perform(get("/runbook")).andExpect(redirectedUrl(Navigator.START));
    }

    @Test
    void exchange2016GetsNoRunbook() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        Plan p = state.plan();
        state.replaceWith(new Plan(p.title(), new Compatibility(LyncServer.LYNC_2013,
                ExchangeServer.EXCHANGE_2016, true), p.trustedPool(), p.instantMessaging(), p.mailboxPolicy()));
        mvc.perform(get("/runbook").session(TestPlans.session(state))).andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
    }
}
