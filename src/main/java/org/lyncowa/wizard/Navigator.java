package org.lyncowa.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lyncowa.plan.Plan;

import org.springframework.stereotype.Component;

/**
 * The only place that knows the order of the steps and the branches between them. Normal mode
 * walks forward one step at a time; change mode (entered from the check-answers page) returns to
 * that page after a save unless an answer now needed by a later step is missing.
 */
@Component
public class Navigator {

    public static final String START = "/";
    public static final String CHECK_ANSWERS = "/check-answers";
    public static final String RECOVERY = "/recovery";
    public static final String CHANGE_PARAM = "change";

    /** The steps that apply to these answers, in order. Mailbox policies are skipped when IM is disabled (P-3.8). */
    public List<Step> journey(WizardState state) {
        List<Step> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            if (applies(step, state)) {
                steps.add(step);
            }
        }
        return steps;
    }

    public boolean applies(Step step, WizardState state) {
        if (step == Step.MAILBOX_POLICY) {
            return Plan.asksMailboxPolicy(state.plan().instantMessaging());
        }
        return true;
    }

    /** The first step of the journey still waiting for an answer, if any. */
    public Optional<Step> firstUnanswered(WizardState state) {
        return journey(state).stream().filter(step -> !state.isComplete(step)).findFirst();
    }

    public boolean allAnswered(WizardState state) {
        return firstUnanswered(state).isEmpty();
    }

    /**
     * Where to send someone who asked for a step they cannot see yet (an earlier step is
     * unanswered) or that does not apply; empty when the step may be shown.
     */
    public Optional<String> redirectIfUnreachable(Step step, WizardState state) {
        Optional<Step> first = firstUnanswered(state);
        if (!applies(step, state)) {
            return Optional.of(first.map(Step::path).orElse(CHECK_ANSWERS));
        }
        if (first.isPresent() && first.get().ordinal() < step.ordinal()) {
            return Optional.of(first.get().path());
        }
        return Optional.empty();
    }

    /** The page after a successful save of {@code step}. */
    public String next(Step step, boolean change, WizardState state) {
        Optional<Step> first = firstUnanswered(state);
        if (change) {
            return first.map(s -> changeUrl(s)).orElse(CHECK_ANSWERS);
        }
        for (Step candidate : journey(state)) {
            if (candidate.ordinal() > step.ordinal()) {
                return candidate.path();
            }
        }
        return first.map(Step::path).orElse(CHECK_ANSWERS);
    }

    /** The back link of a step page. */
    public String back(Step step, boolean change, WizardState state) {
        if (change && allAnswered(state)) {
            return CHECK_ANSWERS;
        }
        String previous = START;
        for (Step candidate : journey(state)) {
            if (candidate.ordinal() >= step.ordinal()) {
                break;
            }
            previous = candidate.path();
        }
        return previous;
    }

    /** Where the check-answers page may send someone whose answers are not complete. */
    public Optional<String> redirectIfIncomplete(WizardState state) {
        return firstUnanswered(state).map(Step::path);
    }

    public String changeUrl(Step step) {
        return step.path() + "?" + CHANGE_PARAM + "=true";
    }

    /** A Change link from the check-answers page that lands on the field itself. */
    public String changeUrl(Step step, String field) {
        return changeUrl(step) + "#" + field;
    }

    public String firstStep() {
        return Step.COMPATIBILITY.path();
    }
}
