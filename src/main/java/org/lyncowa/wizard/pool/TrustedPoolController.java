package org.lyncowa.wizard.pool;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.TRUSTED_POOL)
class TrustedPoolController extends StepController<TrustedPoolForm> {

    static final String VIEW = "steps/trusted-pool";

    TrustedPoolController(StepFlow flow) {
        super(Step.TRUSTED_POOL, VIEW, flow);
    }

    @Override
    protected TrustedPoolForm form(Plan saved) {
        return TrustedPoolForm.from(saved.trustedPool());
    }

    @Override
    protected Plan apply(TrustedPoolForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(saved.title(), saved.compatibility(), form.toAnswer(readErrors), saved.instantMessaging(),
                saved.mailboxPolicy());
    }
}
