package org.lyncowa.wizard.compatibility;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.COMPATIBILITY)
class CompatibilityController extends StepController<CompatibilityForm> {

    static final String VIEW = "steps/compatibility";

    CompatibilityController(StepFlow flow) {
        super(Step.COMPATIBILITY, VIEW, flow);
    }

    @Override
    protected CompatibilityForm form(Plan saved) {
        return CompatibilityForm.from(saved.title(), saved.compatibility());
    }

    @Override
    protected Plan apply(CompatibilityForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(form.title(), form.toAnswer(readErrors), saved.trustedPool(), saved.instantMessaging(),
                saved.mailboxPolicy());
    }
}
