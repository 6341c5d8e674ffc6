package org.lyncowa.plan;

/** Which OWA mailbox policies get IM (P-4). */
public enum PolicyScope {
    /** Only the policy named "Default" (P-4.1). */
    DEFAULT,
    /** The policies the plan names. */
    NAMED,
    /** Every policy (P-4.2). */
    ALL
}
