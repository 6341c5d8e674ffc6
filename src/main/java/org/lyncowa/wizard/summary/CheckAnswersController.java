package org.lyncowa.wizard.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.PlanSummary;
import org.lyncowa.bundle.ProductNames;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CheckAnswersController {

    static final String VIEW = "summary/check-answers";
    private static final java.util.Set<String> PARTS = java.util.Set.of("verify", "rollback");

    private final WizardSession session;
    private final Navigator navigator;
    private final IssueMessages issueMessages;
    private final ScriptGenerator scripts;
    private final MessageSource messages;

    CheckAnswersController(WizardSession session, Navigator navigator, IssueMessages issueMessages,
            ScriptGenerator scripts, MessageSource messages) {
        this.session = session;
        this.navigator = navigator;
        this.issueMessages = issueMessages;
        this.scripts = scripts;
        this.messages = messages;
    }

    @GetMapping(Navigator.CHECK_ANSWERS)
    String show(HttpServletRequest request, Model model, Locale locale) {
        WizardState state = session.require(request);
        Optional<String> unanswered = navigator.redirectIfIncomplete(state);
        if (unanswered.isPresent()) {
            return "redirect:" + unanswered.get();
        }
        PlanCheck check = PlanRules.check(state.plan());
        model.addAttribute("plan", check.plan());
        model.addAttribute("summary", PlanSummary.of(check.plan(), messages, locale));
        model.addAttribute("warnings", issueMessages.messages(check.warnings(), locale));
        model.addAttribute("planErrors", issueMessages.messages(check.errors(), locale));
        // Scripts only for valid answers: the rules refuse enabling IM with Exchange 2016 or later (P-1.3, P-8).
        boolean scriptsAvailable = check.valid();
        model.addAttribute("scriptsAvailable", scriptsAvailable);
        model.addAttribute("scripts", scriptsAvailable
                ? scripts.list(check.plan()).stream().map(s -> row(s, check.plan(), locale)).toList()
                : List.of());
        model.addAttribute("change", new ChangeLinks(navigator));
        return VIEW;
    }

    /** One line of the script table, in the page's language. */
    public record ScriptRow(String fileName, String runOn, String shell) {
    }

    /**
     * Where a script runs and in which shell, in the runbook's words (translated; the manifest's
     * text is English only). Verify and rollback run in parts whose places the runbook lists.
     */
    private ScriptRow row(GeneratedScript script, Plan plan, Locale locale) {
        String variant = !plan.enablesIm() ? "disable" : plan.isExchange2010() ? "exchange2010"
                : plan.isExchange2016OrLater() ? "exchange2016" : "exchange2013";
        boolean inParts = PARTS.contains(script.purpose());
        // The runbook's words, with the product names of the plan's versions (P-8.1).
        ProductNames names = ProductNames.of(plan, messages, locale);
        return new ScriptRow(script.fileName(), names.apply(stepText(script, variant, "runOn", inParts, locale)),
                names.apply(stepText(script, variant, "shell", inParts, locale)));
    }

    private String stepText(GeneratedScript script, String variant, String field, boolean inParts, Locale locale) {
        String specific = messages.getMessage("runbook.step." + script.purpose() + "." + variant + "." + field, null,
                null, locale);
        if (specific != null) {
            return specific;
        }
        if (inParts) {
            return messages.getMessage("check.scripts.parts." + field, null, locale);
        }
        String general = messages.getMessage("runbook.step." + script.purpose() + "." + field, null, null, locale);
        return general != null ? general : "runOn".equals(field) ? script.runOn() : script.shell();
    }

    /** Change links for the template: {@code change.to('TRUSTED_POOL', 'siteId')}. */
    public static final class ChangeLinks {
        private final Navigator navigator;

        ChangeLinks(Navigator navigator) {
            this.navigator = navigator;
        }

        public String to(String step, String field) {
            return navigator.changeUrl(Step.valueOf(step), field);
        }
    }
}
