package org.lyncowa.wizard.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.PageErrors;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.context.MessageSource;
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
    static final String FILE_FIELD = "planFile";
    static final String TOO_LARGE_PARAM = "too-large";
    static final String UNREADABLE_PARAM = "unreadable";

    private final WizardSession session;
    private final Navigator navigator;
    private final IssueMessages issueMessages;
    private final MessageSource messages;
    private final PlanSizeLimit limit;

    PlanTransferController(WizardSession session, Navigator navigator, IssueMessages issueMessages,
            MessageSource messages, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.limit = new PlanSizeLimit(limit);
        this.session = session;
        this.navigator = navigator;
        this.issueMessages = issueMessages;
        this.messages = messages;
    }

    /** The import page; {@link UploadSizeFilter} sends an oversize or malformed upload here with a flag. */
    @GetMapping(IMPORT)
    String importPage(@RequestParam(name = TOO_LARGE_PARAM, required = false) String tooLarge,
            @RequestParam(name = UNREADABLE_PARAM, required = false) String unreadable, Model model, Locale locale) {
        if (tooLarge != null) {
            return refused(model, List.of(tooLarge(locale)));
        }
        if (unreadable != null) {
            return refused(model, List.of(text("import.error.unreadable", locale)));
        }
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        return VIEW;
    }

    @PostMapping(IMPORT)
    String importPlan(@RequestParam(name = FILE_FIELD, required = false) MultipartFile file,
            HttpServletRequest request, Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, List.of(text("import.error.empty", locale)));
        }
        if (limit.exceeds(file.getSize())) {
            return refused(model, List.of(tooLarge(locale)));
        }
        PlanCheck check;
        try {
            check = PlanJson.read(file.getBytes());
        } catch (PlanJson.NotUtf8Exception e) {
            return refused(model, List.of(text("import.error.notUtf8", locale)));
        } catch (PlanJson.NotJsonException e) {
            return refused(model, List.of(text("import.error.notJson", locale)));
        }
        if (!check.valid()) {
            // Every problem at once (up to a bound, then how many more), each with where it is in the
            // file; the current answers stay as they are.
            List<String> problems = new ArrayList<>();
            for (PlanIssue issue : check.reportedErrors()) {
                problems.add(messages.getMessage("import.error.issue",
                        new Object[] {issue.path(), issueMessages.message(issue, locale)}, locale));
            }
            if (check.omittedErrors() > 0) {
                problems.add(messages.getMessage("import.error.more", new Object[] {check.omittedErrors()}, locale));
            }
            return refused(model, problems);
        }
        WizardState state = session.find(request).orElseGet(WizardState::new);
        state.replaceWith(check.plan());
        session.save(request, state);
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

    private String tooLarge(Locale locale) {
        return messages.getMessage("import.error.tooLarge", new Object[] {limit.kib()}, locale);
    }

    static String refused(Model model, List<String> problems) {
        model.addAttribute(PageErrors.MODEL,
                new PageErrors(problems.stream().map(p -> new PageErrors.Item(FILE_FIELD, p)).toList()));
        return VIEW;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
