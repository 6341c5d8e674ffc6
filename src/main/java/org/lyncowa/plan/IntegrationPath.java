package org.lyncowa.plan;

import java.util.ArrayList;
import java.util.List;

/** Which procedure a Lync / Skype for Business and Exchange pair follows: the table of P-8.1. */
public enum IntegrationPath {
    /** P-7, with the limits of P-1.2. */
    EXCHANGE_2010,
    /** P-2 to P-5 (with Skype for Business Server only the names change). */
    EXCHANGE_2013,
    /** P-8: the Outlook on the web setting override. */
    SETTING_OVERRIDE,
    /** "not supported" or "–" in the table: no integration, only switching OWA IM off (P-3.8). */
    NOT_SUPPORTED;

    /**
     * The cell of the P-8.1 table. Skype for Business Server 2015 with "Exchange 2019 / SE" reads
     * "P-8 (2019)": Exchange 2019 only, so Exchange SE with 2015 is not supported.
     */
    public static IntegrationPath of(LyncServer lync, ExchangeServer exchange) {
        return switch (exchange) {
            case EXCHANGE_2010 -> lync == LyncServer.LYNC_2013 || lync == LyncServer.SKYPE_2015 ? EXCHANGE_2010 : NOT_SUPPORTED;
            case EXCHANGE_2013 -> EXCHANGE_2013;
            case EXCHANGE_2016, EXCHANGE_2019 -> lync == LyncServer.LYNC_2013 ? NOT_SUPPORTED : SETTING_OVERRIDE;
            case EXCHANGE_SE -> lync == LyncServer.LYNC_2013 || lync == LyncServer.SKYPE_2015 ? NOT_SUPPORTED
                    : SETTING_OVERRIDE;
        };
    }

    public static boolean supported(LyncServer lync, ExchangeServer exchange) {
        return of(lync, exchange) != NOT_SUPPORTED;
    }

    /** The Exchange versions this Lync / Skype for Business version can be integrated with. */
    public static List<ExchangeServer> partnersOf(LyncServer lync) {
        List<ExchangeServer> out = new ArrayList<>();
        for (ExchangeServer exchange : ExchangeServer.values()) {
            if (supported(lync, exchange)) {
                out.add(exchange);
            }
        }
        return out;
    }

    /** The Lync / Skype for Business versions this Exchange version can be integrated with. */
    public static List<LyncServer> partnersOf(ExchangeServer exchange) {
        List<LyncServer> out = new ArrayList<>();
        for (LyncServer lync : LyncServer.values()) {
            if (supported(lync, exchange)) {
                out.add(lync);
            }
        }
        return out;
    }
}
