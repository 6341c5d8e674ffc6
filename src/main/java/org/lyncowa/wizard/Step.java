package org.lyncowa.wizard;

import org.lyncowa.plan.PlanIssue;

/**
 * The wizard's step pages in journey order. Each step edits one section of the plan
 * (verification only shows what success looks like). Which steps apply, and in which order
 * they are visited, is decided by {@link Navigator} alone.
 */
public enum Step {
    COMPATIBILITY(Paths.COMPATIBILITY, "compatibility"),
    TRUSTED_POOL(Paths.TRUSTED_POOL, "trustedPool"),
    INSTANT_MESSAGING(Paths.INSTANT_MESSAGING, "instantMessaging"),
    MAILBOX_POLICY(Paths.MAILBOX_POLICY, "mailboxPolicy"),
    VERIFICATION(Paths.VERIFICATION, null);

    /** URL paths, as constants so each controller can map its own page. */
    public static final class Paths {
        public static final String COMPATIBILITY = "/steps/compatibility";
        public static final String TRUSTED_POOL = "/steps/trusted-pool";
        public static final String INSTANT_MESSAGING = "/steps/instant-messaging";
        public static final String MAILBOX_POLICY = "/steps/mailbox-policy";
        public static final String VERIFICATION = "/steps/verification";

        private Paths() {
        }
    }

    private final String path;
    private final String section;

    Step(String path, String section) {
        this.path = path;
        this.section = section;
    }

    public String path() {
        return path;
    }

    /** The step page's template: its path without the leading slash ({@code steps/trusted-pool}). */
    public String view() {
        return path.substring(1);
    }

    /** The plan section the step edits, or null for a step without answers. */
    public String section() {
        return section;
    }

    /**
     * The step whose page must show (and fix) an issue. The rules report "IM enabled but the
     * runtime is not confirmed" at the compatibility answer, but it is the IM choice that
     * triggers it, so it belongs to the IM step; the title is asked on the first page.
     */
    public static Step owning(PlanIssue issue) {
        if ("ucma.notConfirmed".equals(issue.code())) {
            return INSTANT_MESSAGING;
        }
        String section = issue.section();
        if ("title".equals(section)) {
            return COMPATIBILITY;
        }
        for (Step step : values()) {
            if (section.equals(step.section)) {
                return step;
            }
        }
        return null;
    }
}
