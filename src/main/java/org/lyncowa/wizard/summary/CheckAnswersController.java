package org.lyncowa.wizard.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CheckAnswersController {

    static final String VIEW = "summary/check-answers";

    private final WizardSession session;
    private final Navigator navigator;
    private final IssueMessages issueMessages;
    private final ScriptGenerator scripts;

    CheckAnswersController(WizardSession session, Navigator navigator, IssueMessages issueMessages,
            ScriptGenerator scripts) {
        this.session = session;
        this.navigator = navigator;
        this.issueMessages = issueMessages;
        this.scripts = scripts;
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
        model.addAttribute("warnings", issueMessages.messages(check.warnings(), locale));
        model.addAttribute("planErrors", issueMessages.messages(check.errors(), locale));
        // P-1.3: Exchange 2016 or later gets no scripts at all.
        boolean scriptsAvailable = check.valid()
                && check.plan().compatibility().exchangeServer() != ExchangeServer.EXCHANGE_2016_OR_LATER;
        model.addAttribute("scriptsAvailable", scriptsAvailable);
        model.addAttribute("scripts", scriptsAvailable ? scripts.generate(check.plan()) : List.of());
        model.addAttribute("change", new ChangeLinks(navigator));
        return VIEW;
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
