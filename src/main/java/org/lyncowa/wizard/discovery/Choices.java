package org.lyncowa.wizard.discovery;

import java.util.List;
import java.util.Objects;

import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.TrustedPool;

/** The answers a person may pick among the findings' candidates (issue 18), and how a pick changes the draft. */
final class Choices {

    static final List<String> CHOOSABLE = List.of("owaPoolFqdn", "registrarPoolFqdn", "siteId");

    private Choices() {
    }

    static String current(Plan plan, String field) {
        TrustedPool pool = plan == null ? null : plan.trustedPool();
        if (pool == null) {
            return null;
        }
        return switch (field) {
            case "owaPoolFqdn" -> pool.owaPoolFqdn();
            case "registrarPoolFqdn" -> pool.registrarPoolFqdn();
            case "siteId" -> pool.siteId();
            default -> null;
        };
    }

    /**
     * The plan with one choosable field set; the IM server name follows the registrar (P-3.3) when it was the
     * registrar before.
     */
    static Plan with(Plan plan, String field, String value) {
        TrustedPool p = plan.trustedPool();
        TrustedPool changed = switch (field) {
            case "owaPoolFqdn" -> new TrustedPool(p.umServicesColocated(), value, p.registrarPoolFqdn(), p.siteId(),
                    p.applicationId(), p.port(), p.poolComputers().stream().filter(c -> !c.equals(value)).toList(),
                    p.sipUriDialPlans());
            case "registrarPoolFqdn" -> new TrustedPool(p.umServicesColocated(), p.owaPoolFqdn(), value, p.siteId(),
                    p.applicationId(), p.port(), p.poolComputers(), p.sipUriDialPlans());
            case "siteId" -> new TrustedPool(p.umServicesColocated(), p.owaPoolFqdn(), p.registrarPoolFqdn(), value,
                    p.applicationId(), p.port(), p.poolComputers(), p.sipUriDialPlans());
            default -> throw new IllegalArgumentException("not a choosable field: " + field);
        };
        InstantMessaging im = plan.instantMessaging();
        if ("registrarPoolFqdn".equals(field) && im != null && Objects.equals(im.imServerName(), p.registrarPoolFqdn())) {
            im = new InstantMessaging(im.mode(), im.mailboxServers(), im.clientAccessServers(), im.certificateSource(),
                    im.certificateThumbprint(), im.certificates(), value, im.settingOverrideName());
        }
        return new Plan(plan.title(), plan.compatibility(), changed, im, plan.mailboxPolicy());
    }
}
