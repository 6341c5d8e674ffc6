package org.lyncowa.wizard.policy;

import java.util.List;

import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PolicyScope;

/** The mailbox-policy page; policy names are one per line. */
public record MailboxPolicyForm(PolicyScope scope, List<String> policies) {

    static MailboxPolicyForm from(Plan saved) {
        MailboxPolicy answer = saved.mailboxPolicy();
        return answer == null ? new MailboxPolicyForm(null, List.of()) : new MailboxPolicyForm(answer.scope(), answer.policies());
    }

    static Plan applyTo(MailboxPolicyForm form, Plan saved, List<PlanIssue> readErrors) {
        // Names only apply to the NAMED choice; the others name no policy (P-4.1, P-4.2).
        List<String> names = form.scope() == PolicyScope.NAMED || form.scope() == null ? form.policies() : List.of();
        return new Plan(saved.title(), saved.compatibility(), saved.trustedPool(), saved.instantMessaging(),
                new MailboxPolicy(form.scope(), names == null ? List.of() : names));
    }
}
