package org.lyncowa.wizard.im;

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

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(InstantMessagingController.class)
@Import(WizardMvcTest.class)
class InstantMessagingControllerTest {

    private static final String THUMBPRINT = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession before(String preset) {
        return TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, preset));
    }

    private static final FormPost ENABLE = FormPost.to(Step.Paths.INSTANT_MESSAGING,
            "mode", "ENABLE",
            "mailboxServers", "atl-mbx-001.litwareinc.com",
            "clientAccessServers", "",
            "certificateThumbprint", THUMBPRINT,
            "imServerName", "atl-cs-001.litwareinc.com");

    private static MockHttpServletRequestBuilder enable(MockHttpSession session, String... changes) {
        return ENABLE.with(changes).in(session);
    }

    @Test
    void theImServerNameIsPreFilledFromTheRegistrarPool() throws Exception {
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(before(TestPlans.LITWARE)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", new InstantMessagingForm("", "", "", "", "atl-cs-001.litwareinc.com")))
                .andExpect(content().string(containsString("name=\"mailboxServers\"")));
    }

    @Test
    void exchange2010AsksForClientAccessServersOnly() throws Exception {
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(before(TestPlans.EXCHANGE_2010)))
                .andExpect(content().string(not(containsString("name=\"mailboxServers\""))))
                .andExpect(content().string(containsString("name=\"clientAccessServers\"")));
    }

    @Test
    void theThumbprintIsSavedNormalisedAndShownNormalised() throws Exception {
        MockHttpSession session = before(TestPlans.LITWARE);
        mvc.perform(enable(session, "certificateThumbprint", "\u200eea 5a 33 24 96 cc 05 da 69 b7 5b 66 11 1c 0f 78 a1 10 d2 2d"))
                .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
        assertThat(TestPlans.stateOf(session).instantMessaging().certificateThumbprint()).isEqualTo(THUMBPRINT);
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                .andExpect(content().string(containsString("value=\"" + THUMBPRINT + "\"")));
    }

    @Test
    void disablingClearsTheOtherFieldsAndSkipsThePolicyStep() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        MockHttpSession session = TestPlans.session(state);
        mvc.perform(enable(session, "mode", "DISABLE"))
                .andExpect(redirectedUrl(Step.Paths.VERIFICATION));
        assertThat(state.instantMessaging()).isEqualTo(InstantMessaging.disable());
        assertThat(state.mailboxPolicy()).isNull();
    }

    @Test
    void exchange2010SavesClientAccessServersAndNoMailboxServers() throws Exception {
        MockHttpSession session = before(TestPlans.EXCHANGE_2010);
        mvc.perform(post(Step.Paths.INSTANT_MESSAGING).with(csrf()).session(session).param("mode", "ENABLE")
                        .param("mailboxServers", "ignored.tailspin.example")
                        .param("clientAccessServers", "cas01.tailspin.example")
                        .param("certificateThumbprint", THUMBPRINT).param("imServerName", "pool01.tailspin.example"))
                .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
        assertThat(TestPlans.stateOf(session).instantMessaging()).isEqualTo(new InstantMessaging(ImMode.ENABLE,
                List.of(), List.of("cas01.tailspin.example"), THUMBPRINT, "pool01.tailspin.example"));
    }

    @Test
    void jumpingHereBeforeThePoolStepRedirectsToIt() throws Exception {
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.TRUSTED_POOL, TestPlans.LITWARE))))
                .andExpect(redirectedUrl(Step.Paths.TRUSTED_POOL));
    }

    @Test
    void aRevisitAfterAnEarlierChangeShowsWhyTheSavedAnswerNoLongerFits() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        var pool = state.trustedPool();
        state.saveTrustedPool(new org.lyncowa.plan.TrustedPool(false, pool.owaPoolFqdn(), "other.litwareinc.com",
                pool.siteId(), pool.applicationId(), pool.port(), List.of(), List.of()));

        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(state)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "imServerName", "imServerName.registrarMismatch"))
                .andExpect(content().string(containsString("value=\"atl-cs-001.litwareinc.com\"")));
    }

    @Test
    void aRevisitOfACompleteStepShowsNoErrors() throws Exception {
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(model().hasNoErrors())
                .andExpect(model().attribute("warnings", org.hamcrest.Matchers.hasSize(1)));
    }

    @Nested
    class WhenAnswersAreRefused {

        @Test
        void theImServerNameMustBeTheRegistrarPool() throws Exception {
            mvc.perform(enable(before(TestPlans.LITWARE), "imServerName", "atl-owa-001.litwareinc.com"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "imServerName", "imServerName.registrarMismatch"))
                    .andExpect(model().errorCount(1));
        }

        @Test
        void aShortThumbprintIsRefusedAndKeptAsTyped() throws Exception {
            mvc.perform(enable(before(TestPlans.LITWARE), "certificateThumbprint", "ea5a33"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificateThumbprint", "thumbprint.invalid"))
                    .andExpect(content().string(containsString("value=\"ea5a33\"")));
        }

        @Test
        void exchange2013NeedsMailboxServers() throws Exception {
            mvc.perform(enable(before(TestPlans.LITWARE), "mailboxServers", "\n  \n"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "mailboxServers", "required"));
        }

        @Test
        void exchange2010NeedsClientAccessServers() throws Exception {
            mvc.perform(enable(before(TestPlans.EXCHANGE_2010), "imServerName", "pool01.tailspin.example"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "clientAccessServers", "required"))
                    .andExpect(model().errorCount(1));
        }

        @Test
        void duplicateServersAreRefused() throws Exception {
            mvc.perform(enable(before(TestPlans.LITWARE), "mailboxServers", "a.litwareinc.com\nA.litwareinc.com"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "mailboxServers", "list.duplicate"));
        }

        @Test
        void enablingWithoutTheRuntimeConfirmedIsShownAgainstTheModeWithALinkToChangeIt() throws Exception {
            MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.DISABLE));
            mvc.perform(enable(session, "mailboxServers", "ex01.northwind.example", "imServerName", "lyncpool.northwind.example"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "mode", "ucma.notConfirmed"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString(
                            "href=\"/steps/compatibility?change=true#ucmaRuntimeConfirmed\"")));
            assertThat(TestPlans.stateOf(session).isComplete(Step.INSTANT_MESSAGING)).isFalse();
        }

        @Test
        void disablingWithoutTheRuntimeIsFine() throws Exception {
            MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.DISABLE));
            mvc.perform(post(Step.Paths.INSTANT_MESSAGING).with(csrf()).session(session).param("mode", "DISABLE"))
                    .andExpect(redirectedUrl(Step.Paths.VERIFICATION));
        }
    }
}
