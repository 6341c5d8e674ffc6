package org.lyncowa.plan;

import java.util.List;

import jakarta.validation.ConstraintValidatorContext;

/** The rules of step 1 across the plan (P-1, P-8.1), in the group {@link Pair}. */
public final class CompatibilityRules {

    private CompatibilityRules() {
    }

    /** The group of the pair rule and of the step's presence; after the step's own values. */
    public interface Pair {
    }

    /**
     * The versions and the pair (P-8.1). A pair the table does not support is refused only when IM
     * would be enabled (an unanswered mode counts as enabling, as the wizard asks step 1 first):
     * switching OWA IM off (P-3.8) works with every pair ({@code compatibility.unsupported-pair}, at
     * {@code compatibility.exchangeServer}, naming each version's partners).
     */
    static final class SupportedPair implements PlanRule.Check {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            Compatibility c = plan.compatibility();
            if (c == null || c.lyncServer() == null || c.exchangeServer() == null
                    || IntegrationPath.of(c.lyncServer(), c.exchangeServer()) != IntegrationPath.NOT_SUPPORTED
                    || (plan.instantMessaging() != null && plan.instantMessaging().mode() == ImMode.DISABLE)) {
                return true;
            }
            return Violations.reportAt(context, "compatibility.exchangeServer", null, 0,
                    "compatibility.unsupported-pair", c.lyncServer().productName(), c.exchangeServer().productName(),
                    productNames(IntegrationPath.partnersOf(c.lyncServer())),
                    productNames(IntegrationPath.partnersOf(c.exchangeServer())));
        }

        private static String productNames(List<? extends Enum<?>> versions) {
            return String.join(", ", versions.stream()
                    .map(v -> v instanceof LyncServer l ? l.productName() : ((ExchangeServer) v).productName()).toList());
        }
    }
}
