package org.lyncowa.wizard.summary;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.Plan;
import org.lyncowa.script.GeneratedScript;
import org.springframework.http.HttpStatus;
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

    private final ReadyAnswers answers;
    private final BundleBuilder bundles;

    DownloadController(ReadyAnswers answers, BundleBuilder bundles) {
        this.answers = answers;
        this.bundles = bundles;
    }

    @GetMapping(BUNDLE)
    ResponseEntity<byte[]> bundle(HttpServletRequest request, Locale locale) {
        ReadyAnswers.Outcome ready = answers.find(request);
        if (ready.valid() == null) {
            return elsewhere(request, ready.elsewhere());
        }
        Plan plan = ready.valid().plan();
        return DownloadNames.zip(plan, ".zip", bundles.bundleOf(ready.valid(), locale).zip());
    }

    @GetMapping(SCRIPT)
    ResponseEntity<byte[]> script(@PathVariable String fileName, HttpServletRequest request, Locale locale) {
        if (!SCRIPT_NAME.matcher(fileName).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ReadyAnswers.Outcome ready = answers.find(request);
        if (ready.valid() == null) {
            return elsewhere(request, ready.elsewhere());
        }
        GeneratedScript script = bundles.script(ready.valid(), fileName, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return DownloadNames.script(script);
    }

    private static ResponseEntity<byte[]> elsewhere(HttpServletRequest request, String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + path)).build();
    }
}
