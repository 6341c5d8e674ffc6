package org.lyncowa.plan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidatorContext;

/**
 * The rules of step 3 across the plan (P-3, P-7.4, P-9.2): which answers apply, the server lists and
 * the certificates per server ({@link Answers}), then what the answers must cover ({@link Coverage});
 * the values are {@link InstantMessaging}'s own constraints.
 */
public final class ImRules {

    private static final String IM = "instantMessaging.";
    private static final String CERTIFICATES = "instantMessaging.certificates";
    private static final String THUMBPRINT = "instantMessaging.certificateThumbprint";

    private ImRules() {
    }

    /** The group of the answers that apply, the lists and the certificate entries, and of the step's presence. */
    public interface Answers {
    }

    /** The group of the rules on what the answers cover: every server a certificate, the IM server the registrar. */
    public interface Coverage {
    }

    /**
     * A mode is required. Switched off (P-3.8), nothing else applies ({@code notApplicable.mode}).
     * Enabled: the UCMA runtime confirmed on step 1 (P-1.4, {@code ucma.notConfirmed}); the Mailbox
     * servers (1–100; none with Exchange 2010, which lists its Client Access servers instead, P-7.4);
     * with the IIS certificate source no thumbprint (P-9.2); each entry of {@code certificates} a server
     * of the plan, given once, with a thumbprint (P-3.4).
     */
    static final class AnswersApply implements PlanRule.Check {
        private static final List<String> FIELDS = List.of("mailboxServers", "clientAccessServers",
                "certificateThumbprint", "certificates", "imServerName");

        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            InstantMessaging im = plan.instantMessaging();
            if (im == null) {
                return true;
            }
            if (im.mode() == null) {
                return Violations.reportAt(context, IM + "mode", null, 0, "required");
            }
            if (im.mode() == ImMode.DISABLE) {
                List<Object> values = Arrays.asList(im.mailboxServers(), im.clientAccessServers(),
                        im.certificateThumbprint(), im.certificates().isEmpty() ? null : im.certificates(),
                        im.imServerName());
                boolean valid = true;
                for (int i = 0; i < FIELDS.size(); i++) {
                    if (RuleContext.present(values.get(i))) {
                        valid = Violations.reportAt(context, IM + FIELDS.get(i), null, 0, "notApplicable.mode");
                    }
                }
                return valid;
            }
            Compatibility compatibility = plan.compatibility();
            boolean valid = true;
            if (compatibility != null && Boolean.FALSE.equals(compatibility.ucmaRuntimeConfirmed())) {
                valid = Violations.reportAt(context, "compatibility.ucmaRuntimeConfirmed", null, 0, "ucma.notConfirmed");
            }
            RuleContext rules = Violations.rules(context);
            if (PoolRules.exchange(plan) == ExchangeServer.EXCHANGE_2010
                    && RuleContext.present(im.mailboxServers())) {
                valid = Violations.reportAt(context, IM + "mailboxServers", null, 0, "notApplicable.exchangeServer");
            }
            boolean listsValid = !serverListErrors(plan, rules, (path, element, code, args) ->
                    Violations.reportAt(context, path, element, 0, code, args));
            if (im.certificateSource() == CertificateSource.IIS) {
                // P-9.2, P-8.6: the script takes each server's IIS certificate; the plan names none.
                for (String field : List.of("certificateThumbprint", "certificates")) {
                    Object value = field.equals("certificates") ? (im.certificates().isEmpty() ? null
                            : im.certificates()) : im.certificateThumbprint();
                    if (RuleContext.present(value)) {
                        valid = Violations.reportAt(context, IM + field, null, 0, "notApplicable.certificateSource");
                    }
                }
                return valid && listsValid;
            }
            return certificates(plan, rules, context) && valid && listsValid;
        }

