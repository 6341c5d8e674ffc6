package org.lyncowa.plan;

import java.time.LocalDate;

/** The Exchange Server version (P-1.1 to P-1.3, P-8.1; end of support: P-8.2). */
public enum ExchangeServer {
    /** Works with limits (P-1.2, P-7). Support ended 2020-10-13 (Microsoft lifecycle; P-8.2 does not list 2010). */
    EXCHANGE_2010("Exchange Server 2010", LocalDate.of(2020, 10, 13)),
    /** The pair of the original procedure (P-1.1, P-2 to P-5). */
    EXCHANGE_2013("Exchange Server 2013", LocalDate.of(2023, 4, 11)),
    /** Setting override (P-8); the last version with Unified Messaging (P-8.4). */
    EXCHANGE_2016("Exchange Server 2016", LocalDate.of(2025, 10, 14)),
    EXCHANGE_2019("Exchange Server 2019", LocalDate.of(2025, 10, 14)),
    /** Code-equivalent to 2019 CU15 (P-8.1); Modern Lifecycle Policy (P-8.2). */
    EXCHANGE_SE("Exchange Server Subscription Edition", null);

    /** The version 1 name of every Exchange after 2013; a version 1 file's value is read as {@link #EXCHANGE_2016}. */
    public static final String VERSION_1_2016_OR_LATER = "EXCHANGE_2016_OR_LATER";

    private final String productName;
    private final LocalDate endOfSupport;

    ExchangeServer(String productName, LocalDate endOfSupport) {
        this.productName = productName;
        this.endOfSupport = endOfSupport;
    }

    /** Microsoft's product name (the same in every language the wizard speaks). */
    public String productName() {
        return productName;
    }

    /** The day support ended, or null for a version under the Modern Lifecycle Policy. */
    public LocalDate endOfSupport() {
        return endOfSupport;
    }

    /** Exchange 2016, 2019 or SE: Outlook on the web, the setting override of P-8.5 instead of web.config. */
    public boolean is2016OrLater() {
        return this == EXCHANGE_2016 || this == EXCHANGE_2019 || this == EXCHANGE_SE;
    }

    /** The versions with Unified Messaging, where UM co-location and SIP URI dial plans exist (P-2.1, P-2.9, P-8.4). */
    public boolean hasUnifiedMessagingQuestions() {
        return this == EXCHANGE_2013 || this == EXCHANGE_2016;
    }
}
