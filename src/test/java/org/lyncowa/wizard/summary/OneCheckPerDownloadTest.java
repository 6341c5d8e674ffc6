package org.lyncowa.wizard.summary;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.mockito.MockedStatic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A download checks its plan once (issue 14): the answers are checked where they are found, and the
 * bundle, the runbook and the scripts take the resulting {@code ValidPlan} without checking again
 * (the bundle path used to run the rules four times). The rules are spied on, calling the real ones.
 */
@WebMvcTest({DownloadController.class, RunbookPageController.class})
@Import({WizardMvcTest.class, BundleConfig.class, ReadyAnswers.class})
class OneCheckPerDownloadTest {

    @Autowired
    private MockMvc mvc;

    private void checkedOnce(String path) throws Exception {
        MockHttpSession session = TestPlans.session(TestPlans.complete(TestPlans.LITWARE));
        try (MockedStatic<PlanRules> rules = mockStatic(PlanRules.class, CALLS_REAL_METHODS)) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
            rules.verify(() -> PlanRules.check(any(Plan.class)), times(1));
            rules.verify(() -> PlanRules.check(any(Plan.class), any()), times(1));
        }
    }

    @Test
    void theBundleChecksThePlanOnce() throws Exception {
        checkedOnce("/download/bundle.zip");
    }

    @Test
    void oneScriptChecksThePlanOnce() throws Exception {
        checkedOnce("/download/scripts/04-owa-web-config.ps1");
    }

    @Test
    void thePrintableRunbookChecksThePlanOnce() throws Exception {
        checkedOnce(RunbookPageController.PATH);
    }
}
