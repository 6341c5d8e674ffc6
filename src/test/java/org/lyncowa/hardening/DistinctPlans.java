package org.lyncowa.hardening;

import java.util.List;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;

/** Plans that differ in every value, so that one visitor's value in another's bundle is plain to see. */
final class DistinctPlans {

    private DistinctPlans() {
    }

    /** The marker every value of visitor {@code n} carries: {@code v<n>x}. */
    static String marker(int n) {
        return "v" + n + "x";
    }

    static Plan plan(int n) {
        String m = marker(n);
        boolean exchange2010 = n % 3 == 1;
        TrustedPool pool = new TrustedPool(false, "owa-" + m + ".example.com", "pool-" + m + ".example.com",
                "site" + m, "App" + m, 6000 + n, List.of(),
                // SIP URI dial plans exist only with Exchange 2013 and 2016 (plan format version 2, P-8.4).
                exchange2010 ? List.of() : List.of("dialplan " + m));
        InstantMessaging im = exchange2010
                ? new InstantMessaging(ImMode.ENABLE, List.of(), List.of("cas-" + m + ".example.com"),
                        String.format("%040X", n), "pool-" + m + ".example.com")
                : new InstantMessaging(ImMode.ENABLE, List.of("mbx-" + m + ".example.com", "mbx2-" + m + ".example.com"),
                        List.of(), String.format("%040X", n), "pool-" + m + ".example.com");
        Plan plan = new Plan("Visitor " + m,
                new Compatibility(LyncServer.LYNC_2013,
                        exchange2010 ? ExchangeServer.EXCHANGE_2010 : ExchangeServer.EXCHANGE_2013, true),
                pool, im, new MailboxPolicy(PolicyScope.NAMED, List.of("Policy " + m)));
        var check = PlanRules.check(plan);
        if (!check.valid()) {
            throw new IllegalStateException("test plan " + n + " invalid: " + check.errors());
        }
        return check.plan();
    }
}
