package org.lyncowa.plan;

import jakarta.validation.ConstraintValidatorContext;

/** The rules of step 4 across the plan (P-4), in the group {@link Answers}; the names are {@link MailboxPolicy}'s. */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** The group of the answers that apply and of the list of names. */
    public interface Answers {
    }

    /**
     * Step 4 is required while IM is enabled ({@link Plan#asksMailboxPolicy}); a scope is required; names
     * only with the NAMED scope ({@code notApplicable.scope}), then 1–{@value PlanRules#POLICIES_MAX} of
     * them, none twice (P-4.1, P-4.2).
     */
    static final class AnswersApply implements PlanRule.Check {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            MailboxPolicy policy = plan.mailboxPolicy();
            RuleContext rules = Violations.rules(context);
            if (policy == null) {
                InstantMessaging im = rules.normalised().instantMessaging();
                return im == null || !im.enables() || Violations.reportAt(context, "mailboxPolicy", null, 0, "required");
            }
            if (policy.scope() == null) {
                return Violations.reportAt(context, "mailboxPolicy.scope", null, 0, "required");
            }
            if (policy.scope() != PolicyScope.NAMED) {
                return !RuleContext.present(policy.policies())
                        || Violations.reportAt(context, "mailboxPolicy.policies", null, 0, "notApplicable.scope");
            }
            return !rules.listRules("mailboxPolicy.policies", policy.policies(), 1, PlanRules.POLICIES_MAX, false,
                    (path, element, code, args) -> Violations.reportAt(context, path, element, 0, code, args));
        }
    }
}
