package org.lyncowa.plan;

import java.io.Serializable;

/**
 * Everything the wizard asks, and nothing else: the model of the public plan file
 * ({@code lync-owa-plan}, version 1). Any section may be null while the wizard is in progress
 * or when a file lacks it; {@link PlanRules} says whether a plan is complete and valid.
 */
public record Plan(
        String title,
        Compatibility compatibility,
        TrustedPool trustedPool,
        InstantMessaging instantMessaging,
        MailboxPolicy mailboxPolicy) implements Serializable {

    public static final String FORMAT = "lync-owa-plan";
    public static final int VERSION = 1;
    public static final String FILE_SUFFIX = ".lyncowa.json";

    public boolean isExchange2010() {
        return compatibility != null && compatibility.exchangeServer() == ExchangeServer.EXCHANGE_2010;
    }

    public boolean enablesIm() {
        return instantMessaging != null && instantMessaging.enables();
    }

    public boolean createsPool() {
        return trustedPool != null && trustedPool.createsPool();
    }
}
