package org.lyncowa.plan;

import java.io.Serializable;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/** Step 4 answers (P-4). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MailboxPolicy(PolicyScope scope,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.POLICIES_MAX, groups = Bound.class)
        List<@PlainText(max = PlanRules.NAME_MAX) String> policies) implements Serializable {

    public MailboxPolicy {
        policies = Lists.copyOrEmpty(policies);
    }
}
