package org.lyncowa.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.plan.HostName;

/**
 * Turns a discovery into a draft plan and the findings each step shows beside it. The draft holds what the
 * findings decide; where they cannot (several registrar pools, several sites, several candidate OWA pool
 * names) the first candidate is pre-selected and the step offers the others. It never makes a plan valid by
 * itself: the wizard's steps check every answer as if it had been typed.
 */
public final class DiscoveryDraft {

    static final String COMPATIBILITY = "compatibility";
    static final String POOL = "trustedPool";
    static final String IM = "instantMessaging";
    static final String POLICY = "mailboxPolicy";

    private static final Pattern VERSION = Pattern.compile("Version (\\d+)\\.(\\d+)");
    private static final Pattern LYNC_BUILD = Pattern.compile("\\((\\d+)\\.\\d+\\.\\d+\\.\\d+\\)");
    private static final String UCMA_2013 = "microsoft.rtc.internal.ucweb.dll";
    private static final String UCMA_2010 = "microsoft.rtc.ucweb.dll";

    /** The draft plan and its findings. */
    public record Draft(Plan plan, List<Finding> findings) {
        public Draft {
            findings = List.copyOf(findings);
        }

        public List<Finding> in(String section) {
            return findings.stream().filter(f -> f.section().equals(section)).toList();
        }
    }

    private final Discovery discovery;
    private final Instant now;
    private final List<Finding> findings = new ArrayList<>();

    private DiscoveryDraft(Discovery discovery, Instant now) {
        this.discovery = discovery;
        this.now = now;
    }

    /** The draft of a valid discovery, certificates judged at {@code now}. */
    public static Draft of(Discovery discovery, Instant now) {
        return new DiscoveryDraft(Objects.requireNonNull(discovery), now).draft();
    }

    private Draft draft() {
        Discovery.Lync lync = discovery.lync();
        Discovery.Exchange exchange = discovery.exchange();
        if (lync == null) {
            findings.add(Finding.missing(COMPATIBILITY, null, "noLyncPart"));
        }
        if (exchange == null) {
            findings.add(Finding.missing(COMPATIBILITY, null, "noExchangePart"));
        }
        LyncServer lyncServer = lyncServer(lync);
        ExchangeServer exchangeServer = exchangeServer(exchange);
        List<Discovery.Server> imServers = imServers(exchange, exchangeServer);
        Boolean ucma = ucma(imServers, exchangeServer);
        Compatibility compatibility = new Compatibility(lyncServer, exchangeServer, ucma);

        TrustedPool pool = trustedPool(lync, exchange, exchangeServer, imServers);
        InstantMessaging im = instantMessaging(exchangeServer, imServers, pool, exchange);
        MailboxPolicy policy = mailboxPolicy(exchange);
        return new Draft(new Plan(null, compatibility, pool, im, policy), findings);
    }

    // --- step 1: versions and the UCMA runtime ---

    private LyncServer lyncServer(Discovery.Lync lync) {
        if (lync == null || lync.productVersion() == null) {
            if (lync != null) {
                findings.add(Finding.missing(COMPATIBILITY, "lyncServer", "lyncVersionMissing"));
            }
            return null;
        }
        String text = lync.productVersion();
        String lower = text.toLowerCase(Locale.ROOT);
        LyncServer found = null;
        if (lower.contains("subscription edition")) {
            found = LyncServer.SKYPE_SE;
        } else if (lower.contains("2019")) {
            found = LyncServer.SKYPE_2019;
        } else if (lower.contains("2015")) {
            found = LyncServer.SKYPE_2015;
        } else if (lower.contains("lync server 2013")) {
            found = LyncServer.LYNC_2013;
        } else {
            Matcher m = LYNC_BUILD.matcher(text);
            if (m.find()) {
                found = switch (m.group(1)) {
                    case "5" -> LyncServer.LYNC_2013;
                    case "6" -> LyncServer.SKYPE_2015;
                    case "7" -> LyncServer.SKYPE_2019;
                    default -> null;
                };
            }
        }
        if (found == null) {
            findings.add(Finding.missing(COMPATIBILITY, "lyncServer", "lyncVersionUnknown", text));
        } else {
            findings.add(Finding.found(COMPATIBILITY, "lyncServer", "lyncVersion", text));
        }
        return found;
    }

