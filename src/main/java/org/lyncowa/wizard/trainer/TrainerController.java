package org.lyncowa.wizard.trainer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/** Example plans, "Start over" and the presenter view: each a one-click form, so all work without JavaScript. */
@Controller
class TrainerController {

    static final String PRESET = "/presets/{id}";
    static final String START_OVER = "/start-over";
    static final String PRESENTER = "/presenter";
    static final String START_OVER_VIEW = "trainer/start-over";
    static final String PRESENTER_ATTRIBUTE = TrainerController.class.getName() + ".presenter";

    private final WizardSession session;
    private final Presets presets;

    TrainerController(WizardSession session, Presets presets) {
        this.session = session;
        this.presets = presets;
    }

    /** Loads an example plan as the answers (as an import would) and shows them on the check-answers page. */
    @PostMapping(PRESET)
    String loadPreset(@PathVariable String id, HttpServletRequest request) {
        Presets.Preset preset = presets.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        WizardState state = session.find(request).orElseGet(WizardState::new);
        state.loadExample(preset.plan());
        session.save(request, state);
        session.renewId(request);
        return "redirect:" + Navigator.CHECK_ANSWERS;
    }

    /**
     * "Start over" asks first: what goes, the plan file to keep, and the button that really clears.
     * The way back is the page the person came from (a local path only), else the start page.
     */
    @GetMapping(START_OVER)
    String confirmStartOver(@RequestParam(name = "returnTo", required = false) String returnTo,
            HttpServletRequest request, Model model) {
        WizardState state = session.find(request).orElse(null);
        model.addAttribute("canDownload", state != null && !state.isEmpty());
        model.addAttribute("backUrl", LocalPath.orStart(returnTo));
        return START_OVER_VIEW;
    }

    /** Drops every answer (and with them the example-data mark) and goes back to the start page. */
    @PostMapping(START_OVER)
    String startOver(HttpServletRequest request) {
        session.start(request);
        return "redirect:" + Navigator.START;
    }

    /** Switches the presenter view for this session and returns to the page it was asked from. */
    @PostMapping(PRESENTER)
    RedirectView togglePresenter(@RequestParam(name = "returnTo", required = false) String returnTo,
            HttpServletRequest request) {
        HttpSession httpSession = request.getSession(true);
        boolean on = Boolean.TRUE.equals(httpSession.getAttribute(PRESENTER_ATTRIBUTE));
        httpSession.setAttribute(PRESENTER_ATTRIBUTE, !on);
        return LocalPath.redirect(returnTo);
    }

    static boolean presenter(HttpServletRequest request) {
        HttpSession httpSession = request.getSession(false);
        return httpSession != null && Boolean.TRUE.equals(httpSession.getAttribute(PRESENTER_ATTRIBUTE));
    }
}
