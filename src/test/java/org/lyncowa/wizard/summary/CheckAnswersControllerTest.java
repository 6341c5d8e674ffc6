package org.lyncowa.wizard.summary;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CheckAnswersController.class)
@Import({WizardMvcTest.class, BundleConfig.class})
class CheckAnswersControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void showsEveryAnswerWithAChangeLinkToItsField() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Litware Inc. - Atlanta")))
                .andExpect(content().string(containsString("atl-owa-001.litwareinc.com")))
                .andExpect(content().string(containsString("EA5A332496CC05DA69B75B66111C0F78A110D22D")))
                .andExpect(content().string(containsString("href=\"/steps/trusted-pool?change=true#siteId\"")))
                .andExpect(content().string(containsString("href=\"/steps/instant-messaging?change=true#imServerName\"")))
                .andExpect(content().string(containsString("href=\"/steps/mailbox-policy?change=true#scope\"")))
                .andExpect(content().string(containsString("href=\"/plan/export\"")))
                .andExpect(content().string(containsString("href=\"/download/bundle.zip\"")))
                .andExpect(content().string(containsString("href=\"/download/scripts/01-trusted-pool.ps1\"")))
                .andExpect(model().attribute("scriptsAvailable", true));
    }

    /** Issue 15, P-8.1: the script table names the versions chosen, with the Exchange 2016+ steps' own words. */
    @Test
    void theScriptTableNamesSkypeForBusinessAndTheSettingOverride() throws Exception {
        String html = mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.TAILSPIN))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("<td>A Skype for Business Server Front End Server</td>",
                        "<td>Skype for Business Server Management Shell</td>")
                .doesNotContain("Lync Server 2013 front-end server", "Lync Server Management Shell", "{frontEnd}");
        String korean = mvc.perform(get("/check-answers").locale(java.util.Locale.KOREAN)
                        .session(TestPlans.session(TestPlans.complete(TestPlans.TAILSPIN))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(korean).contains("<td>비즈니스용 Skype 서버 관리 셸</td>")
                .doesNotContain("Lync Server 관리 셸");
    }

    @Test
    void theScriptTableSaysWhereAndInWhichShellInThePagesLanguage() throws Exception {
        // Found by the browser tests' Korean screenshots: the table showed the manifest's English text.
        mvc.perform(get("/check-answers").locale(java.util.Locale.KOREAN)
                        .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(content().string(containsString("<td>Lync Server 2013 프런트 엔드 서버 한 대</td>")))
                .andExpect(content().string(containsString("<td>Windows PowerShell, 관리자 권한으로 실행</td>")))
                .andExpect(content().string(not(containsString("front-end server"))))
                .andExpect(content().string(not(containsString("Management Shell,"))));
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(content().string(containsString("<td>A Lync Server 2013 front-end server</td>")))
                .andExpect(content().string(not(containsString("as the commands below say"))));
    }

    @Test
    void aCertificatePerServerShowsEachServersThumbprintWithAChangeLink() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.PER_SERVER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A certificate per server")))
                // One row (the runbook's), each server with its thumbprint on a line of its own.
                .andExpect(content().string(containsString(
                        "<code>atl-mbx-001.litwareinc.com</code>: <code>EA5A332496CC05DA69B75B66111C0F78A110D22D</code>")))
                .andExpect(content().string(containsString(
                        "<code>atl-mbx-002.litwareinc.com</code>: <code>9F8E7D6C5B4A39281706F5E4D3C2B1A098765432</code>")))
                .andExpect(content().string(containsString("href=\"/steps/instant-messaging?change=true#certificateSource\"")))
                .andExpect(content().string(containsString("href=\"/steps/instant-messaging?change=true#certificates\"")))
                .andExpect(content().string(not(containsString("#certificateThumbprint"))));
    }

    @Test
    void oneCertificateAndIisAreShownAsChosen() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(content().string(containsString("One certificate for every server")))
                .andExpect(content().string(containsString("href=\"/steps/instant-messaging?change=true#certificateThumbprint\"")))
                .andExpect(content().string(not(containsString("#certificates\""))));
        WizardState iis = TestPlans.complete(TestPlans.LITWARE);
        InstantMessaging im = iis.plan().instantMessaging();
        TestPlans.save(iis, new InstantMessaging(im.mode(), im.mailboxServers(), im.clientAccessServers(),
                CertificateSource.IIS, null, null, im.imServerName()));
        mvc.perform(get("/check-answers").session(TestPlans.session(iis)))
                .andExpect(content().string(containsString("The IIS certificate of each server, found and checked by the script")))
                .andExpect(content().string(not(containsString("#certificateThumbprint"))));
    }

    @Test
    void coLocatedUmSaysNoPoolAndShowsNoPoolFields() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.COLOCATED))))
                .andExpect(content().string(containsString("co-located, no trusted pool")))
                .andExpect(content().string(not(containsString("#siteId"))));
    }

    @Test
    void exchange2010ShowsTheLimitedWarningAndNamedPolicies() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.EXCHANGE_2010))))
                // exchange.limited, the wildcard hint, and the end of support of both versions (P-8.2)
                .andExpect(model().attribute("warnings", hasSize(4)))
                .andExpect(content().string(containsString("Sales Staff")))
                .andExpect(content().string(not(containsString("#mailboxServers"))));
    }

    @Test
    void disabledImShowsNoPolicySection() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(TestPlans.complete(TestPlans.DISABLE))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("#scope"))))
                .andExpect(content().string(not(containsString("#certificateThumbprint"))))
                .andExpect(content().string(containsString("href=\"/download/scripts/01-disable-im.ps1\"")));
    }

    @Test
    void disablingImInTheWizardLeavesNoPolicyAndThePageStillWorks() throws Exception {
        var state = TestPlans.complete(TestPlans.LITWARE);
        TestPlans.save(state, org.lyncowa.plan.InstantMessaging.disable());
        mvc.perform(get("/check-answers").session(TestPlans.session(state)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/download/bundle.zip\"")));
    }

    @Test
    void unfinishedAnswersRedirectToTheFirstUnansweredStep() throws Exception {
        mvc.perform(get("/check-answers").session(TestPlans.session(
                        TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE))))
                .andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
    }
}
