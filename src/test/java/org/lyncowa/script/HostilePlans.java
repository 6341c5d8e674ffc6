package org.lyncowa.script;

import java.util.List;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;

/** Valid plans whose free-text values try every way out of a PowerShell string or comment. */
final class HostilePlans {

    /** Quote characters PowerShell treats as single quotes, and other script syntax. */
    static final String TITLE = "T1x' ; Remove-Item C:\\ -Recurse ; '\u2018\u2019\u201A\u201B $(Stop-Computer) \"; #> <# [(${x})] [[${y}]] `";
    static final String SITE = "S1x'$(Stop-Computer)\u2019\"`${env}#>";
    static final List<String> DIAL_PLANS = List.of("D1x'; Stop-Computer; '", "D2x\u2018$(calc)\u2019", "D3x@{Add='z'}");
    static final List<String> POLICIES = List.of(
            "P1x'; Stop-Computer; '",
            "P2x\u2019$(calc)\u201B",
            "P3x\"`$x\"",
            "P4x #> <# \u201A",
            "P5x 리트웨어 정책 [(${q})]");

    private HostilePlans() {
    }

    /** Exchange 2013 with a trusted pool: every free-text field of the plan is hostile. */
    static Plan exchange2013() {
        return new Plan(TITLE,
                new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, true),
                new TrustedPool(false, "owa.hostile.example", "pool.hostile.example", SITE, "OutlookWebApp", 5199,
                        List.of("mbx1.hostile.example", "mbx2.hostile.example"), DIAL_PLANS),
                new InstantMessaging(ImMode.ENABLE, List.of("mbx1.hostile.example", "mbx2.hostile.example"),
                        List.of("cas1.hostile.example"), "EA5A332496CC05DA69B75B66111C0F78A110D22D", "pool.hostile.example"),
                new MailboxPolicy(PolicyScope.NAMED, POLICIES));
    }

    /** Exchange 2010 with the same hostile texts where 2010 has them. */
    static Plan exchange2010() {
        return new Plan(TITLE,
                new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true),
                new TrustedPool(false, "casarray.hostile.example", "pool.hostile.example", SITE, "OutlookWebApp", 5199,
                        List.of("cas1.hostile.example", "cas2.hostile.example"), List.of()),
                new InstantMessaging(ImMode.ENABLE, List.of(), List.of("cas1.hostile.example", "cas2.hostile.example"),
                        "0123456789ABCDEF0123456789ABCDEF01234567", "pool.hostile.example"),
                new MailboxPolicy(PolicyScope.NAMED, POLICIES));
    }

    /** Not integrating, on Exchange 2010 (P-3.8): the disable scripts must run in PowerShell 2.0. */
    static Plan disableOnExchange2010() {
        return new Plan(TITLE,
                new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, false),
                TrustedPool.colocated(), InstantMessaging.disable(),
                new MailboxPolicy(PolicyScope.DEFAULT, List.of()));
    }

    /** Every hostile text value, for checks that look for them in the scripts. */
    static List<String> values() {
        List<String> values = new java.util.ArrayList<>();
        values.add(TITLE);
        values.add(SITE);
        values.addAll(DIAL_PLANS);
        values.addAll(POLICIES);
        return values;
    }
}
