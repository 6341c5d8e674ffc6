package org.lyncowa.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.plan.TrustedPool;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the PowerShell scripts of a bundle from a valid plan (plan-and-bundle.md, "The bundle").
 *
 * <p>Scripts are Thymeleaf TEXT templates under {@code scripts/templates/}, one set for every language: they
 * hold only code, and take every comment and message from {@code scripts/<language>/messages.properties}
 * through {@link ScriptText}, so English and Korean scripts cannot differ in what they do. The manifest's
 * {@code shell} and {@code runOn} values are part of the public bundle format and stay English in every
 * language ({@code scripts/manifest.properties}); the script header shows them in the script's language.
 * The template engine is private on purpose: it must not be a bean that Spring
 * Boot would wire into the web engine (a {@link SpringTemplateEngine} only for its SpEL expressions;
 * the plain engine would need OGNL, which is not on the classpath). Templates only ever print values with {@code [(...)]} and
 * only values prepared here: plan values as {@link PsQuote#literal} (map {@code q}), the same values
 * made comment-safe with {@link PsQuote#comment} (map {@code c}), the port as a validated integer, and
 * text from {@link ScriptText} (variable {@code t}), which is comment-safe or quoted the same way.
 */
public final class ScriptGenerator {

    /** The purpose (and template) of the read-only discovery script: docs/discovery-format.md. */
    public static final String DISCOVER = "discover";
    /** Its file name when downloaded on its own, without a plan. */
    public static final String DISCOVER_FILE = "discover.ps1";

    private static final String ENGLISH = "en";
    private static final String KOREAN = "ko";

    private final Clock clock;
    private final String generator;
    private final SpringTemplateEngine engine;
    private final Properties manifest;
    private final Map<String, ScriptText> texts;
    /** The text of each language with the product names of a pair of versions: a handful, made once. */
    private final Map<List<Object>, ScriptText> namedTexts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param clock     the time written into script headers (fixed in tests so goldens are stable)
     * @param generator the generator's name and version, e.g. {@code "lync-owa-wizard 0.1.0"}
     */
    public ScriptGenerator(Clock clock, String generator) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ScriptGenerator.class.getClassLoader());
        resolver.setPrefix("scripts/templates/");
        resolver.setSuffix(".ps1");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.engine = new SpringTemplateEngine();
        this.engine.setTemplateResolver(resolver);
        this.engine.setCacheManager(caches());
        this.manifest = load("scripts/manifest.properties");
        Properties english = load(messagesOf(ENGLISH));
        this.texts = Map.of(ENGLISH, new ScriptText(english, english),
                KOREAN, new ScriptText(load(messagesOf(KOREAN)), english));
    }

    /**
     * Thymeleaf keeps 500 parsed expressions by default, evicting the oldest: the script templates hold
     * more than that (each {@code ${...}} takes two entries, Thymeleaf's and SpEL's), so every bundle
     * parsed most of them again (bench/results/FINDINGS.md).
     */
    static StandardCacheManager caches() {
        StandardCacheManager caches = new StandardCacheManager();
        caches.setExpressionCacheMaxSize(EXPRESSION_CACHE);
        return caches;
    }

    /** Room for every expression of the script templates several times over. */
    static final int EXPRESSION_CACHE = 8192;

    /** The languages scripts can be written in. */
    static List<String> languages() {
        return List.of(ENGLISH, KOREAN);
    }

    /** The class-path resource of a language's script text. */
    static String messagesOf(String language) {
        return "scripts/" + language + "/messages.properties";
    }

    /**
     * Every script the plan calls for, in run order, named {@code NN-<purpose>.ps1}, in English.
     *
     * @throws IllegalArgumentException when the plan is not valid
     */
    public List<GeneratedScript> generate(Plan plan) {
        return generate(plan, Locale.ENGLISH);
    }

    /**
     * As {@link #generate(Plan)}, with comments and messages in Korean when the locale's language is
     * {@code ko} and in English otherwise. Code, file names and manifest values are the same in both.
     *
     * @throws IllegalArgumentException when the plan is not valid
     */
    public List<GeneratedScript> generate(Plan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(locale, "locale");
        PlanCheck check = PlanRules.check(plan);
        if (!check.valid()) {
            throw new IllegalArgumentException("plan is not valid: " + check.errors().stream()
                    .map(PlanIssue::toString).collect(Collectors.joining("; ")));
        }
        return generate(check.validPlan(), locale);
    }

    /** As {@link #generate(Plan, Locale)} for a plan already checked: the bundle and the downloads check once. */
    public List<GeneratedScript> generate(ValidPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        return render(plan.plan(), locale, entries(specs(plan.plan())), false);
    }

    /**
     * The scripts of a certificate renewal (P-8.8, P-3.6, P-7.4), in run order from {@code 01}: the
     * script that puts the plan's thumbprint(s) in place (Exchange 2013: {@code owa-web-config}; 2010:
     * {@code owa-virtual-directories}; 2016 and later: {@code owa-setting-override}), then {@code verify}.
     * The same templates as {@link #generate(ValidPlan, Locale)} in renewal mode: the header says so, and
     * the setting override script updates the existing override(s) and refuses to create the first one.
     *
     * With the IIS certificate source the same scripts find each server's renewed IIS certificate.
     *
     * @throws IllegalArgumentException when the plan switches IM off (there is no certificate to renew)
     */
    public List<GeneratedScript> renewal(ValidPlan plan, Locale locale) {
        Objects.requireNonNull(plan, "plan");
        return render(plan.plan(), locale, entries(renewalSpecs(plan.plan())), true);
    }

    private List<GeneratedScript> render(Plan p, Locale locale, List<Entry> entries, boolean renewal) {
        Objects.requireNonNull(locale, "locale");
        ScriptText language = texts.get(KOREAN.equals(locale.getLanguage()) ? KOREAN : ENGLISH);
        Map<String, String> names = productNames(p, language);
        ScriptText text = namedTexts.computeIfAbsent(List.of(language, names), key -> language.named(names));
        Map<String, Object> values = values(p);
        values.put("renewal", renewal);
        List<GeneratedScript> scripts = new ArrayList<>();
        for (Entry entry : entries) {
            Context context = new Context();
            context.setVariables(values);
            context.setVariable("fileName", entry.fileName());
            context.setVariable("purpose", entry.purpose());
            context.setVariable("logName", PsQuote.literal("lyncowa-" + entry.fileName().replace(".ps1", ".log")));
            context.setVariable("t", text);
            context.setVariable("shell", text.c("shell." + entry.metaKey()));
            context.setVariable("runOn", text.c("runOn." + entry.metaKey()));
            String script = crlf(engine.process(entry.template(), context));
            scripts.add(new GeneratedScript(entry.fileName(), entry.purpose(), entry.shell(), entry.runOn(),
                    entry.order(), script));
        }
        return List.copyOf(scripts);
    }

    /**
     * The discovery script on its own (start page, no plan needed): read-only, the same text as in every
     * bundle but for its file name. Product names are those of every version it reads.
     */
    public GeneratedScript discover(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ScriptText language = texts.get(KOREAN.equals(locale.getLanguage()) ? KOREAN : ENGLISH);
        Context context = new Context();
        context.setVariable("q", Map.of("generator", PsQuote.literal(generator)));
        context.setVariable("generator", PsQuote.comment(generator));
        context.setVariable("generatedAt",
                DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        context.setVariable("fileName", DISCOVER_FILE);
        context.setVariable("purpose", DISCOVER);
        context.setVariable("logName", PsQuote.literal("lyncowa-" + DISCOVER_FILE.replace(".ps1", ".log")));
        context.setVariable("t", language);
        context.setVariable("shell", language.c("shell." + DISCOVER));
        context.setVariable("runOn", language.c("runOn." + DISCOVER));
        return new GeneratedScript(DISCOVER_FILE, DISCOVER, manifest(DISCOVER + ".shell"), manifest(DISCOVER + ".runOn"),
                1, crlf(engine.process(DISCOVER, context)));
    }

    /**
     * The scripts a valid plan calls for, without rendering them (pages that only list them):
     * file name, purpose, and the manifest's shell and server, in run order.
     *
     * @throws IllegalArgumentException when the plan is not valid
     */
    public List<GeneratedScript> list(Plan plan) {
        PlanCheck check = PlanRules.check(Objects.requireNonNull(plan, "plan"));
        if (!check.valid()) {
            throw new IllegalArgumentException("plan is not valid");
        }
        return entries(specs(check.plan())).stream().map(e -> new GeneratedScript(e.fileName(), e.purpose(), e.shell(),
                e.runOn(), e.order(), "")).toList();
    }

    /** One script of a plan before rendering. */
    private record Entry(String fileName, String purpose, String template, String metaKey, String shell, String runOn,
            int order) {
    }

    private List<Entry> entries(List<String[]> specs) {
        List<Entry> entries = new ArrayList<>();
        int order = 1;
        for (String[] spec : specs) {
            String fileName = String.format("%02d-%s.ps1", order, spec[0]);
            entries.add(new Entry(fileName, spec[0], spec[1], spec[2], manifest(spec[2] + ".shell"),
                    manifest(spec[2] + ".runOn"), order));
            order++;
        }
        return entries;
    }

    /**
     * Purpose and template of each script, in run order (plan-and-bundle.md bundle table; procedure.md), and
     * last in every bundle the read-only discovery script (issue 18), the same for every plan: last so that the
     * numbers of the plan's own scripts stay as they were.
     */
    private static List<String[]> specs(Plan p) {
        List<String[]> specs = new ArrayList<>(planSpecs(p));
        specs.add(spec(DISCOVER, DISCOVER, DISCOVER));
        return specs;
    }

    private static List<String[]> planSpecs(Plan p) {
        List<String[]> specs = new ArrayList<>();
        if (!p.enablesIm()) {
            // P-3.8: not integrating means only the disable script and its verification.
            specs.add(spec("disable-im", "disable-im", "disable-im"));
            specs.add(spec("verify", "verify-disable-im", "verify-disable-im"));
            return specs;
        }
        String skype = p.compatibility().lyncServer().isSkypeForBusiness() ? "-skype" : "";
        if (p.isExchange2010()) {
            specs.add(spec("trusted-pool", "trusted-pool", "trusted-pool" + skype));
            specs.add(spec("owa-virtual-directories", "owa-virtual-directories-2010", "owa-virtual-directories-2010"));
            specs.add(spec("owa-mailbox-policy", "owa-mailbox-policy", "owa-mailbox-policy"));
            specs.add(spec("verify", "verify", "verify-2010"));
            specs.add(spec("rollback", "rollback", "rollback-2010"));
            return specs;
        }
        if (p.createsPool()) {
            specs.add(spec("trusted-pool", "trusted-pool", "trusted-pool" + skype));
        } else {
            specs.add(spec("trusted-pool-remediation", "trusted-pool-remediation", "trusted-pool-remediation" + skype));
        }
        if (p.isExchange2016OrLater()) {
            // P-8: dial plans only where Unified Messaging exists (Exchange 2016, P-8.4); the setting
            // override replaces web.config (P-8.5); verify reads P-8.9, rollback removes the override (P-8.11).
            if (p.compatibility().exchangeServer().hasUnifiedMessagingQuestions()) {
                specs.add(spec("dial-plans", "dial-plans", "dial-plans-2016"));
            }
            specs.add(spec("owa-virtual-directories", "owa-virtual-directories", "owa-virtual-directories-2016"));
            specs.add(spec("owa-setting-override", "owa-setting-override", "owa-setting-override"));
            specs.add(spec("owa-mailbox-policy", "owa-mailbox-policy", "owa-mailbox-policy"));
            specs.add(spec("verify", "verify", "verify-2016"));
            specs.add(spec("rollback", "rollback", p.createsPool() ? "rollback-2016" : "rollback-2016-colocated"));
            return specs;
        }
        // P-2.9 applies to both Exchange 2013 cases: with co-located UM the SIP URI dial plan is
        // exactly what lets Lync autodiscover the Exchange servers (P-2.1).
        specs.add(spec("dial-plans", "dial-plans", "dial-plans"));
        specs.add(spec("owa-virtual-directories", "owa-virtual-directories", "owa-virtual-directories"));
        specs.add(spec("owa-web-config", "owa-web-config", "owa-web-config"));
        specs.add(spec("owa-mailbox-policy", "owa-mailbox-policy", "owa-mailbox-policy"));
        specs.add(spec("verify", "verify", "verify"));
        specs.add(spec("rollback", "rollback", p.createsPool() ? "rollback" : "rollback-colocated"));
        return specs;
    }

    /**
     * A certificate renewal: the one script of the full set that applies the thumbprint(s), and the
     * verification (the same specs as {@link #specs(Plan)}, so names, shells and servers match).
     */
    private static List<String[]> renewalSpecs(Plan p) {
        if (!p.enablesIm()) {
            throw new IllegalArgumentException("a plan that switches IM off has no certificate to renew");
        }
        String applies = p.isExchange2010() ? "owa-virtual-directories"
                : p.isExchange2016OrLater() ? "owa-setting-override" : "owa-web-config";
        return specs(p).stream().filter(spec -> spec[0].equals(applies) || spec[0].equals("verify")).toList();
    }

    private static String[] spec(String purpose, String template, String metaKey) {
        return new String[] {purpose, template, metaKey};
    }

    private Map<String, Object> values(Plan p) {
        Map<String, String> q = new LinkedHashMap<>();
        Map<String, String> c = new LinkedHashMap<>();
        put(q, c, "title", p.title() == null ? "" : p.title());
        put(q, c, "exchangeServer", p.compatibility().exchangeServer().name());
        TrustedPool pool = p.trustedPool();
        InstantMessaging im = p.instantMessaging();
        MailboxPolicy policy = p.mailboxPolicy();
        boolean createsPool = p.createsPool();
        String port = "";
        if (createsPool) {
            put(q, c, "owaPoolFqdn", pool.owaPoolFqdn());
            put(q, c, "registrarPoolFqdn", pool.registrarPoolFqdn());
            put(q, c, "siteId", pool.siteId());
            put(q, c, "applicationId", pool.applicationId());
            // The one value not quoted: an integer the rules limit to 1-65535 (P-2.7).
            int portNumber = pool.port();
            if (portNumber < 1 || portNumber > 65535) {
                throw new IllegalArgumentException("port out of range: " + portNumber);
            }
            port = Integer.toString(portNumber);
            List<String> computers = pool.poolComputers();
            put(q, c, "firstPoolComputer", computers.isEmpty() ? pool.owaPoolFqdn() : computers.get(0));
            putList(q, c, "extraPoolComputers", computers.isEmpty() ? List.of() : computers.subList(1, computers.size()));
            putList(q, c, "poolComputers", computers);
        }
        putList(q, c, "sipUriDialPlans", pool == null ? List.of() : pool.sipUriDialPlans());
        if (im.enables()) {
            putList(q, c, "mailboxServers", im.mailboxServers());
            putList(q, c, "clientAccessServers", im.clientAccessServers());
            // P-9.2: the servers whose certificate a script checks: the Mailbox servers on 2013, the
            // Client Access servers on 2010 (P-7.2); each gets its own thumbprint, or none with IIS.
            List<String> certificateServers = p.isExchange2010() ? im.clientAccessServers() : im.mailboxServers();
            Map<String, String> table = new LinkedHashMap<>();
            for (String server : certificateServers) {
                String thumbprint = im.thumbprintFor(server);
                table.put(server, thumbprint == null ? "" : thumbprint);
            }
            q.put("certificates", table.entrySet().stream()
                    .map(e -> PsQuote.literal(e.getKey()) + " = " + PsQuote.literal(e.getValue()))
                    .collect(Collectors.joining("; ", "@{ ", " }")).replace("@{  }", "@{}"));
            put(q, c, "certificateSource", im.certificateSource().name());
            // Only in the header comment: the scripts take thumbprints from q.certificates.
            c.put("thumbprint", PsQuote.comment(thumbprintComment(im, table)));
            put(q, c, "certificatePoolFqdn", createsPool ? pool.owaPoolFqdn() : "");
            put(q, c, "imServerName", im.imServerName());
            put(q, c, "settingOverrideName", im.settingOverrideName() == null ? "" : im.settingOverrideName());
        }
        // A plan that switches IM off may have no mailbox policy answer at all (PlanRules allows it).
        String scope = policy == null ? "-" : policy.scope().name();
        put(q, c, "policyScope", scope);
        putList(q, c, "policies", policy == null ? List.of() : policy.policies());

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("c", c);
        values.put("port", port);
        values.put("createsPool", createsPool);
        values.put("enablesIm", im.enables());
        values.put("ex2010", p.isExchange2010());
        values.put("ex2016", p.isExchange2016OrLater());
        // P-9.6: AdminDisplayVersion of the plan's Exchange version: 15.0 (2013), 15.1 (2016), 15.2 (2019, SE).
        values.put("exVersion", exchangeVersion(p));
        values.put("exVersionLike", PsQuote.literal("Version " + exchangeVersion(p) + "*"));
        values.put("exVersionPattern", PsQuote.literal("^Version " + exchangeVersion(p).replace(".", "\\.") + "(\\D|$)"));
        values.put("hasCas", im.enables() && !im.clientAccessServers().isEmpty());
        values.put("hasDialPlans", pool != null && !pool.sipUriDialPlans().isEmpty());
        values.put("hasExtraComputers", createsPool && pool.poolComputers().size() > 1);
        values.put("scope", scope);
        values.put("generator", PsQuote.comment(generator));
        q.put("generator", PsQuote.literal(generator));
        values.put("generatedAt", DateTimeFormatter.ISO_INSTANT.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        return values;
    }

    /**
     * Names follow the versions chosen (P-8.1): "Skype for Business Server Management Shell" and "Front End"
     * with Skype for Business Server, "Outlook on the web" from Exchange 2016 on, in the script's language.
     */
    private static Map<String, String> productNames(Plan p, ScriptText text) {
        boolean skype = p.compatibility().lyncServer().isSkypeForBusiness();
        String kind = skype ? "skype" : "lync";
        Map<String, String> names = new LinkedHashMap<>();
        names.put("lync", text.name("name.lync." + p.compatibility().lyncServer().name()));
        names.put("lyncShell", text.name("name.lyncShell." + kind));
        names.put("frontEnd", text.name("name.frontEnd." + kind));
        names.put("lyncFrontEnd", text.name("name.lyncFrontEnd." + kind));
        names.put("owa", text.name(p.isExchange2016OrLater() ? "name.owa.web" : "name.owa.app"));
        return names;
    }

    /** The AdminDisplayVersion major.minor of the plan's Exchange version (P-9.6); 2010 is 14.x and not used. */
    private static String exchangeVersion(Plan p) {
        return switch (p.compatibility().exchangeServer()) {
            case EXCHANGE_2016 -> "15.1";
            case EXCHANGE_2019, EXCHANGE_SE -> "15.2";
            default -> "15.0";
        };
    }

    /** The header's thumbprint line: the one shared value, each server's own, or the IIS source (P-9.2). */
    private static String thumbprintComment(InstantMessaging im, Map<String, String> table) {
        if (im.certificateSource() == CertificateSource.IIS) {
            return "IIS";
        }
        if (im.certificates().isEmpty() && im.certificateThumbprint() != null) {
            return im.certificateThumbprint();
        }
        return table.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void put(Map<String, String> q, Map<String, String> c, String key, String value) {
        q.put(key, PsQuote.literal(value));
        c.put(key, PsQuote.comment(value));
    }

    /** A list becomes a PowerShell array of literals, {@code @('a', 'b')}, and a comma-separated comment. */
    private static void putList(Map<String, String> q, Map<String, String> c, String key, List<String> values) {
        q.put(key, values.stream().map(PsQuote::literal).collect(Collectors.joining(", ", "@(", ")")));
        c.put(key, values.stream().map(PsQuote::comment).collect(Collectors.joining(", ")));
    }

    private String manifest(String key) {
        String value = manifest.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("missing manifest value " + key);
        }
        return value;
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ScriptGenerator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Scripts use CRLF whatever the line ends of the template files (plan-and-bundle.md). */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
