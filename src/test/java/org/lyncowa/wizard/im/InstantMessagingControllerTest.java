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
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
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
                .andExpect(model().attribute("form", new InstantMessagingForm(null, List.of(), List.of(), "", "atl-cs-001.litwareinc.com")))
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
        assertThat(TestPlans.stateOf(session).plan().instantMessaging().certificateThumbprint()).isEqualTo(THUMBPRINT);
        mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                .andExpect(content().string(containsString("value=\"" + THUMBPRINT + "\"")));
    }

    @Test
    void disablingClearsTheOtherFieldsAndSkipsThePolicyStep() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        MockHttpSession session = TestPlans.session(state);
        mvc.perform(enable(session, "mode", "DISABLE"))
                .andExpect(redirectedUrl(Step.Paths.VERIFICATION));
        Plan saved = TestPlans.stateOf(session).plan();
        assertThat(saved.instantMessaging()).isEqualTo(InstantMessaging.disable());
        assertThat(saved.mailboxPolicy()).isNull();
    }

    @Test
    void exchange2010SavesClientAccessServersAndNoMailboxServers() throws Exception {
        MockHttpSession session = before(TestPlans.EXCHANGE_2010);
        mvc.perform(post(Step.Paths.INSTANT_MESSAGING).with(csrf()).session(session).param("mode", "ENABLE")
                        .param("mailboxServers", "ignored.tailspin.example")
                        .param("clientAccessServers", "cas01.tailspin.example")
                        .param("certificateThumbprint", THUMBPRINT).param("imServerName", "pool01.tailspin.example"))
                .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
        assertThat(TestPlans.stateOf(session).plan().instantMessaging()).isEqualTo(new InstantMessaging(ImMode.ENABLE,
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
        var pool = state.plan().trustedPool();
        TestPlans.save(state, new org.lyncowa.plan.TrustedPool(false, pool.owaPoolFqdn(), "other.litwareinc.com",
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

    /** Plan format version 2: where each server's certificate comes from (P-9.2). */
    @Nested
    class Certificates {

        private static final String T2 = "9F8E7D6C5B4A39281706F5E4D3C2B1A098765432";
        private static final String TWO = "atl-mbx-001.litwareinc.com\natl-mbx-002.litwareinc.com";

        /** The radio of this certificate choice is the checked one. */
        private static org.hamcrest.Matcher<String> checked(String value) {
            return org.hamcrest.Matchers.matchesPattern(
                    "(?s).*name=\"certificateSource\" value=\"" + value + "\"[^>]*checked=\"checked\".*");
        }

        private MockHttpServletRequestBuilder perServer(MockHttpSession session, String lines, String... changes) {
            return ENABLE.with("mailboxServers", TWO, "certificateSource", "PER_SERVER", "certificates", lines)
                    .with(changes).in(session);
        }

        @Test
        void theFirstVisitOffersTheThreeChoicesWithOneCertificateChosen() throws Exception {
            mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(before(TestPlans.LITWARE)))
                    .andExpect(content().string(checked("SHARED")))
                    .andExpect(content().string(containsString("value=\"PER_SERVER\"")))
                    .andExpect(content().string(containsString("value=\"IIS\"")))
                    .andExpect(content().string(containsString("name=\"certificates\"")))
                    .andExpect(content().string(not(containsString("name=\"settingOverrideName\""))));
        }

        @Test
        void aCertificatePerServerIsSavedNormalisedWithoutASharedThumbprint() throws Exception {
            MockHttpSession session = before(TestPlans.LITWARE);
            // The thumbprint field is still posted without JavaScript; it does not apply to this choice.
            mvc.perform(perServer(session, "atl-mbx-001.litwareinc.com " + THUMBPRINT.toLowerCase()
                            + "\r\n\r\n ATL-MBX-002.litwareinc.com\t\u200e9f 8e 7d 6c 5b 4a 39 28 17 06 f5 e4 d3 c2 b1 a0 98 76 54 32 \n"))
                    .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
            InstantMessaging im = TestPlans.stateOf(session).plan().instantMessaging();
            assertThat(im.certificateSource()).isEqualTo(CertificateSource.THUMBPRINT);
            assertThat(im.certificateThumbprint()).isNull();
            assertThat(im.certificates()).containsExactly(Map.entry("atl-mbx-001.litwareinc.com", THUMBPRINT),
                    Map.entry("atl-mbx-002.litwareinc.com", T2));
            mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                    .andExpect(content().string(checked("PER_SERVER")))
                    .andExpect(content().string(containsString("atl-mbx-001.litwareinc.com " + THUMBPRINT
                            + "\natl-mbx-002.litwareinc.com " + T2 + "</textarea>")));
        }

        @Test
        void aSavedPlanWithASharedAndOneOwnThumbprintShowsEachServersThumbprint() throws Exception {
            WizardState state = TestPlans.complete(TestPlans.LITWARE);
            TestPlans.save(state, new InstantMessaging(ImMode.ENABLE, List.of("atl-mbx-001.litwareinc.com",
                    "atl-mbx-002.litwareinc.com"), List.of(), CertificateSource.THUMBPRINT, THUMBPRINT,
                    Map.of("atl-mbx-002.litwareinc.com", T2), "atl-cs-001.litwareinc.com"));
            mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(state)))
                    .andExpect(model().attribute("form", new InstantMessagingForm(ImMode.ENABLE, TWO.lines().toList(), List.of(),
                            InstantMessagingForm.Certificates.PER_SERVER, "",
                            "atl-mbx-001.litwareinc.com " + THUMBPRINT + "\natl-mbx-002.litwareinc.com " + T2,
                            "atl-cs-001.litwareinc.com", "")));
        }

        @Test
        void iisIsSavedWithoutTheThumbprintTypedBeforeChoosingIt() throws Exception {
            MockHttpSession session = before(TestPlans.LITWARE);
            mvc.perform(enable(session, "certificateSource", "IIS", "certificates", "junk"))
                    .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
            InstantMessaging im = TestPlans.stateOf(session).plan().instantMessaging();
            assertThat(im.certificateSource()).isEqualTo(CertificateSource.IIS);
            assertThat(im.certificateThumbprint()).isNull();
            assertThat(im.certificates()).isEmpty();
            mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                    .andExpect(content().string(checked("IIS")));
        }

        @Test
        void oneCertificateIgnoresTheLinesTypedBeforeChoosingIt() throws Exception {
            MockHttpSession session = before(TestPlans.LITWARE);
            mvc.perform(enable(session, "certificateSource", "SHARED", "certificates", "not a line"))
                    .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
            assertThat(TestPlans.stateOf(session).plan().instantMessaging().certificates()).isEmpty();
            assertThat(TestPlans.stateOf(session).plan().instantMessaging().certificateThumbprint()).isEqualTo(THUMBPRINT);
        }

        @Test
        void exchange2010TakesAThumbprintPerClientAccessServer() throws Exception {
            MockHttpSession session = before(TestPlans.EXCHANGE_2010);
            mvc.perform(post(Step.Paths.INSTANT_MESSAGING).with(csrf()).session(session).param("mode", "ENABLE")
                            .param("clientAccessServers", "cas01.tailspin.example\ncas02.tailspin.example")
                            .param("certificateSource", "PER_SERVER")
                            .param("certificates", "cas01.tailspin.example=" + THUMBPRINT + "\ncas02.tailspin.example: " + T2)
                            .param("imServerName", "pool01.tailspin.example"))
                    .andExpect(redirectedUrl(Step.Paths.MAILBOX_POLICY));
            assertThat(TestPlans.stateOf(session).plan().instantMessaging().thumbprintFor("cas02.tailspin.example"))
                    .isEqualTo(T2);
        }

        @Test
        void aServerWithoutAThumbprintIsShownAgainstTheLinesWithTheSummaryLinkingThere() throws Exception {
            mvc.perform(perServer(before(TestPlans.LITWARE), "atl-mbx-001.litwareinc.com " + THUMBPRINT))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificates", "certificates.incomplete"))
                    .andExpect(model().errorCount(1))
                    .andExpect(content().string(containsString("href=\"#certificates\"")))
                    .andExpect(content().string(containsString("id=\"certificates-error\"")))
                    .andExpect(content().string(containsString("No certificate thumbprint for atl-mbx-002.litwareinc.com")))
                    .andExpect(content().string(containsString("atl-mbx-001.litwareinc.com " + THUMBPRINT + "</textarea>")));
        }

        @Test
        void noLinesAtAllIsRequired() throws Exception {
            mvc.perform(perServer(before(TestPlans.LITWARE), " \n "))
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificates", "required"))
                    .andExpect(model().errorCount(1));
        }

        @Test
        void eachBadLineIsNamed() throws Exception {
            mvc.perform(perServer(before(TestPlans.LITWARE), "atl-mbx-001.litwareinc.com\n"
                            + "atl-mbx-002.litwareinc.com 12345\n"
                            + "other.litwareinc.com " + T2 + "\n"
                            + "atl-mbx-001.litwareinc.com " + T2))
                    // Every line is checked at once; the first error of the field is the first line's.
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificates", "certificates.lineInvalid"))
                    // The last line gives atl-mbx-001 its thumbprint: the unreadable first line is not counted twice.
                    .andExpect(model().errorCount(3))
                    .andExpect(content().string(containsString("Line 1 needs a server name")))
                    .andExpect(content().string(containsString("The thumbprint for atl-mbx-002.litwareinc.com must be 40")))
                    .andExpect(content().string(containsString("other.litwareinc.com is not one of the servers")));
        }

        @Test
        void aTwiceListedServerIsRefused() throws Exception {
            mvc.perform(perServer(before(TestPlans.LITWARE), "atl-mbx-001.litwareinc.com " + THUMBPRINT
                            + "\natl-mbx-002.litwareinc.com " + T2 + "\natl-mbx-001.litwareinc.com " + T2))
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificates", "list.duplicate"))
                    .andExpect(content().string(containsString("atl-mbx-001.litwareinc.com has more than one thumbprint")))
                    .andExpect(model().errorCount(1));
        }

        @Test
        void anUnknownChoiceIsRefusedAgainstTheChoice() throws Exception {
            mvc.perform(enable(before(TestPlans.LITWARE), "certificateSource", "PFX"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "certificateSource", "value.unknown"))
                    .andExpect(content().string(containsString("href=\"#certificateSource\"")));
        }

        @Test
        void theSettingOverrideNameIsAskedForExchange2016AndLater() throws Exception {
            // The Tailspin pair (Skype for Business 2019 + Exchange 2019) switching IM off is a valid plan.
            Plan tailspin = TestPlans.preset(TestPlans.LITWARE);
            WizardState state = new WizardState();
            state.replaceWith(new Plan(tailspin.title(), new Compatibility(LyncServer.SKYPE_2019,
                    ExchangeServer.EXCHANGE_2019, true), tailspin.trustedPool(), InstantMessaging.disable(), null));
            MockHttpSession session = TestPlans.session(state);
            mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"settingOverrideName\"")))
                    .andExpect(content().string(containsString("value=\"OWA IM integration\"")));
            // Enabling is refused at the versions (P-8 scripts come later), so the page saves, and step 1 says why.
            mvc.perform(enable(session, "settingOverrideName", "x".repeat(65)))
                    .andExpect(model().attributeHasFieldErrorCode("form", "settingOverrideName", "text.tooLong"));
        }
    }

    /** Issue 15, P-8.1, P-8.5: the page names the versions chosen; no web.config from Exchange 2016 on. */
    @Test
    void exchange2019IsOutlookOnTheWebWithASettingOverride() throws Exception {
        String html = mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.TAILSPIN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Do you want instant messaging in Outlook on the web?</h1>", "setting override",
                        ">Mailbox servers<", "IM server name (Skype for Business pool FQDN)",
                        "Yes: integrate OWA with Skype for Business")
                .doesNotContain("Exchange 2013 Mailbox servers", "web.config script", "Outlook Web App?",
                        // P-8.3: no Client Access servers from Exchange 2016 on, so no question about them
                        "name=\"clientAccessServers\"");
        String lync = mvc.perform(get(Step.Paths.INSTANT_MESSAGING).session(TestPlans.session(
                        TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(lync).contains("<h1>Do you want instant messaging in Outlook Web App?</h1>", "Exchange 2013 Mailbox servers",
                "name=\"clientAccessServers\"");
    }
}
