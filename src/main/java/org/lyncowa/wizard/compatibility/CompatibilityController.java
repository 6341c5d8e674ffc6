package org.lyncowa.wizard.compatibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepPage;
import org.lyncowa.wizard.StepValidation;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompatibilityController {

    static final String VIEW = "steps/compatibility";
    private static final Step STEP = Step.COMPATIBILITY;

    private final WizardSession session;
    private final Navigator navigator;
    private final StepValidation validation;
    private final StepPage page;

    CompatibilityController(WizardSession session, Navigator navigator, StepValidation validation, StepPage page) {
        this.session = session;
        this.navigator = navigator;
        this.validation = validation;
        this.page = page;
    }

    @GetMapping(Step.Paths.COMPATIBILITY)
    String show(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        StepCheck revisit = validation.revisit(STEP, state, state.compatibility() != null);
        validation.show(model, CompatibilityForm.from(state.title(), state.compatibility()), revisit.errors(),
                revisit.warnings(), locale);
        page.describe(model, STEP, change, state);
        return VIEW;
    }

    @PostMapping(Step.Paths.COMPATIBILITY)
    String save(@ModelAttribute(StepValidation.FORM) CompatibilityForm form,
            @RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        List<PlanIssue> readErrors = new ArrayList<>();
        Compatibility answer = form.toAnswer(readErrors);
        Plan current = state.plan();
        Plan candidate = new Plan(form.title(), answer, current.trustedPool(), current.instantMessaging(),
                current.mailboxPolicy());
        StepCheck check = validation.check(STEP, candidate, readErrors);
        if (!check.valid()) {
            validation.show(model, form, check.errors(), check.warnings(), locale);
            page.describe(model, STEP, change, state);
            return VIEW;
        }
        state.saveCompatibility(check.plan().title(), check.plan().compatibility());
        session.save(request, state);
        return "redirect:" + navigator.next(STEP, change, state);
    }
}