    private ExchangeServer exchangeServer(Discovery.Exchange exchange) {
        if (exchange == null) {
            return null;
        }
        Map<ExchangeServer, List<String>> byVersion = new LinkedHashMap<>();
        for (Discovery.Server server : exchange.servers()) {
            ExchangeServer version = version(server.adminDisplayVersion());
            if (version != null && (Boolean.TRUE.equals(server.mailbox()) || Boolean.TRUE.equals(server.clientAccess()))) {
                byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(server.label() + " (" + server.adminDisplayVersion() + ")");
            }
        }
        if (byVersion.isEmpty()) {
            findings.add(Finding.missing(COMPATIBILITY, "exchangeServer", "exchangeVersionMissing"));
            return null;
        }
        // The newest version found is the one the integration is for; older servers are named in a warning.
        ExchangeServer newest = byVersion.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        findings.add(Finding.found(COMPATIBILITY, "exchangeServer", "exchangeVersion",
                String.join(", ", byVersion.get(newest))));
        if (byVersion.size() > 1) {
            List<String> older = new ArrayList<>();
            byVersion.forEach((v, servers) -> {
                if (v != newest) {
                    older.addAll(servers);
                }
            });
            findings.add(Finding.warning(COMPATIBILITY, "exchangeServer", "exchangeVersionsMixed", String.join(", ", older)));
        }
        if (newest == ExchangeServer.EXCHANGE_2019) {
            // P-8.1: SE reports the same version as 2019 CU15.
            findings.add(Finding.found(COMPATIBILITY, "exchangeServer", "exchangeSeSameVersion"));
        }
        return newest;
    }

