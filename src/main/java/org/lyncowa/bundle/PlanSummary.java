package org.lyncowa.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lyncowa.bundle.Runbook.Fact;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;
import org.springframework.context.MessageSource;

/**
 * The plan summary, one row per answer (as HMRC's "check your answers" rows), built here once and
 * shown by the check-answers page (with a Change link per row), the printable runbook and both
 * runbook files. Labels and words come from {@code runbook.summary.*} and {@code runbook.value.*};
 * plan values stay values (shown as code). The plan may be one the rules refused (check-answers shows
 * those too), so nothing here assumes a field is set.
 *
 * @param rows every row in page order
 */
public record PlanSummary(List<Row> rows) {

    /** The groups check-answers gives a heading each, in order ({@code check.section.<group>}). */
    public static final List<String> GROUPS = List.of("plan", "compatibility", "pool", "im", "policy");

    private static final String PREFIX = "runbook.";

    /**
     * One answer.
     *
     * @param group    {@link #GROUPS}: which part of the plan it belongs to
     * @param step     the wizard step that asks it (a {@code Step} name: the bundle does not know the wizard)
     * @param field    the field on that step, for the Change link's anchor
     * @param labelKey the label's message key
     * @param label    the label in the summary's language
     * @param values   one line per item (a list gives one line per element); never empty
     */
    public record Row(String group, String step, String field, String labelKey, String label, List<Line> values) {
        public Row {
            values = List.copyOf(values);
        }

        /**
         * The items on one line, as the runbook lists them: separated by commas, or by semicolons when
         * the items are pairs themselves ({@code server: thumbprint}).
         */
        public Line joined() {
            boolean pairs = values.stream().anyMatch(v -> v.parts().size() > 1);
            List<Inline> parts = new ArrayList<>();
            for (Line value : values) {
                if (!parts.isEmpty()) {
                    parts.add(Inline.words(pairs ? "; " : ", "));
                }
                parts.addAll(value.parts());
            }
            return new Line(parts);
        }
    }

    public PlanSummary {
        rows = List.copyOf(rows);
    }

    /** The rows of each group that has any, in {@link #GROUPS} order. */
    public Map<String, List<Row>> groups() {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (String group : GROUPS) {
            List<Row> in = rows.stream().filter(r -> r.group().equals(group)).toList();
            if (!in.isEmpty()) {
                groups.put(group, in);
            }
        }
        return groups;
    }

    /** The rows as the runbook's facts: label and the items on one line. */
    List<Fact> facts() {
        return rows.stream().map(r -> new Fact(r.label(), r.joined())).toList();
    }

    /** The summary of a plan in the given language. */
    public static PlanSummary of(Plan plan, MessageSource messages, Locale locale) {
        return new Builder(messages, locale).build(plan);
    }

