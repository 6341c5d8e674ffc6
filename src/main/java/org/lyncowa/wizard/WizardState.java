package org.lyncowa.wizard;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;

/**
 * One browser session's answers: the plan as saved so far (normalised by the rules) and which
 * steps are complete. Saving an answer drops later answers that no longer apply and marks later
 * steps whose answers no longer pass the rules as incomplete, keeping their values so the page
 * can pre-fill them. Stored in the session as plan-file JSON by {@link WizardSession}.
 */
public class WizardState {

    private static final Plan EMPTY = new Plan(null, null, null, null, null);

    private Plan plan = EMPTY;
    private final EnumSet<Step> complete = EnumSet.noneOf(Step.class);
    /** The answers came from a bundled example plan: pages say so until the journey starts over. */
    private boolean example;

    public WizardState() {
    }

    /** A state as stored: the plan, the steps done and whether it is example data. */
    WizardState(Plan plan, Set<Step> complete, boolean example) {
        this.plan = plan;
        this.complete.addAll(complete);
        this.example = example;
    }

    /** The same answers in a state of its own (the plan is immutable, the steps done are copied). */
    WizardState copy() {
        return new WizardState(plan, complete, example);
    }

    public Plan plan() {
        return plan;
    }

    public boolean isComplete(Step step) {
        return complete.contains(step);
    }

    /** The steps done, in journey order. */
    public Set<Step> completeSteps() {
        return EnumSet.copyOf(complete);
    }

    /** Whether the plan holds an answer (saved, possibly no longer valid) for the step's section. */
    public boolean answered(Step step) {
        return switch (step) {
            case COMPATIBILITY -> plan.compatibility() != null;
            case TRUSTED_POOL -> plan.trustedPool() != null;
            case INSTANT_MESSAGING -> plan.instantMessaging() != null;
            case MAILBOX_POLICY -> plan.mailboxPolicy() != null;
            case VERIFICATION -> complete.contains(step);
        };
    }

    public boolean isEmpty() {
        return complete.isEmpty() && plan.compatibility() == null && plan.title() == null;
    }

    public boolean isExample() {
        return example;
    }

    /**
     * Saves one step's answer: the plan as checked for that step (its other sections are the saved
     * ones), then drops what no longer applies and rechecks the later steps.
     */
    public void save(Step step, Plan checked) {
        Plan next = switch (step) {
            case COMPATIBILITY -> withCompatibility(checked);
            case TRUSTED_POOL -> new Plan(plan.title(), plan.compatibility(), checked.trustedPool(),
                    plan.instantMessaging(), plan.mailboxPolicy());
            case INSTANT_MESSAGING -> withInstantMessaging(checked.instantMessaging());
            case MAILBOX_POLICY -> new Plan(plan.title(), plan.compatibility(), plan.trustedPool(),
                    plan.instantMessaging(), checked.mailboxPolicy());
            case VERIFICATION -> plan;
        };
        plan = next;
        completed(step);
    }

    private Plan withCompatibility(Plan checked) {
        InstantMessaging im = plan.instantMessaging();
        // Exchange 2010 has no Mailbox-server IM settings (P-7.4): that answer no longer applies.
        if (checked.compatibility() != null && checked.compatibility().exchangeServer() == ExchangeServer.EXCHANGE_2010
                && im != null && !im.mailboxServers().isEmpty()) {
            // Per-server thumbprints (P-9.2) are kept only for servers that are still asked for.
            Map<String, String> certificates = new LinkedHashMap<>(im.certificates());
            certificates.keySet().retainAll(im.clientAccessServers());
            im = new InstantMessaging(im.mode(), java.util.List.of(), im.clientAccessServers(), im.certificateSource(),
                    im.certificateThumbprint(), certificates, im.imServerName(), im.settingOverrideName());
        }
        return new Plan(checked.title(), checked.compatibility(), plan.trustedPool(), im, plan.mailboxPolicy());
    }

    private Plan withInstantMessaging(InstantMessaging answer) {
        if (answer != null && !Plan.asksMailboxPolicy(answer)) {
            // Not integrating (P-3.8): no mailbox policy is changed, so that answer is dropped.
            complete.remove(Step.MAILBOX_POLICY);
            return new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), answer, null);
        }
        return new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), answer, plan.mailboxPolicy());
    }

    public void markVerificationSeen() {
        complete.add(Step.VERIFICATION);
    }

    /** Replaces every answer with an imported, valid, normalised plan: the whole journey is done. */
    public void replaceWith(Plan plan) {
        example = false;
        this.plan = plan;
        complete.clear();
        complete.addAll(EnumSet.allOf(Step.class));
        if (!Plan.asksMailboxPolicy(plan.instantMessaging())) {
            complete.remove(Step.MAILBOX_POLICY);
        }
    }

    /**
     * Starts a journey from a draft (a discovery file's findings, issue 18): its answers pre-fill every step,
     * and no step is complete until the person has confirmed it.
     */
    public void startDraft(Plan draft) {
        example = false;
        plan = draft;
        complete.clear();
    }

    /** Changes answers of a draft (a choice among the findings) without changing which steps are done. */
    public void changeDraft(Plan draft) {
        plan = draft;
        recheck();
    }

    /** Like {@link #replaceWith}, for an example plan: the answers stay marked as example data. */
    public void loadExample(Plan plan) {
        replaceWith(plan);
        example = true;
    }

    private void completed(Step step) {
        complete.add(step);
        recheck();
    }

    /** Every completed step whose answers the rules now refuse becomes incomplete again. */
    private void recheck() {
        PlanCheck check = PlanRules.check(plan);
        for (PlanIssue error : check.errors()) {
            Step owner = Step.owning(error);
            if (owner != null) {
                complete.remove(owner);
            }
        }
    }
}
