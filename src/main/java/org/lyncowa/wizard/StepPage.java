package org.lyncowa.wizard;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Model attributes every step page shares: back link, change mode, "step n of m". */
@Component
public class StepPage {

    private final Navigator navigator;

    public StepPage(Navigator navigator) {
        this.navigator = navigator;
    }

    public void describe(Model model, Step step, boolean change, WizardState state) {
        List<Step> journey = navigator.journey(state);
        model.addAttribute("backUrl", navigator.back(step, change, state));
        model.addAttribute("change", change);
        model.addAttribute("stepNumber", journey.indexOf(step) + 1);
        model.addAttribute("stepCount", journey.size());
        model.addAttribute("plan", state.plan());
    }
}
