package org.lyncowa.plan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.validation.Validator;

/**
 * Checks a plan (plan-and-bundle.md, procedure.md). The pages, the import and the API all call
 * {@link #check(Plan)}; nothing else decides whether a plan is valid. Every rule is a Bean Validation
 * constraint on the plan records: on values ({@link HostName}, {@link PlainText}, {@link SiteId},
 * {@link Thumbprint}, {@code @NotNull}, {@code @Pattern}, {@code @Min}/{@code @Max}), within a section
 * ({@link PoolNamesDiffer}), and across sections on {@link Plan} ({@link CompatibilityRules},
 * {@link PoolRules}, {@link ImRules}, {@link PolicyRules}), each in a group of its own. Here: the one
 * normalising step before them ({@link PlanNormaliser}), the order the groups run in (the order of the
 * errors the pages and the API give), and the warnings.
 */
public final class PlanRules {

    public static final int TITLE_MAX = 120;
    public static final int NAME_MAX = 64;
    public static final int SERVERS_MAX = 100;
    public static final int POLICIES_MAX = 50;
    public static final int DIAL_PLANS_MAX = 50;
    public static final int POOL_COMPUTERS_MAX = 100;
    /** Values quoted back in messages ({@code Mailbox server {0} ...}) are cut to this many characters. */
    public static final int SHOWN_MAX = 80;
    public static final int HOSTNAME_MAX = 253;
    public static final String DEFAULT_APPLICATION_ID = "OutlookWebApp";
    public static final int DEFAULT_PORT = 5199;

    private PlanRules() {
    }

    public static PlanCheck check(Plan raw) {
        return check(raw, List.of());
    }

    /**
     * Checks a plan whose reading already found {@code readErrors} (wrong types, unknown fields):
     * those are reported as they are and no second error is raised for the same value. Each section's
     * rules across fields run before the rules on its values, as a person fixes them.
     */
    public static PlanCheck check(Plan raw, Collection<PlanIssue> readErrors) {
        RuleContext read = RuleContext.of(readErrors, null);
        Plan plan = PlanNormaliser.normalise(raw, read);
        RuleContext rules = new RuleContext(read.knownPaths(), read.knownParents(), read.knownFields(), plan);
        Validator validator = Violations.validator(rules);
        List<PlanIssue> found = new ArrayList<>(Violations.ofValue(Plan.class, "title", plan.title(), "title"));
        if (raw.compatibility() != null) {
            found.addAll(Violations.of(raw.compatibility(), "compatibility."));
        }
        found.addAll(Violations.of(validator, raw, CompatibilityRules.Pair.class));
        found.addAll(Violations.of(validator, raw, PoolRules.Applies.class));
        found.addAll(Violations.of(validator, raw, PoolRules.Lists.class));
        if (plan.createsPool()) {
            found.addAll(Violations.of(plan.trustedPool(), "trustedPool."));
        }
        found.addAll(Violations.of(validator, raw, ImRules.Answers.class));
        found.addAll(Violations.of(validator, raw, ImRules.Coverage.class));
        if (plan.enablesIm()) {
            found.addAll(Violations.of(plan.instantMessaging(), "instantMessaging."));
        }
        found.addAll(Violations.of(validator, raw, PolicyRules.Answers.class));
        if (plan.mailboxPolicy() != null && plan.mailboxPolicy().scope() == PolicyScope.NAMED) {
            found.addAll(Violations.of(plan.mailboxPolicy(), "mailboxPolicy."));
        }
        List<PlanIssue> errors = new ArrayList<>(readErrors);
        found.stream().filter(issue -> !rules.knownExactly(issue.path())).forEach(errors::add);
        return new PlanCheck(PlanNormaliser.compact(plan), errors, warnings(raw, plan, errors));
    }

