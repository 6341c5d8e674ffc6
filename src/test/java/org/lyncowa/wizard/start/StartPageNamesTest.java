package org.lyncowa.wizard.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16, finding 6 on the start page: with answers, "Continue your answers" is the primary
 * action and the other one has the header's name, "Start over" (which asks first); the upload form
 * carries its CSRF token in the body, never in the address (finding 9).
 */
@WebMvcTest(StartController.class)
@Import(WizardMvcTest.class)
class StartPageNamesTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void continuingIsThePrimaryActionAndStartingOverHasOneName() throws Exception {
        String html = mvc.perform(get("/").session(TestPlans.session(
                TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<a class=\"btn btn-success btn-lg resume-button\" id=\"resume\" href=\"/steps/instant-messaging\">Continue your answers</a>");
        assertThat(html).containsPattern("id=\"start-over-start\" href=\"/start-over\\?returnTo=/\">Start over</a>");
        assertThat(html).doesNotContain("Start again", "action=\"/start\"");
        // The header's button has the same name and leads to the same question.
        assertThat(html).containsPattern("id=\"start-over\"\\s+href=\"/start-over\\?returnTo=/\">Start over</a>");
    }

    @Test
    void theUploadFormKeepsItsTokenOutOfTheAddress() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/plan/import\"")
                .doesNotContain("?_csrf=");
    }
}