    /** Plan values as items, or the "(none)" line when there are none. */
    static List<Line> items(List<String> values, MessageSource messages, Locale locale) {
        List<Line> items = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                items.add(Line.of(Inline.value(v)));
            }
        }
        return items.isEmpty() ? List.of(Line.message(messages.getMessage(PREFIX + "value.none", null, locale))) : items;
    }

    private static final class Builder {
        private final MessageSource messages;
        private final Locale locale;
        private final List<Row> rows = new ArrayList<>();
        /** Labels such as "{short} registrar pool" name the versions chosen (P-8.1). */
        private ProductNames names;

        Builder(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        PlanSummary build(Plan plan) {
            names = ProductNames.of(plan, messages, locale);
            rows("plan", "COMPATIBILITY", "title", "title", plan.title() == null
                    ? words("value.none") : List.of(Line.of(Inline.words(plan.title()))));
            Compatibility c = plan.compatibility();
            if (c != null) {
                row("compatibility", "COMPATIBILITY", "lyncServer", "lyncServer", named(c.lyncServer()));
                row("compatibility", "COMPATIBILITY", "exchangeServer", "exchangeServer", named(c.exchangeServer()));
                row("compatibility", "COMPATIBILITY", "ucmaRuntimeConfirmed", "ucmaRuntimeConfirmed",
                        Boolean.TRUE.equals(c.ucmaRuntimeConfirmed()) ? "value.yes" : "value.no");
            }
            InstantMessaging im = plan.instantMessaging();
            boolean enables = im != null && im.enables();
            TrustedPool pool = plan.trustedPool();
            if (pool != null) {
                // P-8.4: the UM questions exist only with Exchange 2013 and 2016; unasked, no row.
                if (plan.asksUnifiedMessaging()) {
                    row("pool", "TRUSTED_POOL", "umServicesColocated", "umServicesColocated",
                            "value.colocated." + !pool.createsPool());
                }
                if (pool.createsPool()) {
                    values("pool", "TRUSTED_POOL", "owaPoolFqdn", pool.owaPoolFqdn());
                    values("pool", "TRUSTED_POOL", "registrarPoolFqdn", pool.registrarPoolFqdn());
                    values("pool", "TRUSTED_POOL", "siteId", pool.siteId());
                    values("pool", "TRUSTED_POOL", "applicationId", pool.applicationId());
                    values("pool", "TRUSTED_POOL", "port", pool.port() == null ? null : String.valueOf(pool.port()));
                    rows("pool", "TRUSTED_POOL", "poolComputers", "poolComputers",
                            PlanSummary.items(pool.poolComputers(), messages, locale));
                }
                // P-2.9: an Exchange 2013 step (the 2010 path of P-7 has none); left empty, the script finds them.
                boolean dialPlansScript = enables && !plan.isExchange2010() && plan.asksUnifiedMessaging();
                if ((pool.createsPool() && plan.asksUnifiedMessaging()) || dialPlansScript) {
                    rows("pool", "TRUSTED_POOL", "sipUriDialPlans", "sipUriDialPlans",
                            pool.sipUriDialPlans().isEmpty() && dialPlansScript
                                    ? words("value.sipUriDialPlans.found")
                                    : PlanSummary.items(pool.sipUriDialPlans(), messages, locale));
                }
            }
            if (im != null) {
                row("im", "INSTANT_MESSAGING", "mode", "imMode", named(im.mode()));
            }
            if (enables) {
                if (!plan.isExchange2010()) {
                    rows("im", "INSTANT_MESSAGING", "mailboxServers", "mailboxServers",
                            PlanSummary.items(im.mailboxServers(), messages, locale));
                }
                // P-8.3: no Client Access servers from Exchange 2016 on.
                if (!plan.isExchange2016OrLater()) {
                    rows("im", "INSTANT_MESSAGING", "clientAccessServers", "clientAccessServers",
                            im.clientAccessServers().isEmpty() ? words("value.clientAccessServers.all")
                                    : PlanSummary.items(im.clientAccessServers(), messages, locale));
                }
                certificates(plan, im);
                values("im", "INSTANT_MESSAGING", "imServerName", im.imServerName());
                if (im.settingOverrideName() != null) {
                    values("im", "INSTANT_MESSAGING", "settingOverrideName", im.settingOverrideName());
                }
                MailboxPolicy policy = plan.mailboxPolicy();
                if (policy != null) {
                    row("policy", "MAILBOX_POLICY", "scope", "policyScope", named(policy.scope()));
                    if (policy.scope() == PolicyScope.NAMED) {
                        rows("policy", "MAILBOX_POLICY", "policies", "policies",
                                PlanSummary.items(policy.policies(), messages, locale));
                    }
                }
            }
            return new PlanSummary(rows);
        }

        /** P-9.2: where the certificates come from and, per server, the thumbprint it uses. */
        private void certificates(Plan plan, InstantMessaging im) {
            if (im.certificateSource() == CertificateSource.IIS) {
                row("im", "INSTANT_MESSAGING", "certificateSource", "certificateSource", "value.certificateSource.IIS");
            } else if (im.certificates().isEmpty()) {
                row("im", "INSTANT_MESSAGING", "certificateSource", "certificateSource", "value.certificateSource.SHARED");
                values("im", "INSTANT_MESSAGING", "certificateThumbprint", im.certificateThumbprint());
            } else {
                row("im", "INSTANT_MESSAGING", "certificateSource", "certificateSource",
                        "value.certificateSource.PER_SERVER");
                List<Line> pairs = new ArrayList<>();
                for (String server : plan.isExchange2010() ? im.clientAccessServers() : im.mailboxServers()) {
                    String thumbprint = im.thumbprintFor(server);
                    pairs.add(thumbprint == null ? Line.of(Inline.value(server))
                            : Line.of(Inline.value(server), Inline.words(": "), Inline.value(thumbprint)));
                }
                rows("im", "INSTANT_MESSAGING", "certificates", "certificates",
                        pairs.isEmpty() ? words("value.none") : pairs);
            }
        }

        /** A row whose value is our own words. */
        private void row(String group, String step, String field, String label, String valueKey) {
            rows(group, step, field, label, words(valueKey));
        }

        /** A row with one plan value (the field's name is its label's). */
        private void values(String group, String step, String field, String value) {
            rows(group, step, field, field, PlanSummary.items(value == null ? List.of() : List.of(value), messages,
                    locale));
        }

        private void rows(String group, String step, String field, String label, List<Line> values) {
            String key = PREFIX + "summary." + label;
            rows.add(new Row(group, step, field, key, names.apply(messages.getMessage(key, null, locale)), values));
        }

        private static String named(Enum<?> value) {
            return value == null ? "value.none" : "value." + value.name();
        }

        private List<Line> words(String key) {
            return List.of(Line.message(messages.getMessage(PREFIX + key, null, locale)));
        }
    }
}
