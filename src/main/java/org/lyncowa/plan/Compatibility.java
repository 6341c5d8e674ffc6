package org.lyncowa.plan;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Step 1 answers (P-1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Compatibility(LyncServer lyncServer, ExchangeServer exchangeServer, Boolean ucmaRuntimeConfirmed)
        implements Serializable {
}
