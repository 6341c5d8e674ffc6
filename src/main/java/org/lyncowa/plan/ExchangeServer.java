package org.lyncowa.plan;

/** The Exchange Server version (P-1.1 to P-1.3). */
public enum ExchangeServer {
    /** Supported pair (P-1.1). */
    EXCHANGE_2013,
    /** Works with limits (P-1.2, P-7). */
    EXCHANGE_2010,
    /** Not supported with Lync Server 2013 (P-1.3): no scripts. */
    EXCHANGE_2016_OR_LATER
}
