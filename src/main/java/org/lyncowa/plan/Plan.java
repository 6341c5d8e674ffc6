package org.lyncowa.plan;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Everything the wizard asks, and nothing else: the model of the public plan file
 * ({@code lync-owa-plan}, version 2; version 1 files are read as version 2). Any section may be null while the wizard is in progress
 * or when a file lacks it; {@link PlanRules} says whether a plan is complete and valid, by the constraints
 * here (the rules across sections, each in its group) and on the sections' records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PlanRule(value = CompatibilityRules.SupportedPair.class, groups = CompatibilityRules.Pair.class)
@PlanRule(value = PoolRules.AnswersApply.class, groups = PoolRules.Applies.class)
@PlanRule(value = PoolRules.ListsValid.class, groups = PoolRules.Lists.class)
@PlanRule(value = ImRules.AnswersApply.class, groups = ImRules.Answers.class)
@PlanRule(value = ImRules.Covered.class, groups = ImRules.Coverage.class)
@PlanRule(value = PolicyRules.AnswersApply.class, groups = PolicyRules.Answers.class)
public record Plan(
        @PlainText(max = PlanRules.TITLE_MAX) String title,
        @NotNull(groups = CompatibilityRules.Pair.class, message = "{required}") @Valid Compatibility compatibility,
        @NotNull(groups = PoolRules.Applies.class, message = "{required}") @Valid TrustedPool trustedPool,
        @NotNull(groups = ImRules.Answers.class, message = "{required}") @Valid InstantMessaging instantMessaging,
        @Valid MailboxPolicy mailboxPolicy) implements Serializable {

    public static final String FORMAT = "lync-owa-plan";
    /** The version this program writes. */
    public static final int VERSION = 2;
    /** The oldest version it reads (plan-and-bundle.md "Version 2": read as version 2). */
    public static final int OLDEST_READ_VERSION = 1;
    public static final String FILE_SUFFIX = ".lyncowa.json";

    @JsonIgnore
    public boolean isExchange2010() {
        return compatibility != null && compatibility.exchangeServer() == ExchangeServer.EXCHANGE_2010;
    }

    /** Exchange 2016, 2019 or SE (P-8). */
    @JsonIgnore
    public boolean isExchange2016OrLater() {
        return compatibility != null && compatibility.exchangeServer() != null
                && compatibility.exchangeServer().is2016OrLater();
    }

    /** Skype for Business Server 2015, 2019 or SE (P-8.1); false while the version is not known. */
    @JsonIgnore
    public boolean isSkypeForBusiness() {
        return compatibility != null && compatibility.lyncServer() != null
                && compatibility.lyncServer().isSkypeForBusiness();
    }

    /**
     * Whether step 2 asks the Unified Messaging questions, UM co-location (P-2.1) and SIP URI dial plans
     * (P-2.9): only with Exchange 2013 and 2016 (P-8.4: 2019 and SE have no UM; P-7.3: the 2010 pool is
     * always created, and there is no dial-plan script for 2010), or while the version is not known.
     * {@link PlanRules} applies the same rule to a plan file (plan-and-bundle.md, version 2).
     */
    @JsonIgnore
    public boolean asksUnifiedMessaging() {
        return compatibility == null || compatibility.exchangeServer() == null
                || compatibility.exchangeServer().hasUnifiedMessagingQuestions();
    }

    public boolean enablesIm() {
        return instantMessaging != null && instantMessaging.enables();
    }

    /**
     * Whether step 4, the mailbox policy (P-4), applies: not when IM is switched off (P-3.8), as no policy
     * is changed then. The one place for that rule: the checking drops a policy answer that does not apply,
     * the wizard skips the step and forgets the answer.
     */
    public static boolean asksMailboxPolicy(InstantMessaging instantMessaging) {
        return instantMessaging == null || instantMessaging.mode() != ImMode.DISABLE;
    }

    public boolean createsPool() {
        return trustedPool != null && trustedPool.createsPool();
    }
}
