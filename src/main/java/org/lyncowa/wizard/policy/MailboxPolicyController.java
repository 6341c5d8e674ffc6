package org.lyncowa.wizard.policy;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.MAILBOX_POLICY)
class MailboxPolicyController extends StepController<MailboxPolicyForm> {

    static final String VIEW = "steps/mailbox-policy";

    MailboxPolicyController(StepFlow flow) {
        super(Step.MAILBOX_POLICY, VIEW, flow);
    }

    @Override
    protected MailboxPolicyForm form(Plan saved) {
        return MailboxPolicyForm.from(saved.mailboxPolicy());
    }

    @Override
    protected Plan apply(MailboxPolicyForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(saved.title(), saved.compatibility(), saved.trustedPool(), saved.instantMessaging(),
                form.toAnswer(readErrors));
    }
}
