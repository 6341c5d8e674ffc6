package org.lyncowa.plan;

import java.io.Serializable;
import java.util.List;

/** Step 4 answers (P-4). */
public record MailboxPolicy(PolicyScope scope, List<String> policies) implements Serializable {

    public MailboxPolicy {
        policies = Lists.copyOrEmpty(policies);
    }
}
