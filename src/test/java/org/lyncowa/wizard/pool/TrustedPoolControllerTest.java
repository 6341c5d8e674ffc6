package org.lyncowa.wizard.pool;

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

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.wizard.FormPost;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest(TrustedPoolController.class)
@Import(WizardMvcTest.class)
class TrustedPoolControllerTest {

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession afterCompatibility() {
        return TestPlans.session(TestPlans.answeredBefore(Step.TRUSTED_POOL, TestPlans.LITWARE));
    }

    private static final FormPost VALID = FormPost.to(Step.Paths.TRUSTED_POOL,
            "umServicesColocated", "false",
            "owaPoolFqdn", "ATL-OWA-001.litwareinc.com",
            "registrarPoolFqdn", "Registrar:atl-cs-001.litwareinc.com",
            "siteId", "Redmond",
            "applicationId", "urn:application:OutlookWebApp",
            "port", "5199",
            "poolComputers", "mbx1.litwareinc.com\r\n\r\nmbx2.litwareinc.com\r\n",
            "sipUriDialPlans", "");

    private static MockHttpServletRequestBuilder validPool(MockHttpSession session, String... changes) {
        return VALID.with(changes).in(session);
    }

    @Test
    void firstVisitOffersTheDefaults() throws Exception {
        mvc.perform(get(Step.Paths.TRUSTED_POOL).session(afterCompatibility()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("form", new TrustedPoolForm(null, "", "", "", "OutlookWebApp", 5199, List.of(), List.of())))
                .andExpect(model().attribute("backUrl", Step.Paths.COMPATIBILITY))
                .andExpect(content().string(containsString("data-reveal-for=\"umServicesColocated\"")));
    }

    @Test
    void jumpingHereBeforeAnsweringCompatibilityRedirectsToIt() throws Exception {
        mvc.perform(get(Step.Paths.TRUSTED_POOL).session(TestPlans.session(new WizardState())))
                .andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
    }

    @Test
    void aPoolIsSavedNormalisedAndLeadsToInstantMessaging() throws Exception {
        MockHttpSession session = afterCompatibility();
        mvc.perform(validPool(session)).andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
        TrustedPool saved = TestPlans.stateOf(session).plan().trustedPool();
        assertThat(saved).isEqualTo(new TrustedPool(false, "atl-owa-001.litwareinc.com", "atl-cs-001.litwareinc.com",
                "Redmond", "OutlookWebApp", 5199, List.of("mbx1.litwareinc.com", "mbx2.litwareinc.com"), List.of()));
    }

    @Test
    void coLocatedClearsThePoolFieldsTypedBefore() throws Exception {
        MockHttpSession session = afterCompatibility();
        mvc.perform(post(Step.Paths.TRUSTED_POOL).with(csrf()).session(session)
                        .param("umServicesColocated", "true").param("owaPoolFqdn", "not even valid")
                        .param("port", "abc"))
                .andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
        assertThat(TestPlans.stateOf(session).plan().trustedPool()).isEqualTo(TrustedPool.colocated());
    }

    @Test
    void aPortLyncAlreadyUsesIsAWarningNotAnError() throws Exception {
        MockHttpSession session = afterCompatibility();
        mvc.perform(validPool(session, "port", "5061")).andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
        mvc.perform(get(Step.Paths.TRUSTED_POOL).session(session))
                .andExpect(model().attribute("warnings", org.hamcrest.Matchers.hasSize(1)));
    }

    @Test
    void revisitingShowsTheNormalisedAnswer() throws Exception {
        MockHttpSession session = afterCompatibility();
        mvc.perform(validPool(session));
        mvc.perform(get(Step.Paths.TRUSTED_POOL).session(session))
                .andExpect(model().attribute("form", new TrustedPoolForm(false, "atl-owa-001.litwareinc.com",
                        "atl-cs-001.litwareinc.com", "Redmond", "OutlookWebApp", 5199,
                        List.of("mbx1.litwareinc.com", "mbx2.litwareinc.com"), List.of())));
    }

    @Nested
    class WhenAnswersAreRefused {

        @Test
        void anInvalidHostNameIsRefusedAndKeptAsTyped() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "owaPoolFqdn", "atl_owa.litwareinc.com"))
                    .andExpect(status().isOk())
                    .andExpect(view().name(TrustedPoolController.VIEW))
                    .andExpect(model().attributeHasFieldErrorCode("form", "owaPoolFqdn", "hostname.invalid"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString("value=\"atl_owa.litwareinc.com\"")))
                    .andExpect(content().string(containsString("aria-describedby=\"owaPoolFqdn-hint owaPoolFqdn-error\"")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }

        @Test
        void aPortThatIsNotANumberIsReportedOnce() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "port", "51 99x"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "port", "type.integer"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString("value=\"51 99x\"")));
        }

        @Test
        void aPortOutOfRangeIsRefused() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "port", "70000"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "port", "port.range"));
        }

        @Test
        void aSiteIdentityInsteadOfASiteIdIsRefused() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "siteId", "site:Redmond"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "siteId", "siteId.sitePrefix"));
        }

        @Test
        void theRegistrarMustDifferFromTheOwaPool() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "registrarPoolFqdn", "atl-owa-001.litwareinc.com"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "registrarPoolFqdn", "registrar.sameAsOwaPool"));
        }

        @Test
        void aBadListEntryIsReportedAgainstTheList() throws Exception {
            mvc.perform(validPool(afterCompatibility(), "poolComputers", "ok.litwareinc.com\nbad host"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "poolComputers", "hostname.invalid"));
        }

        @Test
        void requiredFieldsWhenAPoolIsCreated() throws Exception {
            mvc.perform(post(Step.Paths.TRUSTED_POOL).with(csrf()).session(afterCompatibility()).param("umServicesColocated", "false"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "owaPoolFqdn", "required"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "registrarPoolFqdn", "required"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "siteId", "required"))
                    .andExpect(model().errorCount(3));
        }

        @Test
        void theQuestionItselfIsRequired() throws Exception {
            mvc.perform(post(Step.Paths.TRUSTED_POOL).with(csrf()).session(afterCompatibility()))
                    .andExpect(model().attributeHasFieldErrorCode("form", "umServicesColocated", "required"))
                    .andExpect(model().errorCount(1));
        }
    }

    @Nested
    class ChangingTheAnswer {

        @Test
        void aNewRegistrarSendsChangeModeOnToTheImStep() throws Exception {
            MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
            mvc.perform(validPool(session, "change", "true", "registrarPoolFqdn", "other.litwareinc.com"))
                    .andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING + "?change=true"));
            assertThat(TestPlans.stateOf(session).isComplete(Step.INSTANT_MESSAGING)).isFalse();
        }

        @Test
        void anUnaffectingChangeReturnsToCheckAnswers() throws Exception {
            MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
            mvc.perform(validPool(session, "change", "true", "siteId", "2"))
                    .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
        }
    }

    /** Issue 15, P-8.4: the UM questions only with Exchange 2013 and 2016. */
    @Nested
    class UnifiedMessagingQuestionsByVersion {

        private MockHttpSession afterCompatibility(String preset) {
            return TestPlans.session(TestPlans.answeredBefore(Step.TRUSTED_POOL, preset));
        }

        @Test
        void exchange2019AsksNeitherUmQuestionAndItsHeadlineDoesNotTalkAboutTheUmCallRouter() throws Exception {
            String html = mvc.perform(get(Step.Paths.TRUSTED_POOL).session(afterCompatibility(TestPlans.TAILSPIN)))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("name=\"umServicesColocated\"", "name=\"sipUriDialPlans\"",
                    "data-reveal-for=\"umServicesColocated\"", "Call Router")
                    .contains("<h1>Trusted application pool for OWA</h1>", "name=\"owaPoolFqdn\"",
                            "no Unified Messaging", "Skype for Business registrar pool FQDN",
                            "The Skype for Business Server 2019 pool that will host",
                            "in the Skype for Business Server Management Shell")
                    .doesNotContain("Lync Server Management Shell", "Lync registrar");
        }

        @Test
        void exchange2010AsksNeitherUmQuestion() throws Exception {
            String html = mvc.perform(get(Step.Paths.TRUSTED_POOL).session(afterCompatibility(TestPlans.EXCHANGE_2010)))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContain("name=\"umServicesColocated\"", "name=\"sipUriDialPlans\"", "Call Router")
                    .contains("name=\"owaPoolFqdn\"", "P-7.3", "Lync registrar pool FQDN", "in the Lync Server Management Shell");
        }

        @Test
        void exchange2019SavesThePoolWithoutAUmAnswerAndIgnoresUmFieldsPostedAnyway() throws Exception {
            MockHttpSession session = afterCompatibility(TestPlans.TAILSPIN);
            mvc.perform(FormPost.to(Step.Paths.TRUSTED_POOL, "owaPoolFqdn", "owa.tailspintoys.com",
                            "registrarPoolFqdn", "sfbpool01.tailspintoys.com", "siteId", "1",
                            "applicationId", "OutlookWebApp", "port", "5199",
                            "poolComputers", "ex19-01.tailspintoys.com\nex19-02.tailspintoys.com").in(session))
                    .andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
            TrustedPool saved = TestPlans.stateOf(session).plan().trustedPool();
            assertThat(saved.createsPool()).isTrue();
            assertThat(saved.owaPoolFqdn()).isEqualTo("owa.tailspintoys.com");

            // A stale page (or a hand-made post) that still sends the UM answers: they do not apply.
            MockHttpSession again = afterCompatibility(TestPlans.TAILSPIN);
            mvc.perform(FormPost.to(Step.Paths.TRUSTED_POOL, "umServicesColocated", "maybe",
                            "owaPoolFqdn", "owa.tailspintoys.com", "registrarPoolFqdn", "sfbpool01.tailspintoys.com",
                            "siteId", "1", "sipUriDialPlans", "SipPlan").in(again))
                    .andExpect(redirectedUrl(Step.Paths.INSTANT_MESSAGING));
            assertThat(TestPlans.stateOf(again).plan().trustedPool().sipUriDialPlans()).isEmpty();
        }

        @Test
        void exchange2013StillAsksTheUmQuestion() throws Exception {
            mvc.perform(post(Step.Paths.TRUSTED_POOL).with(csrf()).session(TrustedPoolControllerTest.afterCompatibility())
                            .param("owaPoolFqdn", "atl-owa-001.litwareinc.com"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "umServicesColocated", "required"));
        }
    }
}
