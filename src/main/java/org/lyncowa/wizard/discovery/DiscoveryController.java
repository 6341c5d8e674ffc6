package org.lyncowa.wizard.discovery;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.discovery.Finding;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The discovery script on its own (no plan needed: the start page links it) and the one-click choice among
 * the candidates the findings offer on a step page.
 */
@Controller
class DiscoveryController {

    static final String SCRIPT = "/discovery/" + ScriptGenerator.DISCOVER_FILE;
    static final String CHOOSE = "/discovery/choose";

    private final ScriptGenerator generator;
    private final WizardSession session;

    DiscoveryController(ScriptGenerator generator, WizardSession session) {
        this.generator = generator;
        this.session = session;
    }

    @GetMapping(SCRIPT)
    ResponseEntity<byte[]> script(Locale locale) {
        GeneratedScript script = generator.discover(locale);
        return DownloadNames.script(script);
    }

    /**
     * Sets one answer to one of the candidates the findings named for it; anything else (another field, a
     * value the findings did not name, no journey) changes nothing. Back to the trusted pool step either way.
     */
    @PostMapping(CHOOSE)
    String choose(@RequestParam(required = false) String field, @RequestParam(required = false) String value,
            HttpServletRequest request) {
        List<Finding> found = DiscoverySession.find(request).orElse(List.of());
        boolean offered = field != null && value != null && Choices.CHOOSABLE.contains(field) && found.stream()
                .anyMatch(f -> f.kind() == Finding.Kind.CHOICE && field.equals(f.field()) && f.choices().contains(value));
        WizardState state = session.find(request).orElse(null);
        if (offered && state != null && state.plan().trustedPool() != null && state.plan().createsPool()) {
            state.changeDraft(Choices.with(state.plan(), field, value));
            session.save(request, state);
        }
        return "redirect:" + Step.TRUSTED_POOL.path();
    }
}
