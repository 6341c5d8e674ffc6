package org.lyncowa.wizard.compatibility;

import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.COMPATIBILITY)
class CompatibilityController extends StepController<CompatibilityForm> {

    static final String VIEW = "steps/compatibility";

    /** The first page: nothing to redirect from; the title is asked here too (P-1). */
    CompatibilityController(StepFlow flow) {
        super(Step.COMPATIBILITY, VIEW, flow, CompatibilityForm::from, CompatibilityForm::applyTo);
    }
}
