package org.lyncowa.wizard.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.discovery.Finding;
import org.lyncowa.plan.Plan;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.WizardSession;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every step page the findings of an imported discovery file, when there are any ({@code found}). */
@ControllerAdvice(assignableTypes = StepController.class)
class FoundAdvice {

    static final String MODEL = "found";

    private final MessageSource messages;

    /** Only the message source: every web test slice picks this advice up, and has one. */
    FoundAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute(MODEL)
    FoundView found(HttpServletRequest request, Locale locale) {
        List<Finding> found = DiscoverySession.find(request).orElse(List.of());
        if (found.isEmpty()) {
            return null;
        }
        // Found findings imply a session; the journey is read as WizardSession stores it.
        var state = WizardSession.read(request, request.getSession()).orElse(null);
        if (state == null || state.isExample()) {
            // Example data replaced the discovered answers: the findings no longer describe them.
            return null;
        }
        Plan plan = state.plan();
        List<FoundView.Item> items = new ArrayList<>();
        for (Finding f : found) {
            String text = messages.getMessage("discovery.finding." + f.code(), f.args().toArray(), locale);
            boolean choosable = f.kind() == Finding.Kind.CHOICE && Choices.CHOOSABLE.contains(f.field());
            items.add(new FoundView.Item(f.section(), f.field(), f.kind().name(), text,
                    choosable ? f.choices() : List.of(), choosable ? Choices.current(plan, f.field()) : null));
        }
        return new FoundView(items);
    }
}
