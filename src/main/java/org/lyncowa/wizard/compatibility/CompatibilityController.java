package org.lyncowa.wizard.compatibility;

import java.util.Map;

import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.wizard.FormEditors.EnumEditor;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.COMPATIBILITY)
class CompatibilityController extends StepController<CompatibilityForm> {

    /** The page's template ({@link Step#view()}). */
    static final String VIEW = "steps/compatibility";

    CompatibilityController(StepFlow flow) {
        super(Step.COMPATIBILITY, flow, CompatibilityForm::from, CompatibilityForm::applyTo);
    }

    /**
     * The page's "Exchange Server 2016 or later" choice is {@code EXCHANGE_2016}; a page posted
     * before plan format version 2 sends the version 1 name, read the way a version 1 file is.
     */
    @Override
    protected void editors(WebDataBinder binder) {
        binder.registerCustomEditor(ExchangeServer.class, new EnumEditor<>(ExchangeServer.class,
                Map.of(ExchangeServer.VERSION_1_2016_OR_LATER, ExchangeServer.EXCHANGE_2016)));
    }
}
