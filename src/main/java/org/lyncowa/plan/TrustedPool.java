package org.lyncowa.plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hibernate.validator.group.GroupSequenceProvider;
import org.hibernate.validator.spi.group.DefaultGroupSequenceProvider;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 2 answers (P-2). When {@code umServicesColocated} is true every other field is null or empty. The
 * names and the SiteId are required only when the pool is created ({@link Created}, chosen by {@link Groups}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PoolNamesDiffer
@GroupSequenceProvider(TrustedPool.Groups.class)
public record TrustedPool(
        Boolean umServicesColocated,
        @NotNull(groups = Created.class, message = "{required}") @HostName String owaPoolFqdn,
        @NotNull(groups = Created.class, message = "{required}") @HostName String registrarPoolFqdn,
        @NotNull(groups = Created.class, message = "{required}") @SiteId String siteId,
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

    /** The constraints that apply only when the pool is created (P-2.3), not with UM co-located (P-2.1). */
    public interface Created {
    }

    /** The default group of a pool, plus {@link Created} when it creates one. */
    public static final class Groups implements DefaultGroupSequenceProvider<TrustedPool> {
        @Override
        public List<Class<?>> getValidationGroups(Class<?> type, TrustedPool pool) {
            List<Class<?>> groups = new ArrayList<>(List.of(TrustedPool.class));
            if (pool != null && pool.createsPool()) {
                groups.add(Created.class);
            }
            return groups;
        }
    }

    public static TrustedPool colocated() {
        return new TrustedPool(true, null, null, null, null, null, List.of(), List.of());
    }
}
