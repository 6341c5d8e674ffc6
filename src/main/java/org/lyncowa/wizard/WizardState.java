package org.lyncowa.wizard;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.TrustedPool;

/**
 * One browser session's answers: the plan sections saved so far (normalised by the rules) and
 * which steps are complete. Saving an answer drops later answers that no longer apply and
 * marks later steps whose answers no longer pass the rules as incomplete, keeping their values
 * so the page can pre-fill them. Serializable because sessions may be stored outside memory.
 */
public class WizardState implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String title;
    private Compatibility compatibility;
    private TrustedPool trustedPool;
    private InstantMessaging instantMessaging;
    private MailboxPolicy mailboxPolicy;
    private final EnumSet<Step> complete = EnumSet.noneOf(Step.class);
    /** The answers came from a bundled example plan: pages say so until the journey starts over. */
    private boolean example;

    public Plan plan() {
        return new Plan(title, compatibility, trustedPool, instantMessaging, mailboxPolicy);
    }

    public boolean isComplete(Step step) {
        return complete.contains(step);
    }

    public boolean isEmpty() {
        return complete.isEmpty() && compatibility == null && title == null;
    }

    public boolean isExample() {
        return example;
    }

    public String title() {
        return title;
    }

    public Compatibility compatibility() {
        return compatibility;
    }

    public TrustedPool trustedPool() {
        return trustedPool;
    }

    public InstantMessaging instantMessaging() {
        return instantMessaging;
    }

    public MailboxPolicy mailboxPolicy() {
        return mailboxPolicy;
    }

    public void saveCompatibility(String title, Compatibility answer) {
        this.title = title;
        this.compatibility = answer;
        // Exchange 2010 has no Mailbox-server IM settings (P-7.4): that answer no longer applies.
        if (answer != null && answer.exchangeServer() == ExchangeServer.EXCHANGE_2010 && instantMessaging != null
                && !instantMessaging.mailboxServers().isEmpty()) {
            // Per-server thumbprints (P-9.2) are kept only for servers that are still asked for.
            Map<String, String> certificates = new LinkedHashMap<>(instantMessaging.certificates());
            certificates.keySet().retainAll(instantMessaging.clientAccessServers());
            instantMessaging = new InstantMessaging(instantMessaging.mode(), List.of(),
                    instantMessaging.clientAccessServers(), instantMessaging.certificateSource(),
                    instantMessaging.certificateThumbprint(), certificates, instantMessaging.imServerName(),
                    instantMessaging.settingOverrideName());
        }
        completed(Step.COMPATIBILITY);
    }

    /** A co-located answer arrives already without pool fields (the rules normalise it to that). */
    public void saveTrustedPool(TrustedPool answer) {
        this.trustedPool = answer;
        completed(Step.TRUSTED_POOL);
    }

    public void saveInstantMessaging(InstantMessaging answer) {
        this.instantMessaging = answer;
        if (answer != null && !Plan.asksMailboxPolicy(answer)) {
            // Not integrating (P-3.8): no mailbox policy is changed, so that answer is dropped.
            this.mailboxPolicy = null;
            complete.remove(Step.MAILBOX_POLICY);
        }
        completed(Step.INSTANT_MESSAGING);
    }

    public void saveMailboxPolicy(MailboxPolicy answer) {
        this.mailboxPolicy = answer;
        completed(Step.MAILBOX_POLICY);
    }

    public void markVerificationSeen() {
        complete.add(Step.VERIFICATION);
    }

    /** Replaces every answer with an imported, valid, normalised plan: the whole journey is done. */
    public void replaceWith(Plan plan) {
        example = false;
        title = plan.title();
        compatibility = plan.compatibility();
        trustedPool = plan.trustedPool();
        instantMessaging = plan.instantMessaging();
        mailboxPolicy = plan.mailboxPolicy();
        complete.clear();
        complete.addAll(EnumSet.allOf(Step.class));
        if (!Plan.asksMailboxPolicy(plan.instantMessaging())) {
            complete.remove(Step.MAILBOX_POLICY);
        }
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
        PlanCheck check = PlanRules.check(plan());
        for (PlanIssue error : check.errors()) {
            Step owner = Step.owning(error);
            if (owner != null) {
                complete.remove(owner);
            }
        }
    }
}
