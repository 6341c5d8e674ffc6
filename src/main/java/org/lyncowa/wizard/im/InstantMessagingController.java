package org.lyncowa.wizard.im;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.InstantMessaging;
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
class InstantMessagingController {

    static final String VIEW = "steps/instant-messaging";
    private static final Step STEP = Step.INSTANT_MESSAGING;

    private final WizardSession session;
    private final Navigator navigator;
    private final StepValidation validation;
    private final StepPage page;
    private final StepPreview preview;

    InstantMessagingController(WizardSession session, Navigator navigator, StepValidation validation, StepPage page,
            StepPreview preview) {
        this.session = session;
        this.navigator = navigator;
        this.validation = validation;
        this.page = page;
        this.preview = preview;
    }

    @GetMapping(Step.Paths.INSTANT_MESSAGING)
    String show(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        Optional<String> elsewhere = navigator.redirectIfUnreachable(STEP, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        StepCheck revisit = validation.revisit(STEP, state, state.instantMessaging() != null);
        InstantMessagingForm form = InstantMessagingForm.from(state.instantMessaging(), state.trustedPool(),
                state.plan().isExchange2010(), state.plan().isExchange2016OrLater());
        validation.show(model, form, revisit.errors(), revisit.warnings(), locale);
        describe(model, change, state);
        model.addAttribute("ucmaProblem", hasUcmaProblem(revisit));
        preview.show(model, STEP, validation.check(STEP, state.plan(), List.of()));
        return VIEW;
    }

    @PostMapping(Step.Paths.INSTANT_MESSAGING)
    String save(@ModelAttribute(StepValidation.FORM) InstantMessagingForm form,
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
            describe(model, change, state);
            model.addAttribute("ucmaProblem", hasUcmaProblem(check));
            return VIEW;
        }
        state.saveInstantMessaging(check.plan().instantMessaging());
        session.save(request, state);
        return "redirect:" + navigator.next(STEP, change, state);
    }

    private static boolean hasUcmaProblem(StepCheck check) {
        return check.errors().stream().anyMatch(e -> "ucma.notConfirmed".equals(e.code()));
    }

    private void describe(Model model, boolean change, WizardState state) {
        page.describe(model, STEP, change, state);
        model.addAttribute("exchange2010", state.plan().isExchange2010());
        // P-8.5: the setting override has a name only from Exchange 2016 on.
        model.addAttribute("exchange2016OrLater", state.plan().isExchange2016OrLater());
        model.addAttribute("ucmaChangeUrl", navigator.changeUrl(Step.COMPATIBILITY, "ucmaRuntimeConfirmed"));
        model.addAttribute("ucmaProblem", false);
    }

    /**
     * The preview of the answers as typed so far (the page's script asks as the person types):
     * checked like a save, but nothing is saved.
     */
    @PostMapping(Step.Paths.INSTANT_MESSAGING + "/preview")
    String preview(@ModelAttribute(StepValidation.FORM) InstantMessagingForm form, HttpServletRequest request, Model model) {
        WizardState state = session.require(request);
        if (navigator.redirectIfUnreachable(STEP, state).isPresent()) {
            model.addAttribute(StepPreview.MODEL, Preview.note(Preview.FIX_ERRORS));
            return StepPreview.FRAGMENT;
        }
        model.addAttribute(StepPreview.MODEL, preview.preview(STEP, check(form, state)));
        return StepPreview.FRAGMENT;
    }

    private StepCheck check(InstantMessagingForm form, WizardState state) {
        List<PlanIssue> readErrors = new ArrayList<>();
        Plan current = state.plan();
        InstantMessaging answer = form.toAnswer(current.isExchange2010(), readErrors);
        Plan candidate = new Plan(current.title(), current.compatibility(), current.trustedPool(), answer,
                current.mailboxPolicy());
        return validation.check(STEP, candidate, readErrors);
    }
}
