package org.lyncowa.wizard.pool;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.TrustedPool;

/** The trusted-pool page; lists are one entry per line. */
public record TrustedPoolForm(Boolean umServicesColocated, String owaPoolFqdn, String registrarPoolFqdn, String siteId,
        String applicationId, Integer port, List<String> poolComputers, List<String> sipUriDialPlans) {

    private static final String COLOCATED_PATH = "trustedPool.umServicesColocated";
    private static final String DIAL_PLANS_PATH = "trustedPool.sipUriDialPlans";

    static TrustedPoolForm from(Plan saved) {
        TrustedPool answer = saved.trustedPool();
        if (answer == null || answer.umServicesColocated() == null || !answer.createsPool()) {
            // Co-located: no pool fields apply; offer the defaults again in case the answer changes.
            Boolean colocated = answer == null ? null : answer.umServicesColocated();
            return new TrustedPoolForm(colocated, "", "", "", PlanRules.DEFAULT_APPLICATION_ID, PlanRules.DEFAULT_PORT,
                    List.of(), List.of());
        }
        return new TrustedPoolForm(false, answer.owaPoolFqdn(), answer.registrarPoolFqdn(), answer.siteId(),
                answer.applicationId(), answer.port(), answer.poolComputers(), answer.sipUriDialPlans());
    }

    static Plan applyTo(TrustedPoolForm form, Plan saved, List<PlanIssue> readErrors) {
        TrustedPoolForm answered = form;
        if (!saved.asksUnifiedMessaging()) {
            // P-8.4, P-7.3: the page asks neither UM question for this Exchange version; the pool is
            // always created, so whatever was posted for those two fields does not apply.
            readErrors.removeIf(e -> e.path().equals(COLOCATED_PATH) || e.path().startsWith(DIAL_PLANS_PATH));
            answered = new TrustedPoolForm(false, form.owaPoolFqdn(), form.registrarPoolFqdn(), form.siteId(),
                    form.applicationId(), form.port(), form.poolComputers(), List.of());
        }
        if (Boolean.TRUE.equals(answered.umServicesColocated())) {
            readErrors.clear();
        }
        return new Plan(saved.title(), saved.compatibility(), answered.toAnswer(), saved.instantMessaging(),
                saved.mailboxPolicy());
    }

    private TrustedPool toAnswer() {
        if (Boolean.TRUE.equals(umServicesColocated)) {
            // P-2.1: no pool is created, so whatever was typed in the pool fields does not apply.
            return TrustedPool.colocated();
        }
        if (umServicesColocated == null) {
            return new TrustedPool(null, null, null, null, null, null, List.of(), List.of());
        }
        return new TrustedPool(false, owaPoolFqdn, registrarPoolFqdn, siteId, applicationId, port,
                poolComputers == null ? List.of() : poolComputers, sipUriDialPlans == null ? List.of() : sipUriDialPlans);
    }
}
