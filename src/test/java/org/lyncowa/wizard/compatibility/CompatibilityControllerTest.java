package org.lyncowa.wizard.compatibility;

import org.lyncowa.plan.LyncServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CompatibilityController.class)
@Import(WizardMvcTest.class)
class CompatibilityControllerTest {

    @Autowired
    private MockMvc mvc;

    /** Issue 12: reading a step makes no session; the first answer saved does. */
    @Test
    void firstVisitShowsAnEmptyPageWithoutStartingASession() throws Exception {
        var result = mvc.perform(get(Step.Paths.COMPATIBILITY))
                .andExpect(status().isOk())
                .andExpect(view().name(CompatibilityController.VIEW))
                .andExpect(model().attribute("form", new CompatibilityForm("", null, null, null)))
                .andExpect(model().attribute("backUrl", Navigator.START))
                .andExpect(content().string(containsString("name=\"exchangeServer\" value=\"EXCHANGE_2010\"")))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void savedAnswersArePreFilled() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        mvc.perform(get(Step.Paths.COMPATIBILITY).session(session))
                .andExpect(model().attribute("form", new CompatibilityForm(
                        "Litware Inc. - Atlanta (example values from the procedure)", LyncServer.LYNC_2013,
                        ExchangeServer.EXCHANGE_2013, true)));
    }

