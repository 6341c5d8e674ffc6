package org.lyncowa.api;

import org.lyncowa.plan.PlanCheck;

/**
 * Why the API does not take a request's plan, beyond the reading errors {@code PlanJson} and
 * {@code PlanSizeLimit} throw themselves; {@link Problems} answers each with its problem document.
 */
abstract sealed class PlanRefusedException extends Exception {

    PlanRefusedException(String message) {
        super(message, null, false, false);
    }

    /** The body is not JSON by its Content-Type (415). */
    static final class NotJsonMediaType extends PlanRefusedException {
        NotJsonMediaType() {
            super("not a JSON media type");
        }
    }

    /** The plan breaks rules (422): every error and warning the check found. */
    static final class InvalidPlan extends PlanRefusedException {
        private final transient PlanCheck check;

        InvalidPlan(PlanCheck check) {
            super("invalid plan");
            this.check = check;
        }

        PlanCheck check() {
            return check;
        }
    }
}
