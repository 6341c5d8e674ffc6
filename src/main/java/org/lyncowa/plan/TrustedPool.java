package org.lyncowa.plan;

import java.io.Serializable;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/** Step 2 answers (P-2). When {@code umServicesColocated} is true every other field is null or empty. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrustedPool(
        Boolean umServicesColocated,
        String owaPoolFqdn,
        String registrarPoolFqdn,
        String siteId,
        String applicationId,
        Integer port,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.POOL_COMPUTERS_MAX, message = "{list.tooMany}")
        List<String> poolComputers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.DIAL_PLANS_MAX, message = "{list.tooMany}")
        List<String> sipUriDialPlans) implements Serializable {

    public TrustedPool {
        poolComputers = Lists.copyOrEmpty(poolComputers);
        sipUriDialPlans = Lists.copyOrEmpty(sipUriDialPlans);
    }

    /** True when the plan creates a trusted application pool (P-2.3), false when UM is co-located (P-2.1). */
    public boolean createsPool() {
        return Boolean.FALSE.equals(umServicesColocated);
    }

    public static TrustedPool colocated() {
        return new TrustedPool(true, null, null, null, null, null, List.of(), List.of());
    }
}
