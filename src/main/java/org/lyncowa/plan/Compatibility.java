package org.lyncowa.plan;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;

/** Step 1 answers (P-1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Compatibility(
        @NotNull(message = "{required}") LyncServer lyncServer,
        @NotNull(message = "{required}") ExchangeServer exchangeServer,
        @NotNull(message = "{required}") Boolean ucmaRuntimeConfirmed)
        implements Serializable {
}
