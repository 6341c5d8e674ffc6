package org.lyncowa.wizard.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

@WebMvcTest(StartController.class)
@Import(WizardMvcTest.class)
class StartControllerTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void theStartPageOffersStartAndTheUploadForm() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/start\"")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"planFile\"")))
                .andExpect(model().attributeDoesNotExist("resumeUrl"));
    }

    @Test
    void withAnswersTheStartPageOffersToContinueThem() throws Exception {
        mvc.perform(get("/").session(TestPlans.session(TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE))))
                .andExpect(model().attribute("resumeUrl", Step.Paths.INSTANT_MESSAGING));
    }

    @Test
    void startingDropsEarlierAnswers() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        mvc.perform(post("/start").with(csrf()).session(session)).andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
        assertThat(TestPlans.stateOf(session).isEmpty()).isTrue();
    }

    @Test
    void everyStylesheetAndScriptThePageLinksIsServed() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var links = java.util.regex.Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            mvc.perform(get(links.group(1))).andExpect(status().isOk());
            count++;
        }
        assertThat(count).isEqualTo(4);
    }

    @Test
    void theRecoveryPageExplainsAndOffersImportAndStartAgain() throws Exception {
        mvc.perform(get(Navigator.RECOVERY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no longer available")))
                // The CSRF token travels in the form body, never in the URL (issue 12).
                .andExpect(content().string(containsString("action=\"/plan/import\"")))
                .andExpect(content().string(containsString("action=\"/start\"")));
    }

    @Test
    void theLanguageSwitchShowsKoreanAndLinksBack() throws Exception {
        mvc.perform(get("/").param("lang", "ko"))
                .andExpect(content().string(containsString("lang=\"ko\"")))
                .andExpect(content().string(containsString("지금 시작")))
                .andExpect(content().string(containsString("href=\"/?lang=en\"")));
    }

    @Test
    void theLanguageSwitchKeepsThePageAndChangeMode() throws Exception {
        mvc.perform(get(Navigator.RECOVERY + "?change=true"))
                .andExpect(content().string(containsString("href=\"/recovery?change=true&amp;lang=ko\"")));
    }

    @Test
    void theBrowserLanguageIsFollowed() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("지금 시작")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("Start now")));
    }

    /** Issue 15: the start page names every version the wizard covers, not only Lync Server 2013 with OWA 2013. */
    @Test
    void theTitleAndLeadNameTodaysVersions() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("<title>Integrate Lync or Skype for Business Server with Outlook Web App or Outlook on the web",
                        "<h1>Integrate Lync or Skype for Business Server with Outlook Web App or Outlook on the web</h1>",
                        "Skype for Business Server 2015, 2019 or Subscription Edition")
                .doesNotContain("Lync Server 2013 with Outlook Web App 2013");
        String korean = mvc.perform(get("/").param("lang", "ko")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(korean).contains("비즈니스용 Skype 서버", "웹용 Outlook");
    }
}
