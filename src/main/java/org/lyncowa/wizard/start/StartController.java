package org.lyncowa.wizard.start;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.PageErrors;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.trainer.Presets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class StartController {

    static final String VIEW = "start/start";
    static final String RECOVERY_VIEW = "start/recovery";
    static final String START_ACTION = "/start";

    private final WizardSession session;
    private final Navigator navigator;

    private final Presets presets;

    StartController(WizardSession session, Navigator navigator, Presets presets) {
        this.session = session;
        this.navigator = navigator;
        this.presets = presets;
    }

    @GetMapping(Navigator.START)
    String start(HttpServletRequest request, Model model) {
        WizardState state = session.find(request).orElse(null);
        if (state != null && !state.isEmpty()) {
            model.addAttribute("resumeUrl", navigator.firstUnanswered(state).map(s -> s.path())
                    .orElse(Navigator.CHECK_ANSWERS));
        }
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        model.addAttribute("presets", presets.all());
        return VIEW;
    }

    /** Starts a new journey (dropping any earlier answers) in a fresh session. */
    @PostMapping(START_ACTION)
    String begin(HttpServletRequest request) {
        session.start(request);
        return "redirect:" + navigator.firstStep();
    }

    @GetMapping(Navigator.RECOVERY)
    String recovery(Model model) {
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        return RECOVERY_VIEW;
    }
}
