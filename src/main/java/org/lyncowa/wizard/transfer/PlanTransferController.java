package org.lyncowa.wizard.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.PageErrors;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.discovery.DiscoveryImport;
import org.lyncowa.wizard.discovery.DiscoverySession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class PlanTransferController {

    static final String VIEW = "transfer/import";
    static final String IMPORT = "/plan/import";
    static final String EXPORT = "/plan/export";
    static final String FILE_FIELD = PlanUploads.FILE_FIELD;
    static final String TOO_LARGE_PARAM = PlanUploads.TOO_LARGE_PARAM;
    static final String UNREADABLE_PARAM = PlanUploads.UNREADABLE_PARAM;

    private final WizardSession session;
    private final Navigator navigator;
    private final PlanUploads uploads;
    private final DiscoveryImport discoveries;

    PlanTransferController(WizardSession session, Navigator navigator, PlanUploads uploads,
            DiscoveryImport discoveries) {
        this.discoveries = discoveries;
        this.session = session;
        this.navigator = navigator;
        this.uploads = uploads;
    }

    /** The import page; {@link UploadSizeFilter} sends an oversize or malformed upload here with a flag. */
    @GetMapping(IMPORT)
    String importPage(@RequestParam(name = TOO_LARGE_PARAM, required = false) String tooLarge,
            @RequestParam(name = UNREADABLE_PARAM, required = false) String unreadable, Model model, Locale locale) {
        String flagged = uploads.flagged(tooLarge, unreadable, locale);
        if (flagged != null) {
            return refused(model, List.of(flagged));
        }
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        return VIEW;
    }

    @PostMapping(IMPORT)
    String importPlan(@RequestParam(name = FILE_FIELD, required = false) MultipartFile file,
            HttpServletRequest request, Model model, Locale locale) throws IOException {
        if (file != null && !file.isEmpty() && !uploads.tooLarge(file.getSize())) {
            byte[] bytes = file.getBytes();
            if (DiscoveryImport.isDiscovery(bytes)) {
                // A discovery file (issue 18), told apart by its format: a pre-filled journey, not a finished plan.
                DiscoveryImport.Outcome outcome = discoveries.importFile(bytes, request, locale);
                return outcome.redirect() != null ? "redirect:" + outcome.redirect() : refused(model, outcome.problems());
            }
        }
        PlanUploads.Outcome upload = uploads.read(file, locale);
        if (upload.plan() == null) {
            // The current answers stay as they are.
            return refused(model, upload.problems());
        }
        WizardState state = session.find(request).orElseGet(WizardState::new);
        state.replaceWith(upload.plan());
        session.save(request, state);
        DiscoverySession.clear(request);
        // New answers from outside: a new session id, so an id planted before the import is worthless.
        session.renewId(request);
        return "redirect:" + Navigator.CHECK_ANSWERS;
    }

    @GetMapping(EXPORT)
    ResponseEntity<byte[]> export(HttpServletRequest request) {
        WizardState state = session.require(request);
        if (state.isEmpty()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, navigator.firstStep()).build();
        }
        byte[] body = PlanJson.write(state.plan()).getBytes(StandardCharsets.UTF_8);
        // The same base name as the ZIP of these answers (DownloadNames).
        ContentDisposition disposition = DownloadNames.attachment(state.plan(), Plan.FILE_SUFFIX);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    static String refused(Model model, List<String> problems) {
        model.addAttribute(PageErrors.MODEL,
                new PageErrors(problems.stream().map(p -> new PageErrors.Item(FILE_FIELD, p)).toList()));
        return VIEW;
    }

}
