package org.lyncowa.plan;

import java.io.Serializable;

/** Step 1 answers (P-1). */
public record Compatibility(LyncServer lyncServer, ExchangeServer exchangeServer, Boolean ucmaRuntimeConfirmed)
        implements Serializable {
}
