package org.lyncowa.wizard.im;

import java.util.List;
import java.util.Map;

import org.lyncowa.plan.CertificateSource;

import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.FormEditors.EnumEditor;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.lyncowa.wizard.WizardState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.INSTANT_MESSAGING)
class InstantMessagingController extends StepController<InstantMessagingForm> {

    private final Navigator navigator;

    InstantMessagingController(StepFlow flow) {
        super(Step.INSTANT_MESSAGING, flow, InstantMessagingForm::from, InstantMessagingForm::applyTo);
        this.navigator = flow.navigator();
    }

    /** A page posted before plan format version 2 may send the plan's name of the shared choice. */
    @Override
    protected void editors(WebDataBinder binder) {
        binder.registerCustomEditor(InstantMessagingForm.Certificates.class, new EnumEditor<>(
                InstantMessagingForm.Certificates.class,
                Map.of(CertificateSource.THUMBPRINT.name(), InstantMessagingForm.Certificates.SHARED)));
    }

    /** The fields asked depend on the Exchange version; the runtime prerequisite is fixed on step 1 (P-1.4). */
    @Override
    protected void describe(Model model, WizardState state, List<PlanIssue> errors) {
        model.addAttribute("exchange2010", state.plan().isExchange2010());
        // P-8.5: the setting override has a name only from Exchange 2016 on.
        model.addAttribute("exchange2016OrLater", state.plan().isExchange2016OrLater());
        model.addAttribute("ucmaChangeUrl", navigator.changeUrl(Step.COMPATIBILITY, "ucmaRuntimeConfirmed"));
        model.addAttribute("ucmaProblem", errors.stream().anyMatch(e -> "ucma.notConfirmed".equals(e.code())));
    }
}
