package org.lyncowa.wizard.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MailboxPolicyController.class)
@Import(WizardMvcTest.class)
class MailboxPolicyControllerTest {

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession beforePolicy() {
        return TestPlans.session(TestPlans.answeredBefore(Step.MAILBOX_POLICY, TestPlans.LITWARE));
    }

    @Test
    void namedPoliciesAreSavedOnePerLine() throws Exception {
        MockHttpSession session = beforePolicy();
        mvc.perform(post(Step.Paths.MAILBOX_POLICY).with(csrf()).session(session).param("scope", "NAMED")
                        .param("policies", " Default \r\nSales Staff\r\n"))
                .andExpect(redirectedUrl(Step.Paths.VERIFICATION));
        assertThat(TestPlans.stateOf(session).plan().mailboxPolicy())
                .isEqualTo(new MailboxPolicy(PolicyScope.NAMED, List.of("Default", "Sales Staff")));
    }

    @Test
    void namesTypedForAnotherChoiceAreDropped() throws Exception {
        MockHttpSession session = beforePolicy();
        mvc.perform(post(Step.Paths.MAILBOX_POLICY).with(csrf()).session(session).param("scope", "ALL").param("policies", "Sales"))
                .andExpect(redirectedUrl(Step.Paths.VERIFICATION));
        assertThat(TestPlans.stateOf(session).plan().mailboxPolicy()).isEqualTo(new MailboxPolicy(PolicyScope.ALL, List.of()));
    }

    @Test
    void theStepIsSkippedWhenImIsDisabled() throws Exception {
        mvc.perform(get(Step.Paths.MAILBOX_POLICY).session(TestPlans.session(TestPlans.complete(TestPlans.DISABLE))))
                .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
    }

    @Test
    void savedAnswersArePreFilled() throws Exception {
        mvc.perform(get(Step.Paths.MAILBOX_POLICY).session(TestPlans.session(TestPlans.complete(TestPlans.EXCHANGE_2010))))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", new MailboxPolicyForm(PolicyScope.NAMED, List.of("Default", "Sales Staff"))));
    }

    @Nested
    class WhenAnswersAreRefused {

        @Test
        void namedNeedsAtLeastOneName() throws Exception {
            mvc.perform(post(Step.Paths.MAILBOX_POLICY).with(csrf()).session(beforePolicy()).param("scope", "NAMED").param("policies", " "))
                    .andExpect(model().attributeHasFieldErrorCode("form", "policies", "required"))
                    .andExpect(model().attribute("form", new MailboxPolicyForm(PolicyScope.NAMED, List.of())));
        }

        @Test
        void theScopeIsRequired() throws Exception {
            mvc.perform(post(Step.Paths.MAILBOX_POLICY).with(csrf()).session(beforePolicy()))
                    .andExpect(model().attributeHasFieldErrorCode("form", "scope", "required"));
        }

        @Test
        void duplicateNamesAreRefused() throws Exception {
            mvc.perform(post(Step.Paths.MAILBOX_POLICY).with(csrf()).session(beforePolicy()).param("scope", "NAMED")
                            .param("policies", "Sales\nsales"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "policies", "list.duplicate"));
        }
    }
}
