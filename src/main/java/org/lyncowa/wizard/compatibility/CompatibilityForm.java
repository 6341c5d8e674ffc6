package org.lyncowa.wizard.compatibility;

import java.util.List;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;

/** The compatibility page: the plan title and the section's typed answers. */
public record CompatibilityForm(String title, LyncServer lyncServer, ExchangeServer exchangeServer,
        Boolean ucmaRuntimeConfirmed) {

    static CompatibilityForm from(Plan saved) {
        Compatibility answer = saved.compatibility();
        String title = saved.title() == null ? "" : saved.title();
        return answer == null ? new CompatibilityForm(title, null, null, null)
                : new CompatibilityForm(title, answer.lyncServer(), answer.exchangeServer(), answer.ucmaRuntimeConfirmed());
    }

    static Plan applyTo(CompatibilityForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(form.title(), new Compatibility(form.lyncServer(), form.exchangeServer(), form.ucmaRuntimeConfirmed()),
                saved.trustedPool(), saved.instantMessaging(), saved.mailboxPolicy());
    }
}
