package org.lyncowa.plan;

import java.io.Serializable;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 2 answers (P-2). When {@code umServicesColocated} is true every other field is null or empty. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrustedPool(
        Boolean umServicesColocated,
        @HostName String owaPoolFqdn,
        @HostName String registrarPoolFqdn,
        @SiteId String siteId,
        @Pattern(regexp = "[A-Za-z0-9]{1,64}", message = "{applicationId.invalid}") String applicationId,
        @Min(value = 1, message = "{port.range}") @Max(value = 65535, message = "{port.range}") Integer port,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.POOL_COMPUTERS_MAX, groups = Bound.class)
        List<@HostName String> poolComputers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.DIAL_PLANS_MAX, groups = Bound.class)
        List<@PlainText(max = PlanRules.NAME_MAX) String> sipUriDialPlans) implements Serializable {

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
