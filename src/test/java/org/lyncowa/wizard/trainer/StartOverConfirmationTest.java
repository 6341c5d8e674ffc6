package org.lyncowa.wizard.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 16, finding 6: Start over asks first (a page of its own, no JavaScript needed) and offers the plan file. */
@WebMvcTest(TrainerController.class)
@Import(WizardMvcTest.class)
class StartOverConfirmationTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void startOverAsksFirstAndOffersToDownloadThePlan() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        String html = mvc.perform(get("/start-over").param("returnTo", "/check-answers").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Start over?</h1>")
                .contains("href=\"/plan/export\"")
                .containsPattern("<form method=\"post\" action=\"/start-over\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .contains("Delete my answers and start over")
                .contains("href=\"/check-answers\" id=\"start-over-cancel\"");
        // Asking deleted nothing.
        assertThat(TestPlans.stateOf(session).isEmpty()).isFalse();
    }

    @Test
    void theHeaderLinksToTheQuestionInsteadOfDeletingAtOnce() throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        String html = mvc.perform(get("/start-over").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<a class=\"btn btn-sm header-button\" id=\"start-over\"\\s+href=\"/start-over\\?returnTo=");
        assertThat(html).doesNotContain("class=\"start-over-form\"");
    }

    @Test
    void anAwayLinkIsNeverTakenAsTheWayBack() throws Exception {
        String html = mvc.perform(get("/start-over").param("returnTo", "//evil.example/x")
                .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("evil.example").contains("href=\"/\" id=\"start-over-cancel\"");
    }
}
