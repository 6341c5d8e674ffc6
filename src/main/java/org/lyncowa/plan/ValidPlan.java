package org.lyncowa.plan;

import java.util.List;
import java.util.Objects;

/**
 * A plan that passed every rule, normalised, with its warnings. Only {@link PlanCheck#validPlan()}
 * makes one (the constructor is package-private), so code that takes a {@code ValidPlan} (the bundle,
 * the scripts, the downloads) never checks again: a download checks the plan once.
 */
public final class ValidPlan {

    private final Plan plan;
    private final List<PlanIssue> warnings;

    ValidPlan(Plan plan, List<PlanIssue> warnings) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.warnings = List.copyOf(warnings);
    }

    /** The normalised plan. */
    public Plan plan() {
        return plan;
    }

    public List<PlanIssue> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidPlan v && plan.equals(v.plan) && warnings.equals(v.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, warnings);
    }

    @Override
    public String toString() {
        return "ValidPlan[" + plan + "]";
    }
}
