package org.lyncowa.wizard.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.bundle.BundleBuilder;
import org.lyncowa.bundle.Runbook;
import org.lyncowa.wizard.PageErrors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The runbook as a page to print and take to the servers: the bundle's own runbook (same composer,
 * same words) plus a tick box and space for initials and date per step and a verification
 * checklist. Like the downloads, only for complete, valid, supported answers (P-1.3).
 */
@Controller
class RunbookPageController {

    static final String VIEW = "summary/runbook";
    static final String PATH = "/runbook";
    /** The script whose expected results make the checklist (P-5). */
    static final String VERIFY = "verify";
    static final String EXPECTED_HEADING = "runbook.step.block.expected";

    private final ReadyAnswers answers;
    private final BundleBuilder bundles;
    private final Clock clock;
    private final MessageSource messages;

    RunbookPageController(ReadyAnswers answers, BundleBuilder bundles, ObjectProvider<Clock> clock,
            MessageSource messages) {
        this.messages = messages;
        this.answers = answers;
        this.bundles = bundles;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model, Locale locale) {
        ReadyAnswers.Outcome ready = answers.find(request);
        if (ready.valid() == null) {
            return "redirect:" + ready.elsewhere();
        }
        Runbook runbook = bundles.runbook(ready.valid(), locale);
        model.addAttribute("runbook", runbook);
        model.addAttribute("checklist", checklist(runbook, locale));
        model.addAttribute("today", LocalDate.now(clock)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        model.addAttribute(PageErrors.MODEL, PageErrors.none());
        return VIEW;
    }

    /**
     * The good results the verification step lists, each to tick off: its "A good result" block,
     * found by the heading the composer gives that block in this language.
     */
    private List<Runbook.Line> checklist(Runbook runbook, Locale locale) {
        String expected = messages.getMessage(EXPECTED_HEADING, null, locale);
        return runbook.steps().stream().filter(step -> VERIFY.equals(step.purpose()))
                .flatMap(step -> step.blocks().stream())
                .filter(block -> block.heading().equals(expected))
                .flatMap(block -> block.items().stream())
                .toList();
    }
}
