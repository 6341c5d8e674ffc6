package org.lyncowa.wizard.renewal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.bundle.DownloadNames;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.PageErrors;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.transfer.PlanUploads;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * "The certificate was renewed" (P-8.8, P-3.6, P-7.4): from the plan of this session, or a plan file
 * opened here, the page asks only for the new thumbprint(s), checks them with the plan's rules (the
 * same words as the instant-messaging step), saves them in the plan, and offers just the scripts and
 * runbook that apply them ({@link BundleBuilder#renewalOf}) and the updated plan file ({@code /plan/export}).
 * Reading the page creates no session; opening a file or saving thumbprints does.
 */
@Controller
class RenewalController {

    static final String VIEW = "renewal/renewal";
    static final String SCRIPTS_VIEW = "renewal/scripts";
    static final String SHARED_FIELD = "certificateThumbprint";
    /** The generator's names ({@code NN-<purpose>.ps1}); anything else is not ours. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("\\d{2}-[a-z0-9-]{1,40}\\.ps1");
    /** The download name of the renewal ZIP: {@code <plan slug>-certificate-renewal.zip}. */
    static final String ZIP_SUFFIX = "-certificate-renewal.zip";

    private final WizardSession session;
    private final Navigator navigator;
    private final PlanUploads uploads;
    private final BundleBuilder bundles;
    private final IssueMessages issueMessages;
    private final MessageSource messages;

    RenewalController(WizardSession session, Navigator navigator, PlanUploads uploads, BundleBuilder bundles,
            IssueMessages issueMessages, MessageSource messages) {
        this.session = session;
        this.navigator = navigator;
        this.uploads = uploads;
        this.bundles = bundles;
        this.issueMessages = issueMessages;
        this.messages = messages;
    }

    @GetMapping(RenewalPaths.PAGE)
    String show(@RequestParam(name = PlanUploads.TOO_LARGE_PARAM, required = false) String tooLarge,
            @RequestParam(name = PlanUploads.UNREADABLE_PARAM, required = false) String unreadable,
            HttpServletRequest request, Model model, Locale locale) {
        Renewal renewal = Renewal.of(session.find(request), navigator);
        String flagged = uploads.flagged(tooLarge, unreadable, locale);
        List<PageErrors.Item> errors = flagged == null ? List.of()
                : List.of(new PageErrors.Item(PlanUploads.FILE_FIELD, flagged));
        return page(model, renewal, RenewalForm.empty(), errors, List.of(), locale);
    }

    @PostMapping(RenewalPaths.PAGE)
    String renew(@ModelAttribute("form") RenewalForm form, HttpServletRequest request, Model model, Locale locale) {
        var state = session.find(request);
        Renewal renewal = Renewal.of(state, navigator);
        if (!renewal.kind().asks()) {
            return "redirect:" + RenewalPaths.PAGE;
        }
        PlanCheck check = PlanRules.check(renewal.renewed(form));
        List<PageErrors.Item> errors = errors(renewal, check, locale);
        if (errors.isEmpty() && !renewal.changesSomething(check.plan())) {
            String field = renewal.kind() == Renewal.Kind.SHARED ? SHARED_FIELD : Renewal.serverField(0);
            String key = renewal.kind() == Renewal.Kind.SHARED ? "renewal.error.unchanged" : "renewal.error.unchangedAll";
            errors = List.of(new PageErrors.Item(field, messages.getMessage(key, null, locale)));
        }
        if (!errors.isEmpty()) {
            return page(model, renewal, form, errors, issueMessages.messages(thumbprintWarnings(check), locale), locale);
        }
        WizardState saved = state.orElseThrow();
        saved.save(Step.INSTANT_MESSAGING, check.plan());
        session.save(request, saved);
        return "redirect:" + RenewalPaths.SCRIPTS;
    }

    /** A plan file opened for the renewal: it becomes this session's plan (as the import does), under a new session id. */
    @PostMapping(RenewalPaths.UPLOAD)
    String open(@RequestParam(name = PlanUploads.FILE_FIELD, required = false) MultipartFile file,
            HttpServletRequest request, Model model, Locale locale) throws IOException {
        PlanUploads.Outcome upload = uploads.read(file, locale);
        if (upload.plan() == null) {
            List<PageErrors.Item> errors = upload.problems().stream()
                    .map(p -> new PageErrors.Item(PlanUploads.FILE_FIELD, p)).toList();
            return page(model, Renewal.of(session.find(request), navigator), RenewalForm.empty(), errors, List.of(),
                    locale);
        }
        WizardState state = session.find(request).orElseGet(WizardState::new);
        state.replaceWith(upload.plan());
        session.save(request, state);
        session.renewId(request);
        return "redirect:" + RenewalPaths.PAGE;
    }

    /** The renewal's downloads: the ZIP, each script, the updated plan file and the runbook's steps. */
    @GetMapping(RenewalPaths.SCRIPTS)
    String scripts(HttpServletRequest request, Model model, Locale locale) {
        Renewal renewal = Renewal.of(session.find(request), navigator);
        if (!renewal.kind().scripts()) {
            return "redirect:" + RenewalPaths.PAGE;
        }
        List<ScriptRow> rows = new ArrayList<>();
        for (GeneratedScript script : bundles.renewalScripts(renewal.valid(), locale)) {
            rows.add(new ScriptRow(script.fileName(), stepText(script, renewal, "runOn", locale),
                    stepText(script, renewal, "shell", locale)));
        }
        model.addAttribute("thumbprints", thumbprints(renewal));
        model.addAttribute("scripts", rows);
        model.addAttribute("runbook", bundles.renewalRunbook(renewal.valid(), locale));
        model.addAttribute("zipName", DownloadNames.fileName(renewal.plan(), ZIP_SUFFIX));
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        return SCRIPTS_VIEW;
    }

    @GetMapping(RenewalPaths.BUNDLE)
    ResponseEntity<byte[]> bundle(HttpServletRequest request, Locale locale) {
        Renewal renewal = Renewal.of(session.find(request), navigator);
        if (!renewal.kind().scripts()) {
            return backToPage(request);
        }
        return DownloadNames.zip(renewal.plan(), ZIP_SUFFIX, bundles.renewalOf(renewal.valid(), locale).zip());
    }

    @GetMapping(RenewalPaths.SCRIPT)
    ResponseEntity<byte[]> script(@PathVariable String fileName, HttpServletRequest request, Locale locale) {
        if (!SCRIPT_NAME.matcher(fileName).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Renewal renewal = Renewal.of(session.find(request), navigator);
        if (!renewal.kind().scripts()) {
            return backToPage(request);
        }
        GeneratedScript script = bundles.renewalScripts(renewal.valid(), locale).stream()
                .filter(s -> s.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return DownloadNames.script(script);
    }

    /** One line of the script table, in the page's language. */
    public record ScriptRow(String fileName, String runOn, String shell) {
    }

    /** One line of "the thumbprints the scripts apply": a server (null for the organisation) and its thumbprint. */
    public record Thumbprint(String server, String thumbprint) {
    }

    /** One field of the page: its id, the server it is for (null: the organisation), the value typed, the current one. */
    public record Field(String id, String server, String value, String current) {
    }

    private String page(Model model, Renewal renewal, RenewalForm form, List<PageErrors.Item> errors,
            List<String> warnings, Locale locale) {
        List<Field> fields = new ArrayList<>();
        if (renewal.kind() == Renewal.Kind.SHARED) {
            fields.add(new Field(SHARED_FIELD, null, form.certificateThumbprint(), renewal.current()));
        } else if (renewal.kind() == Renewal.Kind.PER_SERVER) {
            List<String> servers = renewal.servers();
            for (int i = 0; i < servers.size(); i++) {
                fields.add(new Field(Renewal.serverField(i), servers.get(i), form.forServer(i),
                        renewal.current(servers.get(i))));
            }
        }
        // The summary lists the problems in the order of the fields on the page (GOV.UK).
        List<String> order = new ArrayList<>(fields.stream().map(Field::id).toList());
        order.add(PlanUploads.FILE_FIELD);
        List<PageErrors.Item> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparingInt(e -> order.indexOf(e.field())));
        model.addAttribute("kind", renewal.kind().name());
        model.addAttribute("planTitle", renewal.valid() == null ? null : renewal.plan().title());
        model.addAttribute("fields", fields);
        model.addAttribute("warnings", warnings);
        model.addAttribute(PageErrors.MODEL, new PageErrors(sorted));
        return VIEW;
    }

    /**
     * The rules' errors about the thumbprints, each on its field; anything else (which a valid plan
     * with new thumbprints cannot have) on the first field, so that the page never hides one.
     */
    private List<PageErrors.Item> errors(Renewal renewal, PlanCheck check, Locale locale) {
        Map<String, String> fieldByPath = new HashMap<>();
        fieldByPath.put("instantMessaging.certificateThumbprint", SHARED_FIELD);
        List<String> servers = renewal.servers();
        for (int i = 0; i < servers.size(); i++) {
            fieldByPath.put(org.lyncowa.plan.PlanValues.certificatePath(servers.get(i)), Renewal.serverField(i));
        }
        String first = renewal.kind() == Renewal.Kind.SHARED ? SHARED_FIELD : Renewal.serverField(0);
        List<PageErrors.Item> items = new ArrayList<>();
        for (PlanIssue issue : check.errors()) {
            items.add(new PageErrors.Item(fieldByPath.getOrDefault(issue.path(), first),
                    issueMessages.message(issue, locale)));
        }
        return items;
    }

    /** The warnings about the certificates (P-3.4: a wildcard certificate breaks the trust), as the step shows them. */
    private static List<PlanIssue> thumbprintWarnings(PlanCheck check) {
        return check.warnings().stream().filter(w -> w.path().startsWith("instantMessaging.certificate")).toList();
    }

    private static List<Thumbprint> thumbprints(Renewal renewal) {
        return switch (renewal.kind()) {
            case SHARED -> List.of(new Thumbprint(null, renewal.current()));
            case PER_SERVER -> renewal.servers().stream().map(s -> new Thumbprint(s, renewal.current(s))).toList();
            default -> List.of();
        };
    }

    /**
     * Where a script runs and in which shell, in the runbook's words for the plan's Exchange version;
     * the verification runs in parts, whose places the runbook lists (as on the check-answers page).
     */
    private String stepText(GeneratedScript script, Renewal renewal, String field, Locale locale) {
        if ("verify".equals(script.purpose())) {
            return messages.getMessage("check.scripts.parts." + field, null, locale);
        }
        String variant = renewal.plan().isExchange2016OrLater() ? "exchange2016"
                : renewal.plan().isExchange2010() ? "exchange2010" : "exchange2013";
        for (String key : List.of("runbook.step." + script.purpose() + "." + variant + "." + field,
                "runbook.step." + script.purpose() + "." + field)) {
            String text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return "runOn".equals(field) ? script.runOn() : script.shell();
    }

    private static ResponseEntity<byte[]> backToPage(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(request.getContextPath() + RenewalPaths.PAGE)).build();
    }
}
