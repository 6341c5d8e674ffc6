package org.lyncowa.wizard.pool;

import java.util.List;

import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.lyncowa.wizard.WizardState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.TRUSTED_POOL)
class TrustedPoolController extends StepController<TrustedPoolForm> {

    /** The page's template ({@link Step#view()}). */
    static final String VIEW = "steps/trusted-pool";

    /** A co-located answer saves no pool fields (P-2.1): the form maps that. */
    TrustedPoolController(StepFlow flow) {
        super(Step.TRUSTED_POOL, flow, TrustedPoolForm::from, TrustedPoolForm::applyTo);
    }

    /**
     * The UM questions (co-location, SIP URI dial plans) only with Exchange 2013 and 2016 (P-8.4); otherwise
     * the page asks only for the pool, which is always created (2019/SE: no UM; 2010: P-7.3).
     */
    @Override
    protected void describe(Model model, WizardState state, List<PlanIssue> errors) {
        model.addAttribute("umQuestions", state.plan().asksUnifiedMessaging());
        model.addAttribute("exchange2010", state.plan().isExchange2010());
    }
}
