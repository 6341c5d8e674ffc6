package org.lyncowa.wizard.summary;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.stereotype.Component;

/**
 * The answers that the downloads and the printable runbook serve: complete and valid (the rules
 * refuse Exchange 2016 and later, so valid also means supported, P-1.3). Otherwise, where to send
 * the person instead: the check-answers page says what is missing or wrong; with no answers at all,
 * the recovery page when the session expired, else the start.
 */
@Component
class ReadyAnswers {

    /** Either the checked answers (checked here, once per request) or the path to go to instead. */
    record Outcome(ValidPlan valid, String elsewhere) {
    }

    private final WizardSession session;
    private final Navigator navigator;

    ReadyAnswers(WizardSession session, Navigator navigator) {
        this.session = session;
        this.navigator = navigator;
    }

    Outcome find(HttpServletRequest request) {
        Optional<WizardState> state = session.find(request);
        if (state.isEmpty()) {
            return new Outcome(null, WizardSession.expired(request) ? Navigator.RECOVERY : Navigator.START);
        }
        if (navigator.redirectIfIncomplete(state.get()).isPresent()) {
            return new Outcome(null, Navigator.CHECK_ANSWERS);
        }
        PlanCheck check = PlanRules.check(state.get().plan());
        return check.valid() ? new Outcome(check.validPlan(), null) : new Outcome(null, Navigator.CHECK_ANSWERS);
    }
}