    /** P-9.6: AdminDisplayVersion 14.x is 2010, 15.0 is 2013, 15.1 is 2016, 15.2 is 2019 (and SE). */
    static ExchangeServer version(String adminDisplayVersion) {
        if (adminDisplayVersion == null) {
            return null;
        }
        Matcher m = VERSION.matcher(adminDisplayVersion);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1) + "." + m.group(2)) {
            case "14.1", "14.2", "14.3" -> ExchangeServer.EXCHANGE_2010;
            case "15.0" -> ExchangeServer.EXCHANGE_2013;
            case "15.1" -> ExchangeServer.EXCHANGE_2016;
            case "15.2" -> ExchangeServer.EXCHANGE_2019;
            default -> null;
        };
    }

    /** The servers the IM settings go to: Mailbox servers (2013 and later), Client Access servers (2010, P-7.4). */
    private static List<Discovery.Server> imServers(Discovery.Exchange exchange, ExchangeServer version) {
        if (exchange == null || version == null) {
            return List.of();
        }
        boolean ex2010 = version == ExchangeServer.EXCHANGE_2010;
        return exchange.servers().stream()
                .filter(s -> s.fqdn() != null && version(s.adminDisplayVersion()) == version)
                .filter(s -> ex2010 ? Boolean.TRUE.equals(s.clientAccess()) : Boolean.TRUE.equals(s.mailbox()))
                .sorted(Comparator.comparing(Discovery.Server::fqdn))
                .toList();
    }

    /** P-1.4, P-7.1: confirmed only when every server has the registry value and the file. */
    private Boolean ucma(List<Discovery.Server> servers, ExchangeServer version) {
        if (servers.isEmpty()) {
            return null;
        }
        String expected = version == ExchangeServer.EXCHANGE_2010 ? UCMA_2010 : UCMA_2013;
        List<String> missing = new ArrayList<>();
        for (Discovery.Server s : servers) {
            String path = s.ucmaImplementationDllPath();
            boolean ok = path != null && path.toLowerCase(Locale.ROOT).endsWith("\\" + expected)
                    && Boolean.TRUE.equals(s.ucmaDllExists());
            if (!ok) {
                missing.add(s.fqdn());
            }
        }
        if (missing.isEmpty()) {
            findings.add(Finding.found(COMPATIBILITY, "ucmaRuntimeConfirmed", "ucmaFound", names(servers)));
            return true;
        }
        findings.add(Finding.warning(COMPATIBILITY, "ucmaRuntimeConfirmed", "ucmaMissing", String.join(", ", missing)));
        return null;
    }

    // --- step 2: the trusted application pool ---

    private TrustedPool trustedPool(Discovery.Lync lync, Discovery.Exchange exchange, ExchangeServer version,
            List<Discovery.Server> imServers) {
        Set<String> exchangeNames = new LinkedHashSet<>();
        if (exchange != null) {
            exchange.servers().forEach(s -> {
                if (s.fqdn() != null) {
                    exchangeNames.add(s.fqdn());
                }
            });
        }
        List<String> sipPlans = exchange == null ? List.of() : exchange.umDialPlans().stream()
                .filter(p -> p.name() != null && (p.uriType() == null || "SipName".equalsIgnoreCase(p.uriType())))
                .map(Discovery.DialPlan::name).distinct().toList();
        boolean umQuestions = version != null && version.hasUnifiedMessagingQuestions();

        // P-2.1: UM Call Router and UM services on one computer serving a SIP URI dial plan.
        List<String> colocated = new ArrayList<>();
        if (umQuestions && exchange != null) {
            for (Discovery.Server s : exchange.servers()) {
                boolean both = Boolean.TRUE.equals(s.mailbox()) && Boolean.TRUE.equals(s.clientAccess());
                boolean serves = s.umServiceDialPlans().stream().anyMatch(sipPlans::contains)
                        && s.callRouterDialPlans().stream().anyMatch(sipPlans::contains);
                if (both && serves && s.fqdn() != null) {
                    colocated.add(s.fqdn());
                }
            }
        }
        List<Discovery.TrustedApplicationPool> existing = lync == null ? List.of() : lync.trustedApplicationPools();
        // P-2.2: a trusted pool or computer that is an Exchange server already.
        List<String> manual = new ArrayList<>();
        for (Discovery.TrustedApplicationPool p : existing) {
            if (exchangeNames.contains(p.fqdn()) || p.computers().stream().anyMatch(exchangeNames::contains)) {
                manual.add(p.fqdn());
            }
        }
        if (!colocated.isEmpty()) {
            findings.add(Finding.found(POOL, "umServicesColocated", "colocatedFound", String.join(", ", colocated),
                    String.join(", ", sipPlans)));
            findings.add(Finding.warning(POOL, "umServicesColocated", "colocatedNewPoolBreaks"));
            if (!manual.isEmpty()) {
                findings.add(Finding.warning(POOL, "umServicesColocated", "colocatedManualPool", String.join(", ", manual)));
            }
            if (!sipPlans.isEmpty()) {
                findings.add(Finding.found(POOL, "sipUriDialPlans", "sipPlansFound", String.join(", ", sipPlans)));
            }
            // With co-located UM the plan holds no pool answers, dial plans included (the rules refuse them).
            return TrustedPool.colocated();
        }
        if (umQuestions) {
            findings.add(Finding.found(POOL, "umServicesColocated", "colocatedNotFound"));
        }

        // The OWA pool: an existing trusted pool of the Exchange servers, the one Mailbox server, or the name
        // every server's certificate carries (P-2.4).
        List<String> owaCandidates = new ArrayList<>();
        Discovery.TrustedApplicationPool existingOwa = null;
        for (Discovery.TrustedApplicationPool p : existing) {
            if (manual.contains(p.fqdn()) || imServers.stream().anyMatch(s -> s.iisCertificates().stream()
                    .anyMatch(c -> c.names(p.fqdn())))) {
                existingOwa = existingOwa == null ? p : existingOwa;
                owaCandidates.add(p.fqdn());
            }
        }
        if (existingOwa != null) {
            findings.add(Finding.warning(POOL, "owaPoolFqdn", "owaPoolExists", existingOwa.fqdn(),
                    Objects.toString(existingOwa.registrar(), "-"), Objects.toString(existingOwa.site(), "-")));
        }
        if (imServers.size() == 1) {
            addIfNew(owaCandidates, imServers.get(0).fqdn());
        } else if (imServers.size() > 1) {
            for (String name : commonCertificateNames(imServers)) {
                addIfNew(owaCandidates, name);
            }
        }
        String owaPool = first(POOL, "owaPoolFqdn", "owaPool", owaCandidates);

        List<String> poolComputers = new ArrayList<>();
        if (owaPool != null && !(imServers.size() == 1 && imServers.get(0).fqdn().equals(owaPool))) {
            imServers.forEach(s -> poolComputers.add(s.fqdn()));
            poolComputers.remove(owaPool);
            if (!poolComputers.isEmpty()) {
                findings.add(Finding.found(POOL, "poolComputers", "poolComputers", String.join(", ", poolComputers)));
            }
        }

        // P-2.5: the pools with the Registrar role; the existing OWA pool's registrar first.
        List<String> registrars = new ArrayList<>();
        if (existingOwa != null && existingOwa.registrar() != null) {
            registrars.add(existingOwa.registrar());
        }
        Map<String, String> siteOfPool = new LinkedHashMap<>();
        if (lync != null) {
            lync.pools().stream().filter(p -> Boolean.TRUE.equals(p.registrar()) && p.fqdn() != null)
                    .sorted(Comparator.comparing(Discovery.Pool::fqdn)).forEach(p -> {
                        addIfNew(registrars, p.fqdn());
                        siteOfPool.put(p.fqdn(), p.site());
                    });
        }
        String registrar = first(POOL, "registrarPoolFqdn", "registrarPool", registrars);

        // P-2.6: the SiteId of the registrar pool's site; never its display name or Identity.
        List<String> siteIds = new ArrayList<>();
        List<Discovery.Site> sites = lync == null ? List.of() : lync.sites();
        String wantedSite = existingOwa != null && existingOwa.site() != null ? existingOwa.site()
                : registrar == null ? null : siteOfPool.get(registrar);
        for (Discovery.Site site : sites) {
            if (site.siteId() != null && wantedSite != null && (wantedSite.equalsIgnoreCase(site.identity())
                    || wantedSite.equalsIgnoreCase("site:" + site.siteId()))) {
                siteIds.add(site.siteId());
            }
        }
        if (siteIds.isEmpty()) {
            sites.stream().map(Discovery.Site::siteId).filter(Objects::nonNull).forEach(id -> addIfNew(siteIds, id));
        }
        String siteId = first(POOL, "siteId", "site", siteIds);
        if (siteId != null) {
            for (Discovery.Site site : sites) {
                if (siteId.equals(site.siteId()) && site.displayName() != null && !site.displayName().equals(siteId)) {
                    findings.add(Finding.found(POOL, "siteId", "siteIdNotName", siteId, site.displayName()));
                }
            }
        }

        // P-2.7: an existing application of the OWA pool keeps its id and port; else the defaults.
        String applicationId = "OutlookWebApp";
        int port = 5199;
        if (existingOwa != null && !existingOwa.applications().isEmpty()) {
            Discovery.TrustedApplication app = existingOwa.applications().get(0);
            if (app.applicationId() != null) {
                String id = app.applicationId().replaceFirst("(?i)^urn:application:", "");
                if (id.matches("[A-Za-z0-9]{1,64}")) {
                    applicationId = id;
                }
            }
            if (app.port() != null) {
                port = app.port();
            }
            findings.add(Finding.found(POOL, "applicationId", "applicationFound", applicationId, Integer.toString(port)));
        } else if (existingOwa == null) {
            findings.add(Finding.found(POOL, "applicationId", "applicationDefault"));
        }
        if (umQuestions && !sipPlans.isEmpty()) {
            findings.add(Finding.found(POOL, "sipUriDialPlans", "sipPlansFound", String.join(", ", sipPlans)));
        }
        return new TrustedPool(false, owaPool, registrar, siteId, applicationId, port, poolComputers,
                umQuestions ? sipPlans : List.of());
    }

    /** Names every server's IIS certificate carries that are not a server's own name (the load-balanced OWA name). */
    private static List<String> commonCertificateNames(List<Discovery.Server> servers) {
        Set<String> servernames = new LinkedHashSet<>();
        servers.forEach(s -> servernames.add(s.fqdn()));
        Set<String> common = null;
        for (Discovery.Server s : servers) {
            Set<String> names = new LinkedHashSet<>();
            for (Discovery.Certificate c : s.iisCertificates()) {
                if (c.subjectName() != null) {
                    names.add(c.subjectName());
                }
                names.addAll(c.domains().stream().filter(Objects::nonNull).toList());
            }
            if (common == null) {
                common = names;
            } else {
                common.retainAll(names);
            }
        }
        if (common == null) {
            return List.of();
        }
        return common.stream().filter(n -> !servernames.contains(n) && !n.startsWith("autodiscover.")
                && HostName.Validator.problem(n) == null).toList();
    }

    // --- step 3: instant messaging ---

    private InstantMessaging instantMessaging(ExchangeServer version, List<Discovery.Server> servers, TrustedPool pool,
            Discovery.Exchange exchange) {
        if (version == null) {
            return null;
        }
        boolean ex2010 = version == ExchangeServer.EXCHANGE_2010;
        List<String> names = servers.stream().map(Discovery.Server::fqdn).toList();
        if (names.isEmpty()) {
            findings.add(Finding.missing(IM, ex2010 ? "clientAccessServers" : "mailboxServers", "serversMissing"));
        } else {
            findings.add(Finding.found(IM, ex2010 ? "clientAccessServers" : "mailboxServers", "servers",
                    String.join(", ", names)));
        }
        // P-9.2: each server's IIS certificate; one shared thumbprint, or one per server when they differ.
        Map<String, String> thumbprints = new LinkedHashMap<>();
        for (Discovery.Server s : servers) {
            Discovery.Certificate c = certificate(s, pool);
            if (c != null) {
                thumbprints.put(s.fqdn(), c.thumbprint());
            }
        }
        String shared = null;
        Map<String, String> perServer = Map.of();
        Set<String> distinct = new LinkedHashSet<>(thumbprints.values());
        if (distinct.size() == 1 && thumbprints.size() == servers.size()) {
            shared = distinct.iterator().next();
            findings.add(Finding.found(IM, "certificateThumbprint", "certificateShared", shared));
        } else if (!thumbprints.isEmpty()) {
            perServer = thumbprints;
            findings.add(Finding.warning(IM, "certificates", "certificatesDiffer", describe(thumbprints)));
        }
        String imServerName = pool != null && pool.createsPool() ? pool.registrarPoolFqdn() : registrarGuess();
        if (imServerName != null) {
            findings.add(Finding.found(IM, "imServerName", "imServerName", imServerName));
        }
        String overrideName = null;
        if (version.is2016OrLater()) {
            overrideName = InstantMessaging.DEFAULT_SETTING_OVERRIDE_NAME;
            for (Discovery.SettingOverride o : exchange.imSettingOverrides()) {
                findings.add(Finding.warning(IM, "settingOverrideName", "overrideExists", Objects.toString(o.name(), "-"),
                        Objects.toString(o.parameter("IMServerName"), "-"),
                        Objects.toString(o.parameter("IMCertificateThumbprint"), "-")));
                if (o.name() != null && o.servers().isEmpty()) {
                    overrideName = o.name();
                }
            }
        }
        for (Discovery.OwaVirtualDirectory d : exchange.owaVirtualDirectories()) {
            if (!Boolean.TRUE.equals(d.instantMessagingEnabled()) || !"Ocs".equalsIgnoreCase(d.instantMessagingType())) {
                findings.add(Finding.found(IM, "mode", "directoryNotYet", Objects.toString(d.identity(), "-"),
                        String.valueOf(d.instantMessagingEnabled()), Objects.toString(d.instantMessagingType(), "-")));
            }
        }
        return new InstantMessaging(ImMode.ENABLE, ex2010 ? List.of() : names, ex2010 ? names : List.of(),
                CertificateSource.THUMBPRINT, shared, perServer, imServerName, overrideName);
    }

    private String registrarGuess() {
        Discovery.Lync lync = discovery.lync();
        if (lync == null) {
            return null;
        }
        return lync.pools().stream().filter(p -> Boolean.TRUE.equals(p.registrar()) && p.fqdn() != null)
                .map(Discovery.Pool::fqdn).sorted().findFirst().orElse(null);
    }

    /**
     * The IIS certificate of a server that the integration can use (P-3.4): the one with a private key, in its
     * dates and naming the server; each way the chosen one falls short is a warning.
     */
    private Discovery.Certificate certificate(Discovery.Server server, TrustedPool pool) {
        List<Discovery.Certificate> certificates = server.iisCertificates().stream()
                .filter(c -> c.thumbprint() != null).toList();
        if (certificates.isEmpty()) {
            findings.add(Finding.warning(IM, "certificateThumbprint", "certificateNone", server.fqdn()));
            return null;
        }
        String poolName = pool != null && pool.createsPool() ? pool.owaPoolFqdn() : null;
        Discovery.Certificate best = certificates.stream().max(Comparator
                .comparing((Discovery.Certificate c) -> c.names(server.fqdn()) || c.names(poolName))
                .thenComparing(c -> Boolean.TRUE.equals(c.hasPrivateKey()))
                .thenComparing(c -> c.validAt(now))
                .thenComparing(c -> c.notAfter() == null ? Instant.MIN : c.notAfter())).orElseThrow();
        if (certificates.size() > 1) {
            findings.add(Finding.found(IM, "certificateThumbprint", "certificateSeveral", server.fqdn(),
                    best.thumbprint(), Integer.toString(certificates.size())));
        }
        if (!best.names(server.fqdn()) && !best.names(poolName)) {
            findings.add(Finding.warning(IM, "certificateThumbprint", "certificateLacksName", server.fqdn(),
                    best.thumbprint(), Objects.toString(best.subject(), "-"), String.join(", ", best.domains())));
        }
        if (!Boolean.TRUE.equals(best.hasPrivateKey())) {
            findings.add(Finding.warning(IM, "certificateThumbprint", "certificateNoKey", server.fqdn(), best.thumbprint()));
        }
        if (!best.validAt(now)) {
            findings.add(Finding.warning(IM, "certificateThumbprint", "certificateDates", server.fqdn(), best.thumbprint(),
                    String.valueOf(best.notBefore()), String.valueOf(best.notAfter())));
        }
        if (best.wildcard()) {
            findings.add(Finding.warning(IM, "certificateThumbprint", "certificateWildcard", server.fqdn(), best.thumbprint()));
        }
        return best;
    }

    // --- step 4: mailbox policies ---

    private MailboxPolicy mailboxPolicy(Discovery.Exchange exchange) {
        if (exchange == null || exchange.owaMailboxPolicies().isEmpty()) {
            return null;
        }
        List<String> names = exchange.owaMailboxPolicies().stream().map(Discovery.OwaMailboxPolicy::name)
                .filter(Objects::nonNull).toList();
        findings.add(Finding.found(POLICY, "scope", "policies", String.join(", ", names)));
        if (names.size() == 1) {
            return new MailboxPolicy(PolicyScope.DEFAULT, List.of());
        }
        // Several policies: P-4.2 (all of them) is pre-selected; the step still offers Default or named ones.
        findings.add(Finding.choice(POLICY, "scope", "policyScope", List.of(PolicyScope.ALL.name(),
                PolicyScope.DEFAULT.name(), PolicyScope.NAMED.name())));
        return new MailboxPolicy(PolicyScope.ALL, List.of());
    }

    // --- helpers ---

    /** The first candidate, recorded as found (one) or as a choice (several); a missing finding when none. */
    private String first(String section, String field, String code, List<String> candidates) {
        if (candidates.isEmpty()) {
            findings.add(Finding.missing(section, field, code + "Missing"));
            return null;
        }
        if (candidates.size() == 1) {
            findings.add(Finding.found(section, field, code, candidates.get(0)));
        } else {
            findings.add(Finding.choice(section, field, code + "Choice", candidates, candidates.get(0)));
        }
        return candidates.get(0);
    }

    private static void addIfNew(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    private static String names(List<Discovery.Server> servers) {
        return String.join(", ", servers.stream().map(Discovery.Server::fqdn).toList());
    }

    private static String describe(Map<String, String> thumbprints) {
        List<String> parts = new ArrayList<>();
        thumbprints.forEach((server, thumbprint) -> parts.add(server + " = " + thumbprint));
        return String.join(", ", parts);
    }
}
