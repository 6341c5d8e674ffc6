package org.lyncowa.wizard.pool;

import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
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
}