    @Test
    void validAnswersAreSavedAndLeadToTheTrustedPoolStep() throws Exception {
        MockHttpSession session = TestPlans.session(new WizardState());
        mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(session)
                        .param("title", "  Site A ").param("lyncServer", "LYNC_2013")
                        .param("exchangeServer", "EXCHANGE_2010").param("ucmaRuntimeConfirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(Step.Paths.TRUSTED_POOL));
        WizardState state = TestPlans.stateOf(session);
        assertThat(state.plan().title()).isEqualTo("Site A");
        assertThat(state.plan().compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2010);
        assertThat(state.isComplete(Step.COMPATIBILITY)).isTrue();
    }

    @Test
    void inChangeModeASaveReturnsToCheckAnswers() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(session).param("change", "true")
                        .param("title", "New name").param("lyncServer", "LYNC_2013")
                        .param("exchangeServer", "EXCHANGE_2013").param("ucmaRuntimeConfirmed", "true"))
                .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
    }

    @Test
    void exchange2010ShowsTheLimitedNoticeOnRevisit() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.EXCHANGE_2010));
        mvc.perform(get(Step.Paths.COMPATIBILITY).session(session))
                // exchange.limited, and the end of support of Lync Server 2013 and Exchange 2010 (P-8.2)
                .andExpect(model().attribute("warnings", org.hamcrest.Matchers.hasSize(3)));
    }

    @Nested
    class WhenAnswersAreRefused {

        @Test
        void aTitleWithAControlCharacterIsRefusedBeforeAnUnsupportedPairLeadsOn() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                            .param("title", "a\u0007b").param("lyncServer", "LYNC_2013")
                            .param("exchangeServer", "EXCHANGE_2016").param("ucmaRuntimeConfirmed", "true"))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "title", "text.control"));
        }

        @Test
        void unansweredQuestionsAreRequiredAndTypedValuesAreKept() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                            .param("title", "Kept exactly  "))
                    .andExpect(model().attributeHasFieldErrorCode("form", "lyncServer", "required"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "exchangeServer", "required"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "ucmaRuntimeConfirmed", "required"))
                    .andExpect(model().attribute("form", new CompatibilityForm("Kept exactly  ", null, null, null)))
                    .andExpect(content().string(containsString("<title>Error: ")))
                    .andExpect(content().string(containsString("href=\"#lyncServer\"")))
                    .andExpect(content().string(containsString("id=\"lyncServer-error\"")));
        }

        @Test
        void anUnknownChoiceIsRefused() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                            .param("lyncServer", "LYNC_2010").param("exchangeServer", "EXCHANGE_2013")
                            .param("ucmaRuntimeConfirmed", "maybe"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "lyncServer", "value.unknown"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "ucmaRuntimeConfirmed", "type.boolean"));
        }

        @Test
        void aTitleWithAControlCharacterIsRefused() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                            .param("title", "a\u0007b").param("lyncServer", "LYNC_2013")
                            .param("exchangeServer", "EXCHANGE_2013").param("ucmaRuntimeConfirmed", "true"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "title", "text.control"));
        }

        @Test
        void nothingIsSaved() throws Exception {
            MockHttpSession session = TestPlans.session(new WizardState());
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(session).param("exchangeServer", "EXCHANGE_2016"));
            assertThat(TestPlans.stateOf(session).isComplete(Step.COMPATIBILITY)).isFalse();
            assertThat(TestPlans.stateOf(session).plan().compatibility()).isNull();
        }
    }

    @Nested
    class WithoutAnswers {

        /** Issue 12: a first answer posted without a session (no Start pressed) is saved in a new one. */
        @Test
        void aFirstAnswerWithoutASessionIsSavedInANewSession() throws Exception {
            var result = mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).param("title", "T")
                            .param("lyncServer", "LYNC_2013").param("exchangeServer", "EXCHANGE_2013")
                            .param("ucmaRuntimeConfirmed", "true"))
                    .andExpect(redirectedUrl(Step.Paths.TRUSTED_POOL)).andReturn();
            assertThat(result.getRequest().getSession(false)).isNotNull();
            assertThat(org.lyncowa.wizard.WizardSession.read(result.getRequest().getSession(false)).orElseThrow()
                    .plan().compatibility()).isNotNull();
        }

        @Test
        void aRefusedFirstAnswerReShowsThePageWithoutASession() throws Exception {
            var result = mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).param("lyncServer", "LYNC_2013"))
                    .andExpect(status().isOk()).andExpect(view().name(CompatibilityController.VIEW)).andReturn();
            assertThat(result.getRequest().getSession(false)).isNull();
        }

        @Test
        void aFormWhoseTokenDiedWithItsSessionGoesToRecovery() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).session(TestPlans.session(new WizardState()))
                            .param("lyncServer", "LYNC_2013"))
                    .andExpect(redirectedUrl(Navigator.RECOVERY));
        }

        @Test
        void anExpiredSessionGoesToRecovery() throws Exception {
            mvc.perform(get(Step.Paths.COMPATIBILITY).with(request -> {
                        request.setRequestedSessionId("expired-id");
                        request.setRequestedSessionIdValid(false);
                        return request;
                    }))
                    .andExpect(redirectedUrl(Navigator.RECOVERY));
        }
    }

    /** Issue 15, P-1.3: a pair that cannot be integrated leads to a page of its own, not a form error. */
    @Nested
    class AnUnsupportedPair {

        @ParameterizedTest
        @CsvSource({"LYNC_2013, EXCHANGE_2016", "LYNC_2013, EXCHANGE_2019", "LYNC_2013, EXCHANGE_SE",
                "SKYPE_2019, EXCHANGE_2010", "SKYPE_SE, EXCHANGE_2010", "SKYPE_2015, EXCHANGE_SE"})
        void leadsToItsOwnPageAndIsSavedForTheWayBack(String lync, String exchange) throws Exception {
            MockHttpSession session = TestPlans.session(new WizardState());
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(session).param("title", "Site B")
                            .param("lyncServer", lync).param("exchangeServer", exchange))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/steps/compatibility/unsupported?lyncServer=" + lync + "&exchangeServer="
                            + exchange));
            WizardState state = TestPlans.stateOf(session);
            assertThat(state.plan().title()).isEqualTo("Site B");
            assertThat(state.plan().compatibility().exchangeServer()).isEqualTo(ExchangeServer.valueOf(exchange));
            assertThat(state.isComplete(Step.COMPATIBILITY)).as("no step after this one opens").isFalse();

            // Back on the question: the saved answers, no error, and the way to the pair's page.
            String html = mvc.perform(get(Step.Paths.COMPATIBILITY).session(session))
                    .andExpect(status().isOk())
                    .andExpect(model().errorCount(0))
                    .andExpect(model().attribute("ownPage", "/steps/compatibility/unsupported?lyncServer=" + lync
                            + "&exchangeServer=" + exchange))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("error-summary").contains("See what would work")
                    .containsPattern("value=\"" + exchange + "\"[^>]*checked=\"checked\"");
        }

        @Test
        void theOldVersion1NameOfExchange2016LeadsThereToo() throws Exception {
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                            .param("lyncServer", "LYNC_2013").param("exchangeServer", "EXCHANGE_2016_OR_LATER")
                            .param("ucmaRuntimeConfirmed", "true"))
                    .andExpect(redirectedUrl("/steps/compatibility/unsupported?lyncServer=LYNC_2013&exchangeServer=EXCHANGE_2016"));
        }

        @Test
        void aPlanThatSwitchesImOffKeepsGoingWithEveryPair() throws Exception {
            MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.DISABLE));
            mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(session).param("change", "true")
                            .param("lyncServer", "LYNC_2013").param("exchangeServer", "EXCHANGE_2019")
                            .param("ucmaRuntimeConfirmed", "false"))
                    .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
        }
    }

    /** Issue 15, P-8.2: the end of support beside each version, a notice only. */
    @Test
    void eachVersionShowsItsEndOfSupport() throws Exception {
        String html = mvc.perform(get(Step.Paths.COMPATIBILITY)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"lyncServer-item-hint\"", "id=\"lyncServer-se-item-hint\"",
                "End of Microsoft support: 2023-04-11", "End of Microsoft support: 2025-10-14",
                "End of Microsoft support: 2020-10-13", "Modern Lifecycle Policy");
        assertThat(html.split("End of Microsoft support: 2025-10-14", -1)).hasSize(5); // 2015, 2019, Exchange 2016, 2019
        String korean = mvc.perform(get(Step.Paths.COMPATIBILITY).locale(java.util.Locale.KOREAN))
                .andReturn().getResponse().getContentAsString();
        assertThat(korean).contains("Microsoft 지원 종료: 2023-04-11", "최신 수명 주기 정책");
    }
}
