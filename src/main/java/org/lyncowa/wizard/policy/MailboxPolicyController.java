package org.lyncowa.wizard.policy;

import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.MAILBOX_POLICY)
class MailboxPolicyController extends StepController<MailboxPolicyForm> {

    /** Asked only while IM is enabled ({@link org.lyncowa.wizard.Navigator}, P-3.8). */
    MailboxPolicyController(StepFlow flow) {
        super(Step.MAILBOX_POLICY, flow, MailboxPolicyForm::from, MailboxPolicyForm::applyTo);
    }
}
