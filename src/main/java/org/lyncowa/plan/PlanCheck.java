package org.lyncowa.plan;

import java.util.List;

/**
 * The outcome of checking a plan: the normalised plan (trimmed, prefixes stripped, host names
 * lower-case, thumbprint upper-case, defaults filled in), every error and every warning.
 */
public record PlanCheck(Plan plan, List<PlanIssue> errors, List<PlanIssue> warnings) {

    public PlanCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<PlanIssue> errorsIn(String section) {
        return errors.stream().filter(e -> e.section().equals(section)).toList();
    }

    public List<PlanIssue> warningsIn(String section) {
        return warnings.stream().filter(e -> e.section().equals(section)).toList();
    }
}
