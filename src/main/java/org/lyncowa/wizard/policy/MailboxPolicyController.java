package org.lyncowa.wizard.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepPage;
import org.lyncowa.wizard.StepValidation;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.preview.Preview;
import org.lyncowa.wizard.preview.StepPreview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MailboxPolicyController {

    static final String VIEW = "steps/mailbox-policy";
    private static final Step STEP = Step.MAILBOX_POLICY;

    private final WizardSession session;
    private final Navigator navigator;
    private final StepValidation validation;
    private final StepPage page;
    private final StepPreview preview;

    MailboxPolicyController(WizardSession session, Navigator navigator, StepValidation validation, StepPage page,
            StepPreview preview) {
        this.session = session;
        this.navigator = navigator;
        this.validation = validation;
        this.page = page;
        this.preview = preview;
    }

    @GetMapping(Step.Paths.MAILBOX_POLICY)
    String show(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        Optional<String> elsewhere = navigator.redirectIfUnreachable(STEP, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        StepCheck revisit = validation.revisit(STEP, state, state.mailboxPolicy() != null);
        validation.show(model, MailboxPolicyForm.from(state.mailboxPolicy()), revisit.errors(), revisit.warnings(),
                locale);
        page.describe(model, STEP, change, state);
        preview.show(model, STEP, validation.check(STEP, state.plan(), List.of()));
        return VIEW;
    }

    @PostMapping(Step.Paths.MAILBOX_POLICY)
    String save(@ModelAttribute(StepValidation.FORM) MailboxPolicyForm form,
            @RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        Optional<String> elsewhere = navigator.redirectIfUnreachable(STEP, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        StepCheck check = check(form, state);
        if (!check.valid()) {
            validation.show(model, form, check.errors(), check.warnings(), locale);
            preview.show(model, STEP, check);
            page.describe(model, STEP, change, state);
            return VIEW;
        }
        state.saveMailboxPolicy(check.plan().mailboxPolicy());
        session.save(request, state);
        return "redirect:" + navigator.next(STEP, change, state);
    }

    /**
     * The preview of the answers as typed so far (the page's script asks as the person types):
     * checked like a save, but nothing is saved.
     */
    @PostMapping(Step.Paths.MAILBOX_POLICY + "/preview")
    String preview(@ModelAttribute(StepValidation.FORM) MailboxPolicyForm form, HttpServletRequest request, Model model) {
        WizardState state = session.require(request);
        if (navigator.redirectIfUnreachable(STEP, state).isPresent()) {
            model.addAttribute(StepPreview.MODEL, Preview.note(Preview.FIX_ERRORS));
            return StepPreview.FRAGMENT;
        }
        model.addAttribute(StepPreview.MODEL, preview.preview(STEP, check(form, state)));
        return StepPreview.FRAGMENT;
    }

    private StepCheck check(MailboxPolicyForm form, WizardState state) {
        List<PlanIssue> readErrors = new ArrayList<>();
        MailboxPolicy answer = form.toAnswer(readErrors);
        Plan current = state.plan();
        Plan candidate = new Plan(current.title(), current.compatibility(), current.trustedPool(),
                current.instantMessaging(), answer);
        return validation.check(STEP, candidate, readErrors);
    }
}
