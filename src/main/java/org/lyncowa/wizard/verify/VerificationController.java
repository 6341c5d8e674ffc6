package org.lyncowa.wizard.verify;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepPage;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.StepValidation;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.preview.StepPreview;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** No question here: Continue records that the page was seen. */
@Controller
class VerificationController {

    static final String VIEW = "steps/verification";
    private static final Step STEP = Step.VERIFICATION;

    private final WizardSession session;
    private final Navigator navigator;
    private final StepPage page;
    private final StepPreview preview;
    private final StepValidation validation;

    VerificationController(WizardSession session, Navigator navigator, StepPage page, StepPreview preview,
            StepValidation validation) {
        this.session = session;
        this.navigator = navigator;
        this.page = page;
        this.preview = preview;
        this.validation = validation;
    }

    @GetMapping(Step.Paths.VERIFICATION)
    String show(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model) {
        WizardState state = session.require(request);
        Optional<String> elsewhere = navigator.redirectIfUnreachable(STEP, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        page.describe(model, STEP, change, state);
        model.addAttribute("exchange2010", state.plan().isExchange2010());
        // P-8.5, P-8.9: from Exchange 2016 on, the setting override's signs instead of event 112 (documented for 2013).
        model.addAttribute("exchange2016OrLater", state.plan().isExchange2016OrLater());
        model.addAttribute("enablesIm", state.plan().enablesIm());
        preview.show(model, STEP, validation.check(STEP, state.plan(), List.of()));
        return VIEW;
    }

    @PostMapping(Step.Paths.VERIFICATION)
    String seen(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request) {
        WizardState state = session.require(request);
        Optional<String> elsewhere = navigator.redirectIfUnreachable(STEP, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        state.markVerificationSeen();
        session.save(request, state);
        return "redirect:" + navigator.next(STEP, change, state);
    }
}