    /**
     * The answers to the UM questions (P-2.1 co-location, P-2.9 SIP URI dial plans) as they apply
     * (P-8.4): the questions exist only with Exchange 2013 and 2016 (P-7.3: the Exchange 2010 pool is
     * always created); with another version an enabling plan always creates the pool, an absent
     * co-location answer means exactly that, and a given one is not applicable. A plan that switches IM
     * off uses no pool at all (P-3.8), so its answer is taken as it is, with every pair. The one place
     * of this rule: the normalising and {@link PoolRules} ask it.
     *
     * @return the co-location answer that applies (null: unanswered), whether dial plans are asked, and the
     *         fields of the pool answered although not applicable with this Exchange version
     */
    static UmQuestions umQuestions(TrustedPool raw, ExchangeServer exchange, ImMode mode) {
        Boolean colocated = raw.umServicesColocated();
        boolean umQuestions = exchange == null || exchange.hasUnifiedMessagingQuestions();
        List<String> notApplicable = new ArrayList<>();
        if (!umQuestions && !(mode == ImMode.DISABLE && Boolean.TRUE.equals(colocated))) {
            if (Boolean.TRUE.equals(colocated)) {
                notApplicable.add("umServicesColocated");
            }
            if (mode != ImMode.DISABLE && RuleContext.present(raw.sipUriDialPlans())) {
                notApplicable.add("sipUriDialPlans");
            }
            colocated = Boolean.FALSE;
        }
        return new UmQuestions(colocated, umQuestions || mode == ImMode.DISABLE, notApplicable);
    }

    /** What {@link #umQuestions} decides. */
    record UmQuestions(Boolean colocated, boolean dialPlansAsked, List<String> notApplicable) {
    }

    /**
     * The warnings, in the order of the steps: the pair's limits and ended versions (P-8.1, P-8.2), a
     * port Lync already uses (P-2.7), a certificate that must cover every server name (P-3.4, P-9.2).
     */
    private static List<PlanIssue> warnings(Plan raw, Plan plan, List<PlanIssue> errors) {
        List<PlanIssue> warnings = new ArrayList<>();
        Compatibility compatibility = raw.compatibility();
        if (compatibility != null) {
            LyncServer lync = compatibility.lyncServer();
            ExchangeServer exchange = compatibility.exchangeServer();
            if (lync != null && exchange != null && IntegrationPath.of(lync, exchange) == IntegrationPath.EXCHANGE_2010) {
                warnings.add(PlanIssue.of("compatibility.exchangeServer", "exchange.limited"));
            }
            if (lync != null && ended(lync.endOfSupport())) {
                warnings.add(PlanIssue.of("compatibility.lyncServer", "version.ended", lync.productName(),
                        lync.endOfSupport().toString()));
            }
            if (exchange != null && ended(exchange.endOfSupport())) {
                warnings.add(PlanIssue.of("compatibility.exchangeServer", "version.ended", exchange.productName(),
                        exchange.endOfSupport().toString()));
            }
        }
        Integer port = plan.createsPool() ? plan.trustedPool().port() : null;
        if (port != null && port >= 1 && port <= 65535 && PlanValues.isLyncPort(port)) {
            warnings.add(PlanIssue.of("trustedPool.port", "port.usedByLync", port));
        }
        InstantMessaging im = plan.instantMessaging();
        if (im != null && im.enables()) {
            String thumbprint = im.certificateThumbprint();
            if (im.certificateSource() == CertificateSource.IIS) {
                warnings.add(PlanIssue.of("instantMessaging.certificateSource", "certificate.wildcard"));
            } else if (thumbprint != null && !hasError(errors, "instantMessaging.certificateThumbprint")
                    && Thumbprint.Validator.valid(thumbprint)) {
                warnings.add(PlanIssue.of("instantMessaging.certificateThumbprint", "certificate.wildcard"));
            } else if (thumbprint == null && !im.certificates().isEmpty()
                    && !hasError(errors, "instantMessaging.certificates")) {
                warnings.add(PlanIssue.of("instantMessaging.certificates", "certificate.wildcard"));
            }
        }
        return warnings;
    }

    private static boolean hasError(List<PlanIssue> errors, String fieldPath) {
        return errors.stream().anyMatch(e -> e.fieldPath().equals(fieldPath));
    }

    private static boolean ended(LocalDate endOfSupport) {
        return endOfSupport != null && !endOfSupport.isAfter(LocalDate.now(ZoneOffset.UTC));
    }





    /** Trims (Unicode white space); an all-space string counts as absent. */

    /** The rule code a host name breaks, or null: see {@link HostName}. */
    public static String hostProblem(String host) {
        return HostName.Validator.problem(host);
    }

    /** See {@link PlanValues#maxEntries}. */
    public static int maxEntries(String path) {
        return PlanValues.maxEntries(path);
    }

    /** See {@link PlanValues#hasControl}. */
    public static boolean hasControl(String value) {
        return PlanValues.hasControl(value);
    }

    /** See {@link PlanValues#firstInvisible}. */
    public static int firstInvisible(String value) {
        return PlanValues.firstInvisible(value);
    }

    static String shown(String value) {
        return PlanValues.shown(value);
    }
}
