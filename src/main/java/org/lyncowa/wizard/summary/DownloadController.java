package org.lyncowa.wizard.summary;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads offered by the check-answers page: the whole bundle, or one script. Answers that are
 * not complete or not valid (or Exchange 2016 and later, P-1.3) get no scripts: the person is
 * sent back to the page that says why.
 */
@Controller
class DownloadController {

    static final String BUNDLE = "/download/bundle.zip";
    static final String SCRIPT = "/download/scripts/{fileName}";

    /** The only names the generator gives scripts ({@code NN-<purpose>.ps1}); anything else is not ours. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("\\d{2}-[a-z-]{1,40}\\.ps1");
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final WizardSession session;
    private final Navigator navigator;
    private final BundleBuilder bundles;

    DownloadController(WizardSession session, Navigator navigator, BundleBuilder bundles) {
        this.session = session;
        this.navigator = navigator;
        this.bundles = bundles;
    }

    @GetMapping(BUNDLE)
    ResponseEntity<byte[]> bundle(HttpServletRequest request, Locale locale) {
        Optional<PlanCheck> plan = readyPlan(request);
        if (plan.isEmpty()) {
            return backToAnswers(request);
        }
        byte[] zip = bundles.build(plan.get().plan(), locale).zip();
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, BundleBuilder.contentDisposition(plan.get().plan(), ".zip"))
                .body(zip);
    }

    @GetMapping(SCRIPT)
    ResponseEntity<byte[]> script(@PathVariable String fileName, HttpServletRequest request, Locale locale) {
        if (!SCRIPT_NAME.matcher(fileName).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<PlanCheck> plan = readyPlan(request);
        if (plan.isEmpty()) {
            return backToAnswers(request);
        }
        GeneratedScript script = bundles.script(plan.get().plan(), fileName, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=" + script.fileName())
                .body(script.bytes());
    }

    private Optional<PlanCheck> readyPlan(HttpServletRequest request) {
        Optional<WizardState> state = session.find(request);
        if (state.isEmpty() || navigator.redirectIfIncomplete(state.get()).isPresent()) {
            return Optional.empty();
        }
        PlanCheck check = PlanRules.check(state.get().plan());
        boolean supported = check.valid()
                && check.plan().compatibility().exchangeServer() != ExchangeServer.EXCHANGE_2016_OR_LATER;
        return supported ? Optional.of(check) : Optional.empty();
    }

    private ResponseEntity<byte[]> backToAnswers(HttpServletRequest request) {
        String target = session.find(request).isPresent() ? Navigator.CHECK_ANSWERS
                : WizardSession.expired(request) ? Navigator.RECOVERY : Navigator.START;
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(request.getContextPath() + target))
                .build();
    }
}