        /**
         * P-9.2: a thumbprint per server, for servers whose certificate differs. Each name must be one
         * of the plan's servers; each thumbprint follows P-3.4. At most {@value PlanRules#SERVERS_MAX}.
         */
        private static boolean certificates(Plan plan, RuleContext rules, ConstraintValidatorContext context) {
            Map<String, String> raw = plan.instantMessaging().certificates();
            if (raw.isEmpty()) {
                return true;
            }
            if (raw.size() > PlanRules.SERVERS_MAX) {
                return Violations.reportAt(context, CERTIFICATES, null, 0, "list.tooMany", PlanRules.SERVERS_MAX);
            }
            List<String> servers = certificateServers(rules.normalised());
            boolean serversKnown = serversKnown(plan, rules);
            Map<String, String> seen = new LinkedHashMap<>();
            int order = 0;
            boolean valid = true;
            for (Map.Entry<String, String> entry : raw.entrySet()) {
                String key = entry.getKey() == null ? "" : entry.getKey();
                String host = PlanNormaliser.certificateHost(key);
                String problem = PlanRules.hostProblem(host);
                String code = problem != null ? problem : seen.containsKey(host) ? "list.duplicate"
                        : serversKnown && !servers.contains(host) ? "certificates.unknownServer" : null;
                if (code != null) {
                    valid = Violations.reportAt(context, CERTIFICATES, key, order++, code, host);
                }
                String thumbprint = PlanValues.normaliseThumbprint(entry.getValue());
                if (thumbprint == null) {
                    if (!rules.known(PlanValues.certificatePath(key))) {
                        valid = Violations.reportAt(context, CERTIFICATES, key, order++, "required", host);
                    }
                } else if (!Thumbprint.Validator.valid(thumbprint)) {
                    int bad = Thumbprint.Validator.notHex(thumbprint);
                    valid = Violations.reportAt(context, CERTIFICATES, key, order++, "thumbprint.invalid",
                            thumbprint.codePointCount(0, thumbprint.length()), host,
                            bad < 0 ? "" : Thumbprint.Validator.shownCharacter(thumbprint, bad),
                            bad < 0 ? 0 : thumbprint.codePointCount(0, bad) + 1);
                }
                seen.putIfAbsent(host, thumbprint);
            }
            return valid;
        }
    }

    /**
     * Each server has a certificate: the shared thumbprint, or its own entry for every one of them
     * ({@code certificates.incomplete}, when the servers are known); the IM server name is required and,
     * when a pool is created, is its registrar (P-3.5, {@code imServerName.registrarMismatch}).
     */
    static final class Covered implements PlanRule.Check {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            InstantMessaging raw = plan.instantMessaging();
            if (raw == null || raw.mode() != ImMode.ENABLE) {
                return true;
            }
            RuleContext rules = Violations.rules(context);
            InstantMessaging im = rules.normalised().instantMessaging();
            boolean valid = true;
            if (im.certificateSource() != CertificateSource.IIS && im.certificateThumbprint() == null
                    && !rules.known(THUMBPRINT)) {
                boolean perServerGiven = !im.certificates().isEmpty() || rules.known(CERTIFICATES);
                if (PlanValues.clean(raw.certificateThumbprint()) == null && perServerGiven) {
                    List<String> uncovered = certificateServers(rules.normalised()).stream()
                            .filter(s -> !im.certificates().containsKey(s)).toList();
                    if (!uncovered.isEmpty() && serversKnown(plan, rules)) {
                        valid = Violations.reportAt(context, CERTIFICATES, null, 0, "certificates.incomplete",
                                shortList(uncovered));
                    }
                } else {
                    valid = Violations.reportAt(context, THUMBPRINT, null, 0, "required");
                }
            }
            String imServerName = im.imServerName();
            TrustedPool pool = rules.normalised().trustedPool();
            if (imServerName == null) {
                valid = Violations.reportAt(context, IM + "imServerName", null, 0, "required");
            } else if (pool != null && pool.createsPool() && pool.registrarPoolFqdn() != null
                    && !registrarWrong(pool, rules) && !imServerName.equals(pool.registrarPoolFqdn())) {
                valid = Violations.reportAt(context, IM + "imServerName", null, 0, "imServerName.registrarMismatch",
                        pool.registrarPoolFqdn());
            }
            return valid;
        }

        /** The registrar has an error of its own: then it is not compared (P-2.3, P-2.5). */
        private static boolean registrarWrong(TrustedPool pool, RuleContext rules) {
            String path = "trustedPool.registrarPoolFqdn";
            return rules.unreadable(path) || !rules.knownExactly(path)
                    && (PlanRules.hostProblem(pool.registrarPoolFqdn()) != null
                            || pool.registrarPoolFqdn().equals(pool.owaPoolFqdn()));
        }
    }

    /** The servers that take a certificate: the Mailbox servers, the Client Access servers with Exchange 2010. */
    private static List<String> certificateServers(Plan normalised) {
        InstantMessaging im = normalised.instantMessaging();
        return RuleContext.compact(normalised.isExchange2010() ? im.clientAccessServers() : im.mailboxServers());
    }

    /** The list rules of the server lists (P-3.6, P-7.4); true when they reported anything. */
    private static boolean serverListErrors(Plan plan, RuleContext rules, RuleContext.Report report) {
        InstantMessaging im = plan.instantMessaging();
        boolean exchange2010 = PoolRules.exchange(plan) == ExchangeServer.EXCHANGE_2010;
        boolean mailbox = !exchange2010 && rules.listRules(IM + "mailboxServers", im.mailboxServers(), 1,
                PlanRules.SERVERS_MAX, true, report);
        return rules.listRules(IM + "clientAccessServers", im.clientAccessServers(), exchange2010 ? 1 : 0,
                PlanRules.SERVERS_MAX, true, report) || mailbox;
    }

    /**
     * Whether the certificate servers are known well enough to compare names with: their list has no
     * error (unreadable, a name twice, none, too many) and every name is a valid host name.
     */
    private static boolean serversKnown(Plan raw, RuleContext rules) {
        String list = IM + (raw.isExchange2010() ? "clientAccessServers" : "mailboxServers");
        InstantMessaging im = raw.instantMessaging();
        List<String> given = raw.isExchange2010() ? im.clientAccessServers() : im.mailboxServers();
        boolean listErrors = rules.listRules(list, given, 1, PlanRules.SERVERS_MAX, true, (path, element, code, args) -> { });
        return !rules.unreadable(list) && !listErrors && certificateServers(rules.normalised()).stream()
                .allMatch(server -> PlanRules.hostProblem(server) == null);
    }

    /** A list for a message: at most ten names, then an ellipsis. */
    private static String shortList(List<String> names) {
        return names.size() <= 10 ? String.join(", ", names) : String.join(", ", names.subList(0, 10)) + ", ...";
    }
}
