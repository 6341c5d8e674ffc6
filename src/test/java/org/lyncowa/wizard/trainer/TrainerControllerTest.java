package org.lyncowa.wizard.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TrainerController.class)
@Import(WizardMvcTest.class)
class TrainerControllerTest {

    @Autowired
    private MockMvc mvc;

    @Nested
    class Examples {

        @Autowired
        private Presets presets;

        @Autowired
        private MessageSource messages;

        @Test
        void theArticlesValuesComeFirstAndEveryExampleHasANameInBothLanguages() {
            assertThat(presets.all()).extracting(Presets.Preset::id)
                    .containsExactly("litwareinc", "colocated-um", "contoso-skypese-exchangese", "disable-im",
                            "exchange2010-limited", "fabrikam-skype2015-exchange2016-colocated",
                            "tailspin-skype2019-exchange2019");
            for (var preset : presets.all()) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.KOREAN}) {
                    assertThat(messages.getMessage(preset.nameKey(), null, null, locale)).isNotBlank();
                    assertThat(messages.getMessage(preset.descriptionKey(), null, null, locale)).isNotBlank();
                }
            }
        }

        @Test
        void oneClickLoadsTheExampleAsAnswersMarkedAsExampleData() throws Exception {
            MockHttpSession session = TestPlans.session(new WizardState());
            mvc.perform(post("/presets/litwareinc").with(csrf()).session(session))
                    .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
            WizardState state = TestPlans.stateOf(session);
            assertThat(state.isExample()).isTrue();
            assertThat(state.plan()).isEqualTo(TestPlans.complete(TestPlans.LITWARE).plan());
        }

        @Test
        void worksWithoutAnEarlierSession() throws Exception {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/presets/disable-im").with(csrf()).session(session))
                    .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
            assertThat(TestPlans.stateOf(session).isExample()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"nope", "..%2F..%2Fapplication", "LITWAREINC"})
        void anUnknownExampleIsRefusedAndChangesNothing(String id) throws Exception {
            // An encoded slash is refused by the firewall (400) before it reaches the controller (404).
            MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.COLOCATED));
            mvc.perform(post("/presets/" + id).with(csrf()).session(session)).andExpect(status().is4xxClientError());
            assertThat(TestPlans.stateOf(session).isExample()).isFalse();
        }

        @Test
        void importingOwnAnswersEndsTheExampleMark() {
            WizardState state = new WizardState();
            state.loadExample(TestPlans.preset(TestPlans.LITWARE));
            state.replaceWith(TestPlans.preset(TestPlans.COLOCATED));
            assertThat(state.isExample()).isFalse();
        }
    }

    @Test
    void startOverDropsTheAnswersAndTheExampleMark() throws Exception {
        WizardState example = new WizardState();
        example.loadExample(TestPlans.preset(TestPlans.LITWARE));
        MockHttpSession session = TestPlans.session(example);
        mvc.perform(post("/start-over").with(csrf()).session(session)).andExpect(redirectedUrl(Navigator.START));
        assertThat(TestPlans.stateOf(session).isEmpty()).isTrue();
        assertThat(TestPlans.stateOf(session).isExample()).isFalse();
    }

    @Test
    void startOverNeedsTheCsrfToken() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        mvc.perform(post("/start-over").session(session)).andExpect(redirectedUrl("/recovery"));
        assertThat(TestPlans.stateOf(session).isEmpty()).isFalse();
    }

    @Nested
    class PresenterView {

        @Test
        void togglesAndReturnsToThePageWithItsQuery() throws Exception {
            MockHttpSession session = new MockHttpSession();
            mvc.perform(post("/presenter").with(csrf()).session(session).param("returnTo", "/steps/trusted-pool?change=true"))
                    .andExpect(redirectedUrl("/steps/trusted-pool?change=true"));
            assertThat(session.getAttribute(TrainerController.PRESENTER_ATTRIBUTE)).isEqualTo(true);
            mvc.perform(post("/presenter").with(csrf()).session(session).param("returnTo", "/check-answers"))
                    .andExpect(redirectedUrl("/check-answers"));
            assertThat(session.getAttribute(TrainerController.PRESENTER_ATTRIBUTE)).isEqualTo(false);
        }

        @ParameterizedTest
        @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
                "/x\r\nSet-Cookie: a=b", ""})
        void neverSendsAnywhereElse(String returnTo) throws Exception {
            mvc.perform(post("/presenter").with(csrf()).param("returnTo", returnTo)).andExpect(redirectedUrl("/"));
        }

        /** Issue 12, finding 8: a URI template, a huge value or non-ASCII text was a 500 or a broken Location. */
        @ParameterizedTest
        @ValueSource(strings = {"/{foo}", "/steps/{step}", "/check-answers?x={y}", "/caf\u00e9", "/\u202e", "/\u00a0",
                "/a b", "/%", "/a?b=%zz", "/a//b", "/a\\b", "/a\tb", "/check-answers#x"})
        void anythingButAPlainPathOfThisSiteGoesToTheStart(String returnTo) throws Exception {
            mvc.perform(post("/presenter").with(csrf()).param("returnTo", returnTo))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        }

        @Test
        void aReturnToLongerThanAnyPageAddressGoesToTheStart() throws Exception {
            mvc.perform(post("/presenter").with(csrf()).param("returnTo", "/" + "a".repeat(9_000)))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
            String longest = "/steps/trusted-pool?change=" + "a".repeat(LocalPath.MAX_LENGTH - 27);
            mvc.perform(post("/presenter").with(csrf()).param("returnTo", longest)).andExpect(redirectedUrl(longest));
        }

        @Test
        void pageAddressesWithEscapedQueriesComeBackAsTheyAre() throws Exception {
            for (String page : new String[] {"/", "/recovery", "/steps/trusted-pool?change=true&lang=ko",
                    "/check-answers?x=%C3%A9%20y", "/runbook/"}) {
                mvc.perform(post("/presenter").with(csrf()).param("returnTo", page)).andExpect(redirectedUrl(page));
            }
        }
    }
}
