package org.lyncowa.wizard.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(VerificationController.class)
@Import(WizardMvcTest.class)
class VerificationControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void exchange2013ListsEvent112AndTheFailureEvents() throws Exception {
        mvc.perform(get(Step.Paths.VERIFICATION).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.LITWARE))))
                .andExpect(status().isOk())
                .andExpect(model().attribute("backUrl", Step.Paths.MAILBOX_POLICY))
                .andExpect(content().string(containsString("event ID 112")))
                .andExpect(content().string(containsString("<td>106</td>")));
    }

    @Test
    void exchange2010DoesNotPromiseEvent112() throws Exception {
        mvc.perform(get(Step.Paths.VERIFICATION).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.EXCHANGE_2010))))
                .andExpect(content().string(not(containsString("event ID 112"))))
                .andExpect(content().string(containsString("Exchange 2013 only")));
    }

    @Test
    void notIntegratingShowsNoPresencePromise() throws Exception {
        mvc.perform(get(Step.Paths.VERIFICATION).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.DISABLE))))
                .andExpect(content().string(containsString("switch OWA instant messaging off")))
                .andExpect(content().string(not(containsString("presence icon (for example green)"))));
    }

    @Test
    void continueMarksThePageSeenAndLeadsToCheckAnswers() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.COLOCATED));
        mvc.perform(post(Step.Paths.VERIFICATION).with(csrf()).session(session)).andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
        assertThat(TestPlans.stateOf(session).isComplete(Step.VERIFICATION)).isTrue();
    }

    @Test
    void cannotBeSeenBeforeTheEarlierSteps() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.MAILBOX_POLICY, TestPlans.LITWARE));
        mvc.perform(post(Step.Paths.VERIFICATION).with(csrf()).session(session)).andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
        assertThat(TestPlans.stateOf(session).isComplete(Step.VERIFICATION)).isFalse();
    }

    /** Issue 15, P-8.5, P-8.9: Exchange 2016 and later show the setting override's signs, not event 112. */
    @Test
    void exchange2019ShowsTheSettingOverrideSigns() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get(Step.Paths.VERIFICATION).session(TestPlans.session(
                                TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.TAILSPIN))))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("Sign in to Outlook on the web", "OWA.Protocol.Dep", "P-8.9",
                        "On Skype for Business Server 2019, a SIPStack trace")
                .doesNotContain("event ID 112", "On Lync");
    }
}
