package org.lyncowa.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lyncowa.bundle.ProductNames;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Model attributes every step page shares: back link, change mode, "step n of m", the step list. */
@Component
public class StepPage {

    /** The model attribute of the step list the layout shows beside the question on wide screens. */
    public static final String STEP_LIST = "stepList";

    private final Navigator navigator;
    private final MessageSource messages;

    public StepPage(Navigator navigator, MessageSource messages) {
        this.navigator = navigator;
        this.messages = messages;
    }

    public void describe(Model model, Step step, boolean change, WizardState state) {
        List<Step> journey = navigator.journey(state);
        model.addAttribute("backUrl", navigator.back(step, change, state));
        model.addAttribute("change", change);
        model.addAttribute("stepNumber", journey.indexOf(step) + 1);
        model.addAttribute("stepCount", journey.size());
        model.addAttribute("plan", state.plan());
        // Product names of the versions chosen (P-8.1), for texts such as "Outlook on the web".
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = ProductNames.of(state.plan(), messages, locale).byName();
        Compatibility versions = state.plan().compatibility();
        names.put("exchange", messages.getMessage("compatibility.exchangeServer." + (versions == null
                || versions.exchangeServer() == null ? ExchangeServer.EXCHANGE_2013 : versions.exchangeServer()).name(), null,
                locale));
        model.addAttribute("names", names);
        model.addAttribute(STEP_LIST, stepList(step, state));
    }

    /**
     * Where am I, what is done (GOV.UK task list): every step of this journey with its state. A step
     * links to its page when it can be reached (done, or the first one still open); later ones do not.
     */
    public List<StepListItem> stepList(Step current, WizardState state) {
        List<StepListItem> items = new ArrayList<>();
        boolean reachable = true;
        for (Step step : navigator.journey(state)) {
            boolean done = state.isComplete(step);
            String status = step == current ? "current" : done ? "done" : "todo";
            items.add(new StepListItem(step.path(), "steps.list." + step.name(), status,
                    (reachable && step != current) ? step.path() : null));
            if (!done) {
                reachable = false;
            }
        }
        return items;
    }

    /** One line of the step list; {@code url} is null when the step is shown or cannot be visited yet. */
    public record StepListItem(String path, String nameKey, String status, String url) {
    }
}
