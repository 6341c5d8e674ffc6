package org.lyncowa.plan;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * Checks a plan (plan-and-bundle.md, procedure.md). The pages, the import and the API all call
 * {@link #check(Plan)}; nothing else decides whether a plan is valid. The rules on values and within
 * one section are Bean Validation constraints on the plan records ({@link HostName}, {@link PlainText},
 * {@link SiteId}, {@link Thumbprint}, {@link PoolNamesDiffer}, {@code @NotNull}, {@code @Pattern},
 * {@code @Min}/{@code @Max}), reported through {@link Violations}; what stays here is normalising
 * (strings trimmed, all-space as absent, the cmdlets' prefixes stripped, host names lower-cased,
 * thumbprints upper-cased, defaults filled in), the shape a plan takes by its answers (what does not
 * apply is reported and dropped), the rules across sections and the list rules that need the file's
 * indexes (bounds, duplicates), and the warnings.
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

    private static final String URN_APPLICATION = "urn:application:";
    private static final String REGISTRAR_PREFIX = "registrar:";

    /** The list bounds by path ({@code trustedPool.poolComputers}), from the records' {@code @Size} constraints. */
    private static final Map<String, Integer> BOUNDS = Map.copyOf(bounds(Plan.class, "", new HashMap<>()));

    /** Ports Lync Server 2013 servers already use (P-2.7); the media range is checked separately. */
    private static final Set<Integer> LYNC_PORTS = lyncPorts();

    private PlanRules() {
    }

    public static PlanCheck check(Plan raw) {
        return check(raw, List.of());
    }

    /**
     * Checks a plan whose reading already found {@code readErrors} (wrong types, unknown fields):
     * those are reported as they are and no second error is raised for the same value.
     */
    public static PlanCheck check(Plan raw, Collection<PlanIssue> readErrors) {
        Issues issues = new Issues(readErrors);
        String title = clean(raw.title());
        issues.addAll(Violations.ofValue(Plan.class, "title", title, "title"));
        ImMode mode = raw.instantMessaging() == null ? null : raw.instantMessaging().mode();
        Compatibility compatibility = compatibility(issues, raw.compatibility(), mode);
        ExchangeServer exchange = compatibility == null ? null : compatibility.exchangeServer();
        TrustedPool pool = trustedPool(issues, raw.trustedPool(), exchange, mode);
        InstantMessaging im = instantMessaging(issues, raw.instantMessaging(), compatibility, pool);
        MailboxPolicy policy = mailboxPolicy(issues, raw.mailboxPolicy(), im);
        Plan plan = new Plan(title, compatibility, pool, im, policy);
        return new PlanCheck(plan, issues.errors, issues.warnings);
    }

    // ---- step 1: compatibility (P-1) -------------------------------------------------------

    /**
     * The versions and the pair (P-8.1). A pair the table does not support is refused only when IM
     * would be enabled (an unanswered mode counts as enabling, as the wizard asks step 1 first):
     * switching OWA IM off (P-3.8) works with every pair. The P-8 pairs (Skype for Business Server
     * with Exchange 2016 and later) get the setting-override scripts (P-8.5), never 2013-style ones.
     * Ended versions (P-8.2) are a notice, never a refusal.
     */
    private static Compatibility compatibility(Issues issues, Compatibility raw, ImMode mode) {
        if (raw == null) {
            issues.error("compatibility", "required");
            return null;
        }
        LyncServer lync = raw.lyncServer();
        ExchangeServer exchange = raw.exchangeServer();
        issues.addAll(Violations.of(raw, "compatibility."));
        if (lync != null && exchange != null) {
            IntegrationPath path = IntegrationPath.of(lync, exchange);
            boolean enabling = mode != ImMode.DISABLE;
            if (path == IntegrationPath.NOT_SUPPORTED && enabling) {
                issues.error("compatibility.exchangeServer", "compatibility.unsupported-pair", lync.productName(),
                        exchange.productName(), productNames(IntegrationPath.partnersOf(lync)),
                        productNames(IntegrationPath.partnersOf(exchange)));
            } else if (path == IntegrationPath.EXCHANGE_2010) {
                issues.warning("compatibility.exchangeServer", "exchange.limited");
            }
        }
        if (lync != null && ended(lync.endOfSupport())) {
            issues.warning("compatibility.lyncServer", "version.ended", lync.productName(), lync.endOfSupport().toString());
        }
        if (exchange != null && ended(exchange.endOfSupport())) {
            issues.warning("compatibility.exchangeServer", "version.ended", exchange.productName(),
                    exchange.endOfSupport().toString());
        }
        return raw;
    }

    private static boolean ended(LocalDate endOfSupport) {
        return endOfSupport != null && !endOfSupport.isAfter(LocalDate.now(ZoneOffset.UTC));
    }

    private static String productNames(List<? extends Enum<?>> versions) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : versions) {
            names.add(v instanceof LyncServer l ? l.productName() : ((ExchangeServer) v).productName());
        }
        return String.join(", ", names);
    }

    // ---- step 2: trusted application pool (P-2) --------------------------------------------

    /**
     * Step 2. The UM questions (co-location, SIP URI dial plans) exist only with Exchange 2013 and 2016
     * (P-8.4; P-7.3: the Exchange 2010 pool is always created): with another version an enabling plan
     * always creates the pool, and an absent co-location answer means exactly that. A plan that
     * switches IM off uses no pool at all (P-3.8), so its answer here is taken as it is, with every pair.
     */
    private static TrustedPool trustedPool(Issues issues, TrustedPool raw, ExchangeServer exchange, ImMode mode) {
        if (raw == null) {
            issues.error("trustedPool", "required");
            return null;
        }
        Boolean colocated = raw.umServicesColocated();
        boolean umQuestions = exchange == null || exchange.hasUnifiedMessagingQuestions();
        if (!umQuestions && !(mode == ImMode.DISABLE && Boolean.TRUE.equals(colocated))) {
            if (Boolean.TRUE.equals(colocated)) {
                issues.error("trustedPool.umServicesColocated", "notApplicable.exchangeServer");
            }
            if (mode != ImMode.DISABLE) {
                notApplicable(issues, "trustedPool.sipUriDialPlans", raw.sipUriDialPlans(), "exchangeServer");
            }
            colocated = Boolean.FALSE;
        }
        if (colocated == null) {
            issues.error("trustedPool.umServicesColocated", "required");
        }
        if (!Boolean.FALSE.equals(colocated)) {
            if (Boolean.TRUE.equals(colocated)) {
                notApplicable(issues, "trustedPool.owaPoolFqdn", raw.owaPoolFqdn(), "umServicesColocated");
                notApplicable(issues, "trustedPool.registrarPoolFqdn", raw.registrarPoolFqdn(), "umServicesColocated");
                notApplicable(issues, "trustedPool.siteId", raw.siteId(), "umServicesColocated");
                notApplicable(issues, "trustedPool.applicationId", raw.applicationId(), "umServicesColocated");
                notApplicable(issues, "trustedPool.port", raw.port(), "umServicesColocated");
                notApplicable(issues, "trustedPool.poolComputers", raw.poolComputers(), "umServicesColocated");
                notApplicable(issues, "trustedPool.sipUriDialPlans", raw.sipUriDialPlans(), "umServicesColocated");
                return TrustedPool.colocated();
            }
            return raw;
        }
        String owaPool = host(raw.owaPoolFqdn());
        String registrar = host(stripPrefix(clean(raw.registrarPoolFqdn()), REGISTRAR_PREFIX));
        String siteId = clean(raw.siteId());
        String applicationId = applicationId(issues, clean(raw.applicationId()));
        Integer port = port(issues, raw.port());
        List<String> computers = hostList(issues, "trustedPool.poolComputers", raw.poolComputers(), 0, POOL_COMPUTERS_MAX);
        List<String> dialPlans = umQuestions || mode == ImMode.DISABLE
                ? nameList(issues, "trustedPool.sipUriDialPlans", raw.sipUriDialPlans(), 0, DIAL_PLANS_MAX)
                : List.of();
        TrustedPool pool = new TrustedPool(false, owaPool, registrar, siteId, applicationId, port, computers, dialPlans);
        issues.addAll(Violations.of(pool, "trustedPool."));
        return new TrustedPool(false, owaPool, registrar, siteId, applicationId, port, compact(computers),
                compact(dialPlans));
    }

    private static String applicationId(Issues issues, String applicationId) {
        String id = stripPrefix(applicationId, URN_APPLICATION);
        return id == null ? DEFAULT_APPLICATION_ID : id;
    }

    private static Integer port(Issues issues, Integer port) {
        String path = "trustedPool.port";
        if (port == null) {
            return issues.known(path) ? null : DEFAULT_PORT;
        }
        if (port >= 1 && port <= 65535 && isLyncPort(port)) {
            issues.warning(path, "port.usedByLync", port);
        }
        return port;
    }

    /** True for a port that Lync Server 2013 servers already use, including the media range (P-2.7). */
    public static boolean isLyncPort(int port) {
        return LYNC_PORTS.contains(port) || (port >= 49152 && port <= 65535);
    }

    // ---- step 3: instant messaging (P-3, P-7.4) --------------------------------------------

    private static InstantMessaging instantMessaging(Issues issues, InstantMessaging raw, Compatibility compatibility,
            TrustedPool pool) {
        if (raw == null) {
            issues.error("instantMessaging", "required");
            return null;
        }
        ImMode mode = raw.mode();
        if (mode == null) {
            issues.error("instantMessaging.mode", "required");
            return raw;
        }
        if (mode == ImMode.DISABLE) {
            notApplicable(issues, "instantMessaging.mailboxServers", raw.mailboxServers(), "mode");
            notApplicable(issues, "instantMessaging.clientAccessServers", raw.clientAccessServers(), "mode");
            notApplicable(issues, "instantMessaging.certificateThumbprint", raw.certificateThumbprint(), "mode");
            notApplicable(issues, "instantMessaging.certificates", raw.certificates().isEmpty() ? null : raw.certificates(),
                    "mode");
            notApplicable(issues, "instantMessaging.imServerName", raw.imServerName(), "mode");
            return InstantMessaging.disable();
        }
        ExchangeServer exchange = compatibility == null ? null : compatibility.exchangeServer();
        if (compatibility != null && Boolean.FALSE.equals(compatibility.ucmaRuntimeConfirmed())) {
            issues.error("compatibility.ucmaRuntimeConfirmed", "ucma.notConfirmed");
        }
        List<String> mailboxServers;
        List<String> casServers;
        if (exchange == ExchangeServer.EXCHANGE_2010) {
            notApplicable(issues, "instantMessaging.mailboxServers", raw.mailboxServers(), "exchangeServer");
            mailboxServers = List.of();
            casServers = hostList(issues, "instantMessaging.clientAccessServers", raw.clientAccessServers(), 1, SERVERS_MAX);
        } else {
            mailboxServers = hostList(issues, "instantMessaging.mailboxServers", raw.mailboxServers(), 1, SERVERS_MAX);
            casServers = hostList(issues, "instantMessaging.clientAccessServers", raw.clientAccessServers(), 0, SERVERS_MAX);
        }
        List<String> certificateServers = compact(exchange == ExchangeServer.EXCHANGE_2010 ? casServers : mailboxServers);
        boolean serversKnown = !issues.hasError(exchange == ExchangeServer.EXCHANGE_2010
                ? "instantMessaging.clientAccessServers" : "instantMessaging.mailboxServers")
                && certificateServers.stream().allMatch(server -> hostProblem(server) == null);
        CertificateSource source = raw.certificateSource();
        String thumbprint = null;
        Map<String, String> certificates = Map.of();
        if (source == CertificateSource.IIS) {
            // P-9.2, P-8.6: the script takes each server's IIS certificate; the plan names none.
            notApplicable(issues, "instantMessaging.certificateThumbprint", raw.certificateThumbprint(),
                    "certificateSource");
            notApplicable(issues, "instantMessaging.certificates", raw.certificates().isEmpty() ? null
                    : raw.certificates(), "certificateSource");
            issues.warning("instantMessaging.certificateSource", "certificate.wildcard");
        } else {
            Map<String, String> perServer = certificates(issues, raw.certificates(), certificateServers, serversKnown);
            certificates = perServer;
            List<String> uncovered = certificateServers.stream().filter(s -> !perServer.containsKey(s)).toList();
            boolean perServerGiven = !certificates.isEmpty() || issues.known("instantMessaging.certificates");
            if (clean(raw.certificateThumbprint()) == null && perServerGiven
                    && !issues.known("instantMessaging.certificateThumbprint")) {
                if (!uncovered.isEmpty() && serversKnown) {
                    issues.error("instantMessaging.certificates", "certificates.incomplete", shortList(uncovered));
                }
            } else {
                thumbprint = thumbprint(issues, raw.certificateThumbprint());
            }
            if (thumbprint != null && !issues.hasError("instantMessaging.certificateThumbprint")
                    && Thumbprint.Validator.valid(thumbprint)) {
                issues.warning("instantMessaging.certificateThumbprint", "certificate.wildcard");
            } else if (thumbprint == null && !certificates.isEmpty() && !issues.hasError("instantMessaging.certificates")) {
                issues.warning("instantMessaging.certificates", "certificate.wildcard");
            }
        }
        String overrideName = null;
        if (exchange != null && exchange.is2016OrLater()) {
            overrideName = clean(raw.settingOverrideName());
            if (overrideName == null && !issues.known("instantMessaging.settingOverrideName")) {
                overrideName = InstantMessaging.DEFAULT_SETTING_OVERRIDE_NAME;
            }
        }
        String imServerName = host(raw.imServerName());
        if (imServerName == null) {
            issues.error("instantMessaging.imServerName", "required");
        }
        if (imServerName != null && pool != null && pool.createsPool() && pool.registrarPoolFqdn() != null
                && !issues.hasError("trustedPool.registrarPoolFqdn") && !imServerName.equals(pool.registrarPoolFqdn())) {
            issues.error("instantMessaging.imServerName", "imServerName.registrarMismatch", pool.registrarPoolFqdn());
        }
        issues.addAll(Violations.of(new InstantMessaging(ImMode.ENABLE, mailboxServers, casServers, source, thumbprint,
                certificates, imServerName, overrideName), "instantMessaging."));
        return new InstantMessaging(ImMode.ENABLE, compact(mailboxServers), compact(casServers), source, thumbprint,
                certificates, imServerName, overrideName);
    }

    /**
     * The JSON path of one entry of {@code instantMessaging.certificates}: the key as the file
     * spells it, in double quotes with JSON escapes ({@code instantMessaging.certificates["ex19-02.tailspintoys.com"]}),
     * at most 253 characters of it (the longest host name), control and invisible characters shown as {@code ?}.
     */
    public static String certificatePath(String key) {
        return entryPath("instantMessaging.certificates", key);
    }

    /** The JSON path of one entry of an object by key, as {@link #certificatePath} spells it. */
    static String entryPath(String objectPath, String key) {
        StringBuilder out = new StringBuilder(objectPath).append("[\"");
        String name = key == null ? "" : key;
        name.codePoints().limit(HOSTNAME_MAX).forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append("\"]").toString();
    }

    /**
     * P-9.2: a thumbprint per server, for servers whose certificate differs. Each name must be one
     * of the plan's servers ({@code servers}: the Mailbox servers, the Client Access servers for
     * Exchange 2010); each thumbprint follows P-3.4. Host names are lower-cased, thumbprints
     * normalised; the file's order is kept.
     */
    private static Map<String, String> certificates(Issues issues, Map<String, String> raw, List<String> servers,
            boolean serversKnown) {
        String path = "instantMessaging.certificates";
        if (raw.isEmpty()) {
            return Map.of();
        }
        if (raw.size() > SERVERS_MAX) {
            issues.error(path, "list.tooMany", SERVERS_MAX);
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            String entryPath = certificatePath(entry.getKey());
            String host = clean(entry.getKey());
            host = host == null ? "" : host.toLowerCase(Locale.ROOT);
            String problem = hostProblem(host);
            if (problem != null) {
                issues.error(entryPath, problem, host);
            } else if (out.containsKey(host)) {
                issues.error(entryPath, "list.duplicate", host);
            } else if (serversKnown && !servers.contains(host)) {
                issues.error(entryPath, "certificates.unknownServer", host);
            }
            String thumbprint = normaliseThumbprint(entry.getValue());
            if (thumbprint == null) {
                if (!issues.known(entryPath)) {
                    issues.error(entryPath, "required", host);
                }
            } else if (!Thumbprint.Validator.valid(thumbprint)) {
                int bad = Thumbprint.Validator.notHex(thumbprint);
                issues.error(entryPath, "thumbprint.invalid", thumbprint.codePointCount(0, thumbprint.length()), host,
                        bad < 0 ? "" : Thumbprint.Validator.shownCharacter(thumbprint, bad),
                        bad < 0 ? 0 : thumbprint.codePointCount(0, bad) + 1);
            }
            out.putIfAbsent(host, thumbprint);
        }
        return out;
    }

    /** A list for a message: at most ten names, then an ellipsis. */
    private static String shortList(List<String> names) {
        return names.size() <= 10 ? String.join(", ", names) : String.join(", ", names.subList(0, 10)) + ", ...";
    }

    /**
     * Normalises a certificate thumbprint as P-3.4 says: whitespace and invisible characters
     * (a copied thumbprint often starts with U+200E) are dropped, letters upper-cased.
     */
    public static String normaliseThumbprint(String thumbprint) {
        if (thumbprint == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(40);
        thumbprint.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                    || type == Character.CONTROL;
            if (!invisible) {
                out.appendCodePoint(cp);
            }
        });
        return out.isEmpty() ? null : out.toString().toUpperCase(Locale.ROOT);
    }

    private static String thumbprint(Issues issues, String raw) {
        String path = "instantMessaging.certificateThumbprint";
        String thumbprint = normaliseThumbprint(raw);
        if (thumbprint == null) {
            if (!issues.known(path)) {
                issues.error(path, "required");
            }
            return null;
        }
        return thumbprint;
    }

    // ---- step 4: mailbox policy (P-4) ------------------------------------------------------

    private static MailboxPolicy mailboxPolicy(Issues issues, MailboxPolicy raw, InstantMessaging im) {
        if (raw == null) {
            if (im != null && im.enables()) {
                issues.error("mailboxPolicy", "required");
            }
            return null;
        }
        PolicyScope scope = raw.scope();
        if (scope == null) {
            issues.error("mailboxPolicy.scope", "required");
            return raw;
        }
        if (scope != PolicyScope.NAMED) {
            notApplicable(issues, "mailboxPolicy.policies", raw.policies(), "scope");
            return applies(im) ? new MailboxPolicy(scope, List.of()) : null;
        }
        List<String> names = nameList(issues, "mailboxPolicy.policies", raw.policies(), 1, POLICIES_MAX);
        issues.addAll(Violations.of(new MailboxPolicy(scope, names), "mailboxPolicy."));
        return applies(im) ? new MailboxPolicy(scope, compact(names)) : null;
    }

    /**
     * Mailbox policies matter only when IM is enabled ({@link Plan#asksMailboxPolicy}); a plan that switches
     * IM off may still carry an answer (the example file does), which is checked but then dropped, exactly as
     * the wizard drops it when IM is switched off, so that the same answers always make the same plan.
     */
    private static boolean applies(InstantMessaging im) {
        return Plan.asksMailboxPolicy(im);
    }

    // ---- shared value rules ----------------------------------------------------------------

    /** Trims (Unicode white space); an all-space string counts as absent. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A list checked with its entries in place (blank ones as null, so paths keep the file's indexes), without them. */
    private static List<String> compact(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static String stripPrefix(String value, String prefix) {
        if (value != null && value.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return clean(value.substring(prefix.length()));
        }
        return value;
    }

    /** A host name as the rules compare it: trimmed, lower-case. */
    private static String host(String raw) {
        String host = clean(raw);
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    /** The rule code a host name breaks, or null: see {@link HostName}. */
    public static String hostProblem(String host) {
        return HostName.Validator.problem(host);
    }

    private static List<String> hostList(Issues issues, String path, List<String> raw, int min, int max) {
        if (tooMany(issues, path, raw, max)) {
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            String host = clean(given.get(i));
            host = host == null ? null : host.toLowerCase(Locale.ROOT);
            if (host != null && hostProblem(host) == null && !seen.add(host)) {
                issues.error(path + "[" + i + "]", "list.duplicate", host);
            }
            hosts.add(host);
        }
        listSize(issues, path, hosts.size() - Collections.frequency(hosts, null), min, max);
        return Collections.unmodifiableList(hosts);
    }

    private static List<String> nameList(Issues issues, String path, List<String> raw, int min, int max) {
        if (tooMany(issues, path, raw, max)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = raw == null ? List.of() : raw;
        for (int i = 0; i < given.size(); i++) {
            String name = clean(given.get(i));
            boolean plain = name != null && name.codePointCount(0, name.length()) <= NAME_MAX && !hasControl(name)
                    && firstInvisible(name) < 0;
            if (plain && !seen.add(name.toLowerCase(Locale.ROOT))) {
                issues.error(path + "[" + i + "]", "list.duplicate", name);
            }
            names.add(name);
        }
        listSize(issues, path, names.size() - Collections.frequency(names, null), min, max);
        return Collections.unmodifiableList(names);
    }

    /**
     * A list longer than the procedure allows is one error, and its entries are not checked one by
     * one: the work and the answer stay small however long the list (issue 12).
     */
    private static boolean tooMany(Issues issues, String path, List<String> raw, int max) {
        if (raw == null || raw.size() <= max || issues.known(path)) {
            return false;
        }
        int entries = 0;
        for (String value : raw) {
            if (value == null || !value.isBlank()) {
                entries++;
            }
        }
        if (entries <= max) {
            return false;
        }
        issues.error(path, "list.tooMany", max);
        return true;
    }

    /**
     * The most entries a list of the plan may have (plan-and-bundle.md: 1–100 servers, 1–50
     * policies; pool computers 100 and SIP URI dial plans 50 are this wizard's own bounds), or
     * {@code Integer.MAX_VALUE} for a path that is not a list of the plan: the {@code @Size(max)}
     * of the records' components.
     */
    public static int maxEntries(String path) {
        return BOUNDS.getOrDefault(path, Integer.MAX_VALUE);
    }

    private static Map<String, Integer> bounds(Class<?> type, String prefix, Map<String, Integer> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            Size size = c.getAccessor().getAnnotation(Size.class);
            if (size != null) {
                out.put(prefix + c.getName(), size.max());
            }
            if (c.getType().isRecord()) {
                bounds(c.getType(), prefix + c.getName() + ".", out);
            }
        }
        return out;
    }

    private static void listSize(Issues issues, String path, int size, int min, int max) {
        if (issues.known(path)) {
            return;
        }
        if (size < min) {
            issues.error(path, "required");
        } else if (size > max) {
            issues.error(path, "list.tooMany", max);
        }
    }

    private static void notApplicable(Issues issues, String path, Object value, String because) {
        boolean present = value instanceof String s ? clean(s) != null
                : value instanceof List<?> l ? l.stream().anyMatch(v -> v instanceof String s && clean(s) != null)
                : value != null;
        if (present) {
            issues.error(path, "notApplicable." + because);
        }
    }

    /** Control characters (Unicode Cc) and line/paragraph separators, which could end a line in a script. */
    public static boolean hasControl(String value) {
        return value.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    /**
     * The first character of the value that shows nothing or changes how the text around it is
     * shown, or -1. Such a character would go into a script as it is, where an editor shows the line
     * reordered or two different names alike (issue 12, "Trojan Source"): every format character
     * (Unicode Cf: the bidirectional embeddings, overrides and isolates U+202A–U+202E and
     * U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width spaces and joiners, U+FEFF, the
     * soft hyphen, tag characters), a lone surrogate (half of a pair, from a JSON escape), and the
     * default-ignorable letters that render as nothing (the Hangul fillers, U+034F, U+17B4/U+17B5,
     * the Mongolian selectors, U+FFF0–U+FFF8). Variation selectors stay allowed: they only pick how
     * the visible character before them looks.
     */
    public static int firstInvisible(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.SURROGATE || cp == 0x034F || cp == 0x115F
                    || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164
                    || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A value quoted back in a message, cut to {@link #SHOWN_MAX} characters so that a huge value makes no huge answer. */
    static String shown(String value) {
        if (value == null || value.codePointCount(0, value.length()) <= SHOWN_MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, SHOWN_MAX)) + "\u2026";
    }

    private static Set<Integer> lyncPorts() {
        Set<Integer> ports = new HashSet<>(List.of(80, 135, 443, 444, 445, 448, 881, 4443, 5041, 5075, 5076, 5086, 5087,
                8057, 8058, 8060, 8061, 8080, 8404));
        for (int p = 5060; p <= 5068; p++) {
            ports.add(p);
        }
        for (int p = 5070; p <= 5073; p++) {
            ports.add(p);
        }
        for (int p = 5080; p <= 5082; p++) {
            ports.add(p);
        }
        return Set.copyOf(ports);
    }

    /**
     * Collects issues, never repeating one for a value whose reading already failed. The paths of
     * those values are kept in sets (each path and every path it lies under), so that asking about a
     * path costs its own length, not the number of reading errors: a plan with tens of thousands
     * of them is checked in linear time (issue 12).
     */
    private static final class Issues {
        private final List<PlanIssue> errors = new ArrayList<>();
        private final List<PlanIssue> warnings = new ArrayList<>();
        /** The paths of the values whose reading failed. */
        private final Set<String> knownPaths = new HashSet<>();
        /** Every path a failed value lies under ({@code a} and {@code a.b} for {@code a.b[3]}). */
        private final Set<String> knownParents = new HashSet<>();

        Issues(Collection<PlanIssue> readErrors) {
            errors.addAll(readErrors);
            for (PlanIssue e : readErrors) {
                String path = e.path();
                knownPaths.add(path);
                for (int i = 0; i < path.length(); i++) {
                    char c = path.charAt(i);
                    if (c == '.' || c == '[') {
                        knownParents.add(path.substring(0, i));
                    }
                }
            }
        }

        /** True when a failed value is at, under or above this path. */
        boolean known(String path) {
            return knownParents.contains(path) || knownExactly(path);
        }

        boolean hasError(String path) {
            return errors.stream().anyMatch(e -> e.fieldPath().equals(path));
        }

        void error(String path, String code, Object... args) {
            if (!knownExactly(path)) {
                errors.add(PlanIssue.of(path, code, args));
            }
        }

        /** Issues found by the constraints; none for a value whose reading failed. */
        void addAll(List<PlanIssue> found) {
            for (PlanIssue issue : found) {
                if (!knownExactly(issue.path())) {
                    errors.add(issue);
                }
            }
        }

        void warning(String path, String code, Object... args) {
            warnings.add(PlanIssue.of(path, code, args));
        }

        /** True when a failed value is at this path or above it. */
        private boolean knownExactly(String path) {
            if (knownPaths.isEmpty()) {
                return false;
            }
            if (knownPaths.contains(path)) {
                return true;
            }
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if ((c == '.' || c == '[') && knownPaths.contains(path.substring(0, i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
