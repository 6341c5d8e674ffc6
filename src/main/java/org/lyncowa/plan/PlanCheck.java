package org.lyncowa.plan;

import java.util.List;

/**
 * The outcome of checking a plan: the normalised plan (trimmed, prefixes stripped, host names
 * lower-case, thumbprint upper-case, defaults filled in), every error and every warning.
 */
public record PlanCheck(Plan plan, List<PlanIssue> errors, List<PlanIssue> warnings) {

    /**
     * The API and the import page report at most this many errors, and how many more there are,
     * so that the answer to any plan stays small (issue 12); the first ones are what a person fixes first.
     */
    public static final int ERRORS_REPORTED = 100;

    public PlanCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * The plan as a {@link ValidPlan}, for code that must not run on an invalid one.
     *
     * @throws IllegalArgumentException when the plan has errors
     */
    public ValidPlan validPlan() {
        if (!valid()) {
            throw new IllegalArgumentException("invalid plan: " + errors);
        }
        return new ValidPlan(plan, warnings);
    }

    /** The errors to report: the first {@link #ERRORS_REPORTED}. */
    public List<PlanIssue> reportedErrors() {
        return errors.size() <= ERRORS_REPORTED ? errors : errors.subList(0, ERRORS_REPORTED);
    }

    /** How many errors {@link #reportedErrors()} leaves out. */
    public int omittedErrors() {
        return errors.size() - reportedErrors().size();
    }

    public List<PlanIssue> errorsIn(String section) {
        return errors.stream().filter(e -> e.section().equals(section)).toList();
    }

    public List<PlanIssue> warningsIn(String section) {
        return warnings.stream().filter(e -> e.section().equals(section)).toList();
    }
}
