package org.lyncowa.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the plan's rule validators know besides the plan as given: the errors its reading already
 * found (no second error for the same value, and a rule that needs an unreadable value says nothing),
 * and the plan normalised ({@link PlanNormaliser}). Given to them as Hibernate Validator's constraint
 * validator payload. The read errors' paths are kept in sets (each path and every path it lies under),
 * so that asking about a path costs its own length: a plan with tens of thousands of them is checked
 * in linear time (issue 12).
 */
record RuleContext(Set<String> knownPaths, Set<String> knownParents, Set<String> knownFields, Plan normalised) {

    static RuleContext of(Collection<PlanIssue> readErrors, Plan normalised) {
        Set<String> paths = new HashSet<>();
        Set<String> parents = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (PlanIssue e : readErrors) {
            String path = e.path();
            paths.add(path);
            fields.add(e.fieldPath());
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '.' || c == '[') {
                    parents.add(path.substring(0, i));
                }
            }
        }
        return new RuleContext(paths, parents, fields, normalised);
    }

    /** True when a value whose reading failed is at, under or above this path. */
    boolean known(String path) {
        return knownParents.contains(path) || knownExactly(path);
    }

    /** True when a value whose reading failed is at this path or above it: nothing more is said of it. */
    boolean knownExactly(String path) {
        if (knownPaths.isEmpty()) {
            return false;
        }
        if (knownPaths.contains(path)) {
            return true;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && knownPaths.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /** True when reading failed for this field or one of its entries ({@code instantMessaging.mailboxServers[2]}). */
    boolean unreadable(String fieldPath) {
        return knownFields.contains(fieldPath);
    }

    /** Whether a value counts as given: text that is not all space, a list with such an entry, anything else not null. */
    static boolean present(Object value) {
        return value instanceof String s ? PlanValues.clean(s) != null
                : value instanceof List<?> l ? l.stream().anyMatch(v -> v instanceof String s && PlanValues.clean(s) != null)
                : value != null;
    }

    /**
     * The list rules of the plan (plan-and-bundle.md): a list longer than {@code max} is one
     * {@code list.tooMany} and its entries are not looked at (issue 12); an entry given twice
     * ({@code list.duplicate}, host names compared lower-case, names ignoring case) is reported at its
     * index; fewer than {@code min} entries is {@code required}. Reports through {@code report}; true
     * when it reported anything.
     */
    boolean listRules(String path, List<String> raw, int min, int max, boolean hosts, Report report) {
        if (tooMany(path, raw, max)) {
            report.at(path, null, "list.tooMany", max);
            return true;
        }
        boolean reported = false;
        Set<String> seen = new HashSet<>();
        List<String> given = raw == null ? List.of() : raw;
        int entries = 0;
        for (int i = 0; i < given.size(); i++) {
            String value = PlanNormaliser.entry(given.get(i), hosts);
            if (value == null) {
                continue;
            }
            entries++;
            boolean comparable = hosts ? PlanRules.hostProblem(value) == null
                    : value.codePointCount(0, value.length()) <= PlanRules.NAME_MAX && !PlanValues.hasControl(value)
                            && PlanValues.firstInvisible(value) < 0;
            if (comparable && !seen.add(hosts ? value : value.toLowerCase(Locale.ROOT))) {
                report.at(path, i, "list.duplicate", value);
                reported = true;
            }
        }
        if (!known(path) && entries < min) {
            report.at(path, null, "required");
            reported = true;
        } else if (!known(path) && entries > max) {
            report.at(path, null, "list.tooMany", max);
            reported = true;
        }
        return reported;
    }

    /** A list over its bound (blank entries not counted), unless its reading already failed. */
    boolean tooMany(String path, List<String> raw, int max) {
        if (raw == null || raw.size() <= max || known(path)) {
            return false;
        }
        return raw.stream().filter(v -> v == null || !v.isBlank()).count() > max;
    }

    /** Where a rule reports: a dotted path, an element (index or key) or null, the code and its arguments. */
    interface Report {
        void at(String path, Object element, String code, Object... args);
    }

    static List<String> compact(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
