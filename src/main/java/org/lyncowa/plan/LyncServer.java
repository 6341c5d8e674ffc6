package org.lyncowa.plan;

import java.time.LocalDate;

/** The Lync / Skype for Business Server version (P-1, P-8.1; end of support: P-8.2). */
public enum LyncServer {
    LYNC_2013("Lync Server 2013", LocalDate.of(2023, 4, 11)),
    SKYPE_2015("Skype for Business Server 2015", LocalDate.of(2025, 10, 14)),
    SKYPE_2019("Skype for Business Server 2019", LocalDate.of(2025, 10, 14)),
    /** Code-equivalent to 2019 (P-8.1); Modern Lifecycle Policy (P-8.2). */
    SKYPE_SE("Skype for Business Server Subscription Edition", null);

    private final String productName;
    private final LocalDate endOfSupport;

    LyncServer(String productName, LocalDate endOfSupport) {
        this.productName = productName;
        this.endOfSupport = endOfSupport;
    }

    /** Microsoft's product name (the same in every language the wizard speaks). */
    public String productName() {
        return productName;
    }

    /** The day support ended (P-8.2), or null for a version under the Modern Lifecycle Policy. */
    public LocalDate endOfSupport() {
        return endOfSupport;
    }

    public boolean isSkypeForBusiness() {
        return this != LYNC_2013;
    }
}
