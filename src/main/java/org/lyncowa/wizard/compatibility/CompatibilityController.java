package org.lyncowa.wizard.compatibility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.FormEditors.EnumEditor;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepController;
import org.lyncowa.wizard.StepFlow;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.WizardState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping(Step.Paths.COMPATIBILITY)
class CompatibilityController extends StepController<CompatibilityForm> {

    /** The page's template ({@link Step#view()}). */
    static final String VIEW = "steps/compatibility";

    private final MessageSource messages;

    CompatibilityController(StepFlow flow, MessageSource messages) {
        super(Step.COMPATIBILITY, flow, CompatibilityForm::from, CompatibilityForm::applyTo);
        this.messages = messages;
    }

    /**
     * Beside each version: what the pair means (Exchange) and its end of support (P-8.2), a notice that
     * never refuses the version. {@code versionNotes} maps each version's name to that text.
     */
    @Override
    protected void describe(Model model, WizardState state, List<PlanIssue> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> notes = new LinkedHashMap<>();
        for (LyncServer lync : LyncServer.values()) {
            notes.put(lync.name(), endOfSupport(lync.endOfSupport(), locale));
        }
        for (ExchangeServer exchange : ExchangeServer.values()) {
            String hint = exchange == ExchangeServer.EXCHANGE_SE ? ExchangeServer.EXCHANGE_2019.name() : exchange.name();
            notes.put(exchange.name(), messages.getMessage("compatibility.exchangeServer." + hint + ".hint", null, locale)
                    + " " + endOfSupport(exchange.endOfSupport(), locale));
        }
        model.addAttribute("versionNotes", notes);
    }

    private String endOfSupport(LocalDate date, Locale locale) {
        return date == null ? messages.getMessage("compatibility.eos.current", null, locale)
                : messages.getMessage("compatibility.eos.ended", new Object[] {date.toString()}, locale);
    }

    /** The code of a pair the table of P-8.1 does not support. */
    static final String UNSUPPORTED_PAIR = "compatibility.unsupported-pair";
    /** Besides the pair: the IM runtime answer, which does not matter for a pair that cannot be integrated. */
    private static final Set<String> NOT_IN_THE_WAY = Set.of("compatibility.ucmaRuntimeConfirmed");

    /**
     * A pair that cannot be integrated leads to its own page (P-1.3) once nothing else on this page is
     * wrong: the title is still checked here. The IM runtime question does not stand in the way.
     */
    @Override
    protected Optional<String> pageOfItsOwn(StepCheck check) {
        Compatibility answer = check.plan().compatibility();
        boolean unsupported = check.errors().stream().anyMatch(e -> UNSUPPORTED_PAIR.equals(e.code()));
        boolean nothingElse = check.errors().stream()
                .allMatch(e -> UNSUPPORTED_PAIR.equals(e.code()) || NOT_IN_THE_WAY.contains(e.path()));
        if (!unsupported || !nothingElse || answer == null) {
            return Optional.empty();
        }
        return Optional.of(UnsupportedPairController.pathOf(answer.lyncServer(), answer.exchangeServer()));
    }

    /**
     * The page's "Exchange Server 2016 or later" choice is {@code EXCHANGE_2016}; a page posted
     * before plan format version 2 sends the version 1 name, read the way a version 1 file is.
     */
    @Override
    protected void editors(WebDataBinder binder) {
        binder.registerCustomEditor(ExchangeServer.class, new EnumEditor<>(ExchangeServer.class,
                Map.of(ExchangeServer.VERSION_1_2016_OR_LATER, ExchangeServer.EXCHANGE_2016)));
    }
}
