package org.lyncowa.wizard.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 on the compatibility step: the label and its error use one name, "Name of this plan"
 * (finding 5); with several Lync and Skype for Business versions offered, none is chosen for the
 * person, only their own earlier answer (finding 9).
 */
@WebMvcTest(CompatibilityController.class)
@Import(WizardMvcTest.class)
class CompatibilityWhatUsersMeetTest {

    private static final Pattern LYNC_RADIO = Pattern.compile("<input[^>]*name=\"lyncServer\"[^>]*>");

    @Autowired
    private MockMvc mvc;

    private static long checkedLyncRadios(String html) {
        Matcher m = LYNC_RADIO.matcher(html);
        long checked = 0;
        long all = 0;
        while (m.find()) {
            all++;
            if (m.group().contains("checked")) {
                checked++;
            }
        }
        assertThat(all).as("Lync and Skype for Business versions offered").isGreaterThan(1);
        return checked;
    }

    @Test
    void theLabelAndTheErrorNameThePlanAlike() throws Exception {
        String html = mvc.perform(post(Step.Paths.COMPATIBILITY).with(csrf()).session(TestPlans.session(new WizardState()))
                        .param("title", "x".repeat(121)).param("lyncServer", "LYNC_2013")
                        .param("exchangeServer", "EXCHANGE_2013").param("ucmaRuntimeConfirmed", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Name of this plan (optional)")
                .contains("Enter a name for this plan of 120 characters or fewer.")
                .doesNotContain("title of 120");
    }

    @Test
    void noVersionIsChosenForThePersonOnlyTheirOwnAnswer() throws Exception {
        String first = mvc.perform(get(Step.Paths.COMPATIBILITY)).andReturn().getResponse().getContentAsString();
        assertThat(checkedLyncRadios(first)).isZero();
        String saved = mvc.perform(get(Step.Paths.COMPATIBILITY)
                        .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(checkedLyncRadios(saved)).isEqualTo(1);
        assertThat(saved).containsPattern("<input[^>]*value=\"LYNC_2013\"[^>]*checked");
    }
}
