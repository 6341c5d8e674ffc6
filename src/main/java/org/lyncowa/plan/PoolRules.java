package org.lyncowa.plan;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.ConstraintValidatorContext;

/**
 * The rules of step 2 across the plan (P-2, P-7.3, P-8.4): which answers apply ({@link Applies}),
 * then the pool's lists ({@link Lists}); the pool's values are {@link TrustedPool}'s own constraints.
 */
public final class PoolRules {

    private PoolRules() {
    }

    /** The group of the answers that apply, and of the step's presence. */
    public interface Applies {
    }

    /** The group of the pool's list rules. */
    public interface Lists {
    }

    /**
     * The co-location answer is required, it decides what else applies (P-2.1: with UM co-located
     * nothing else is asked, {@code notApplicable.umServicesColocated}), and the Exchange version decides
     * whether the UM questions are asked at all ({@link PlanRules#umQuestions}, {@code notApplicable.exchangeServer}).
     */
    static final class AnswersApply implements PlanRule.Check {
        private static final List<String> POOL_FIELDS = List.of("owaPoolFqdn", "registrarPoolFqdn", "siteId",
                "applicationId", "port", "poolComputers", "sipUriDialPlans");

        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            TrustedPool pool = plan.trustedPool();
            PlanRules.UmQuestions um = umQuestions(plan);
            if (um == null) {
                return true;
            }
            boolean valid = true;
            for (String field : um.notApplicable()) {
                valid = Violations.reportAt(context, "trustedPool." + field, null, 0, "notApplicable.exchangeServer");
            }
            if (um.colocated() == null) {
                valid = Violations.reportAt(context, "trustedPool.umServicesColocated", null, 0, "required");
            } else if (um.colocated()) {
                List<Object> values = Arrays.asList(pool.owaPoolFqdn(), pool.registrarPoolFqdn(), pool.siteId(),
                        pool.applicationId(), pool.port(), pool.poolComputers(), pool.sipUriDialPlans());
                for (int i = 0; i < POOL_FIELDS.size(); i++) {
                    if (RuleContext.present(values.get(i))) {
                        valid = Violations.reportAt(context, "trustedPool." + POOL_FIELDS.get(i), null, 0,
                                "notApplicable.umServicesColocated");
                    }
                }
            }
            return valid;
        }
    }

    /** The pool's computers (at most 100) and SIP URI dial plans (at most 50, where asked): no entry twice. */
    static final class ListsValid implements PlanRule.Check {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            TrustedPool pool = plan.trustedPool();
            PlanRules.UmQuestions um = umQuestions(plan);
            if (um == null || !Boolean.FALSE.equals(um.colocated())) {
                return true;
            }
            RuleContext rules = Violations.rules(context);
            RuleContext.Report report = (path, element, code, args) ->
                    Violations.reportAt(context, path, element, 0, code, args);
            boolean reported = rules.listRules("trustedPool.poolComputers", pool.poolComputers(), 0,
                    PlanRules.POOL_COMPUTERS_MAX, true, report);
            if (um.dialPlansAsked()) {
                reported |= rules.listRules("trustedPool.sipUriDialPlans", pool.sipUriDialPlans(), 0,
                        PlanRules.DIAL_PLANS_MAX, false, report);
            }
            return !reported;
        }
    }

    /** The UM questions' answers of the plan's pool ({@link PlanRules#umQuestions}), or null without a pool. */
    private static PlanRules.UmQuestions umQuestions(Plan plan) {
        return plan.trustedPool() == null ? null
                : PlanRules.umQuestions(plan.trustedPool(), exchange(plan), mode(plan));
    }

    static ExchangeServer exchange(Plan plan) {
        return plan.compatibility() == null ? null : plan.compatibility().exchangeServer();
    }

    static ImMode mode(Plan plan) {
        return plan.instantMessaging() == null ? null : plan.instantMessaging().mode();
    }
}
