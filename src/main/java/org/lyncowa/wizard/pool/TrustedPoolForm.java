package org.lyncowa.wizard.pool;

import java.util.List;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.wizard.FormValues;
import org.lyncowa.wizard.Lines;

/** The trusted-pool page as typed; lists are one entry per line. */
public record TrustedPoolForm(String umServicesColocated, String owaPoolFqdn, String registrarPoolFqdn, String siteId,
        String applicationId, String port, String poolComputers, String sipUriDialPlans) {

    static TrustedPoolForm from(Plan saved) {
        return from(saved.trustedPool());
    }

    static Plan applyTo(TrustedPoolForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(saved.title(), saved.compatibility(), form.toAnswer(readErrors), saved.instantMessaging(),
                saved.mailboxPolicy());
    }

    private static TrustedPoolForm from(TrustedPool answer) {
        if (answer == null || answer.umServicesColocated() == null) {
            return new TrustedPoolForm("", "", "", "", PlanRules.DEFAULT_APPLICATION_ID,
                    String.valueOf(PlanRules.DEFAULT_PORT), "", "");
        }
        if (!answer.createsPool()) {
            // Co-located: no pool fields apply; offer the defaults again in case the answer changes.
            return new TrustedPoolForm("true", "", "", "", PlanRules.DEFAULT_APPLICATION_ID,
                    String.valueOf(PlanRules.DEFAULT_PORT), "", "");
        }
        return new TrustedPoolForm("false", FormValues.text(answer.owaPoolFqdn()),
                FormValues.text(answer.registrarPoolFqdn()), FormValues.text(answer.siteId()),
                FormValues.text(answer.applicationId()), FormValues.text(answer.port()),
                Lines.join(answer.poolComputers()), Lines.join(answer.sipUriDialPlans()));
    }

    TrustedPool toAnswer(List<PlanIssue> readErrors) {
        Boolean colocated = FormValues.booleanValue(umServicesColocated, "trustedPool.umServicesColocated", readErrors);
        if (Boolean.TRUE.equals(colocated)) {
            // P-2.1: no pool is created, so whatever was typed in the pool fields does not apply.
            return TrustedPool.colocated();
        }
        if (colocated == null) {
            return new TrustedPool(null, null, null, null, null, null, List.of(), List.of());
        }
        return new TrustedPool(false, owaPoolFqdn, registrarPoolFqdn, siteId, applicationId,
                FormValues.integerValue(port, "trustedPool.port", readErrors),
                Lines.split(poolComputers), Lines.split(sipUriDialPlans));
    }
}
