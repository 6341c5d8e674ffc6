package org.lyncowa.wizard.policy;

import java.util.List;

import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.wizard.FormValues;
import org.lyncowa.wizard.Lines;

/** The mailbox-policy page as typed; policy names are one per line. */
public record MailboxPolicyForm(String scope, String policies) {

    static MailboxPolicyForm from(Plan saved) {
        return from(saved.mailboxPolicy());
    }

    static Plan applyTo(MailboxPolicyForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(saved.title(), saved.compatibility(), saved.trustedPool(), saved.instantMessaging(),
                form.toAnswer(readErrors));
    }

    private static MailboxPolicyForm from(MailboxPolicy answer) {
        if (answer == null) {
            return new MailboxPolicyForm("", "");
        }
        return new MailboxPolicyForm(FormValues.text(answer.scope()), Lines.join(answer.policies()));
    }

    MailboxPolicy toAnswer(List<PlanIssue> readErrors) {
        PolicyScope chosen = FormValues.enumValue(scope, PolicyScope.class, "mailboxPolicy.scope", readErrors);
        // Names only apply to the NAMED choice; the others name no policy (P-4.1, P-4.2).
        return new MailboxPolicy(chosen, chosen == PolicyScope.NAMED || chosen == null ? Lines.split(policies) : List.of());
    }
}
