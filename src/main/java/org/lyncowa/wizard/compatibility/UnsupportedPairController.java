package org.lyncowa.wizard.compatibility;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.IntegrationPath;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page a pairing that cannot be integrated leads to (P-1.3, P-8.1: "not supported" or "–"): why, what
 * would work (the versions each side pairs with, so which one to upgrade), and what still helps with these
 * very versions, switching OWA instant messaging off (P-3.8), whose scripts it offers for download. The
 * pair is in the address, so the page and its downloads need no session and can be bookmarked or shared;
 * the answers typed on step 1 stay saved, so the back link and the browser's back button show them.
 */
@Controller
class UnsupportedPairController {

    static final String PAGE = Step.Paths.COMPATIBILITY + "/unsupported";
    static final String BUNDLE = PAGE + "/bundle.zip";
    static final String SCRIPT = PAGE + "/scripts/{fileName}";
    static final String VIEW = "steps/unsupported-pair";

    private static final Pattern SCRIPT_NAME = Pattern.compile("\\d{2}-[a-z-]{1,40}\\.ps1");

    private final WizardSession session;
    private final BundleBuilder bundles;
    private final ScriptGenerator scripts;

    private final MessageSource messages;

    UnsupportedPairController(WizardSession session, BundleBuilder bundles, ScriptGenerator scripts,
            MessageSource messages) {
        this.session = session;
        this.bundles = bundles;
        this.scripts = scripts;
        this.messages = messages;
    }

    /** The page's address for a pair. */
    static String pathOf(LyncServer lync, ExchangeServer exchange) {
        return PAGE + "?lyncServer=" + lync.name() + "&exchangeServer=" + exchange.name();
    }

    @GetMapping(PAGE)
    String show(@RequestParam Optional<String> lyncServer, @RequestParam Optional<String> exchangeServer,
            HttpServletRequest request, Model model, Locale locale) {
        Optional<Pair> pair = Pair.of(lyncServer, exchangeServer);
        if (pair.isEmpty()) {
            // Not a pair this page is about (supported, or no versions at all): the question itself.
            return "redirect:" + Step.Paths.COMPATIBILITY;
        }
        LyncServer lync = pair.get().lync();
        ExchangeServer exchange = pair.get().exchange();
        ValidPlan disable = disablePlan(pair.get(), request);
        model.addAttribute("lyncName", label(lync, locale));
        model.addAttribute("exchangeName", label(exchange, locale));
        model.addAttribute("reason", lync == LyncServer.LYNC_2013 ? "lync2013"
                : exchange == ExchangeServer.EXCHANGE_2010 ? "exchange2010" : "exchangeSe");
        model.addAttribute("exchangePartners", labels(IntegrationPath.partnersOf(lync), locale));
        model.addAttribute("lyncPartners", labels(IntegrationPath.partnersOf(exchange), locale));
        model.addAttribute("lync", lync.name());
        model.addAttribute("exchange", exchange.name());
        model.addAttribute("scripts", scripts.list(disable.plan()).stream().map(GeneratedScript::fileName).toList());
        model.addAttribute("backUrl", Step.Paths.COMPATIBILITY);
        return VIEW;
    }

    @GetMapping(BUNDLE)
    ResponseEntity<byte[]> bundle(@RequestParam Optional<String> lyncServer,
            @RequestParam Optional<String> exchangeServer, HttpServletRequest request, Locale locale) {
        Pair pair = Pair.of(lyncServer, exchangeServer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ValidPlan plan = disablePlan(pair, request);
        return DownloadNames.zip(plan.plan(), ".zip", bundles.bundleOf(plan, locale).zip());
    }

    @GetMapping(SCRIPT)
    ResponseEntity<byte[]> script(@PathVariable String fileName, @RequestParam Optional<String> lyncServer,
            @RequestParam Optional<String> exchangeServer, HttpServletRequest request, Locale locale) {
        if (!SCRIPT_NAME.matcher(fileName).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Pair pair = Pair.of(lyncServer, exchangeServer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        GeneratedScript script = bundles.script(disablePlan(pair, request), fileName, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return DownloadNames.script(script);
    }

    /**
     * The plan that switches OWA IM off for this pair (P-3.8, allowed with every pair), named as the
     * person's saved plan is when it has a usable title: what the bundle's {@code plan.json} holds.
     */
    private ValidPlan disablePlan(Pair pair, HttpServletRequest request) {
        String title = session.find(request).map(WizardState::plan).map(Plan::title).orElse(null);
        PlanCheck check = PlanRules.check(disable(title, pair));
        if (!check.valid()) {
            check = PlanRules.check(disable(null, pair));
        }
        if (!check.valid()) {
            throw new IllegalStateException("switching IM off must be valid with every pair: " + check.errors());
        }
        return check.validPlan();
    }

    private static Plan disable(String title, Pair pair) {
        return new Plan(title, new Compatibility(pair.lync(), pair.exchange(), false), TrustedPool.colocated(),
                InstantMessaging.disable(), null);
    }

    /** A version as the compatibility page names it, in the page's language. */
    private String label(Enum<?> version, Locale locale) {
        String question = version instanceof LyncServer ? "lyncServer" : "exchangeServer";
        return messages.getMessage("compatibility." + question + "." + version.name(), null, locale);
    }

    private String labels(List<? extends Enum<?>> versions, Locale locale) {
        return String.join(", ", versions.stream().map(v -> label(v, locale)).toList());
    }

    /** A pair of versions the table of P-8.1 does not support. */
    private record Pair(LyncServer lync, ExchangeServer exchange) {

        static Optional<Pair> of(Optional<String> lync, Optional<String> exchange) {
            Optional<LyncServer> l = lync.flatMap(v -> parse(LyncServer.class, v));
            Optional<ExchangeServer> e = exchange.flatMap(v -> parse(ExchangeServer.class, v));
            if (l.isEmpty() || e.isEmpty() || IntegrationPath.supported(l.get(), e.get())) {
                return Optional.empty();
            }
            return Optional.of(new Pair(l.get(), e.get()));
        }

        private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return Optional.of(constant);
                }
            }
            return Optional.empty();
        }
    }
}
