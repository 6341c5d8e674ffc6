package org.lyncowa.plan;

import java.util.List;

/**
 * One error or warning about a plan.
 *
 * @param path JSON path of the value ({@code trustedPool.port}, {@code instantMessaging.mailboxServers[1]});
 *             {@code $} for the whole document
 * @param code stable machine code ({@code hostname.invalid}); the message key is {@code plan.issue.<code>}
 * @param args message arguments (already plain values, never markup)
 */
public record PlanIssue(String path, String code, List<Object> args) {

    public PlanIssue {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static PlanIssue of(String path, String code, Object... args) {
        return new PlanIssue(path, code, List.of(args));
    }

    /** The path without list indexes: {@code instantMessaging.mailboxServers}. */
    public String fieldPath() {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    /** The last property name of the path: the name of the form field on the step page. */
    public String fieldName() {
        String field = fieldPath();
        return field.substring(field.lastIndexOf('.') + 1);
    }

    /** The top-level section of the path ({@code trustedPool}), or the path itself at the top level. */
    public String section() {
        String field = fieldPath();
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }
}
