package org.lyncowa.wizard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.StepValidation.ReadResult;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.preview.Preview;
import org.lyncowa.wizard.preview.StepPreview;
import org.springframework.core.ResolvableType;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one flow of a question step: GET shows the saved answers, POST checks and saves them (or
 * shows the page again with the errors), POST {@code /preview} shows the commands for the answers
 * as typed. A step's controller maps its path on the class and says only what differs: which
 * {@link Step} (its view is {@link Step#view()}), the plan → form and form → plan mappings, and any
 * extra page model.
 * Where the journey goes next is {@link Navigator}'s decision.
 *
 * @param <F> the step's form
 */
public abstract class StepController<F> {

    public static final String PREVIEW = "/preview";

    /** The saved answers as the page shows them (plan → form). */
    public interface ToForm<F> {
        F form(Plan saved);
    }

    /**
     * The plan with this step's answer in place of the saved one (form → plan). {@code readErrors}
     * holds the values the binding could not read: the form adds what it cannot read itself and
     * drops those of fields that do not apply to the answer.
     */
    public interface ToPlan<F> {
        Plan apply(F form, Plan saved, List<PlanIssue> readErrors);
    }

    private final Step step;
    private final String view;
    private final StepFlow flow;
    private final ToForm<F> toForm;
    private final ToPlan<F> toPlan;
    private final Class<?> formType;

    protected StepController(Step step, StepFlow flow, ToForm<F> toForm, ToPlan<F> toPlan) {
        this.step = step;
        this.view = step.view();
        this.flow = flow;
        this.toForm = toForm;
        this.toPlan = toPlan;
        this.formType = ResolvableType.forClass(getClass()).as(StepController.class).resolveGeneric(0);
    }

    /**
     * Answers the rules refuse that lead to a page of their own instead of errors on this one (a pair of
     * versions that cannot be integrated, P-1.3): that page's path, else empty (the default). Such
     * answers are saved as given, so that going back shows them; a revisit of this page then shows no
     * errors for them, only the model attribute {@code ownPage} with that path.
     */
    protected Optional<String> pageOfItsOwn(StepCheck check) {
        return Optional.empty();
    }

    /** Model attributes only this step's page needs. */
    protected void describe(Model model, WizardState state, List<PlanIssue> errors) {
    }

    /** Typed fields are read by {@link FormEditors}; a step adds editors of its own in {@link #editors}. */
    @InitBinder(StepValidation.FORM)
    void initBinder(WebDataBinder binder) {
        FormEditors.register(binder);
        editors(binder);
    }

    /** Editors only this step's form needs (older names of a choice). */
    protected void editors(WebDataBinder binder) {
    }

    @GetMapping
    String show(@RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = flow.session().require(request);
        Optional<String> elsewhere = flow.navigator().redirectIfUnreachable(step, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        // The saved plan is checked once: the revisit's errors and warnings are drawn from the same check.
        StepCheck saved = flow.validation().check(step, state.plan(), List.of());
        StepCheck revisit = flow.validation().revisit(step, state, saved);
        Optional<String> own = pageOfItsOwn(saved);
        if (own.isPresent()) {
            model.addAttribute("ownPage", own.get());
            revisit = new StepCheck(revisit.plan(), List.of(), revisit.warnings(), revisit.rejected());
        }
        return page(model, toForm.form(state.plan()), revisit, saved, change, state, locale);
    }

    @PostMapping
    String save(@Valid @ModelAttribute(StepValidation.FORM) F form, BindingResult binding,
            @RequestParam(name = Navigator.CHANGE_PARAM, defaultValue = "false") boolean change,
            HttpServletRequest request, Model model, Locale locale) {
        WizardState state = flow.session().require(request);
        Optional<String> elsewhere = flow.navigator().redirectIfUnreachable(step, state);
        if (elsewhere.isPresent()) {
            return "redirect:" + elsewhere.get();
        }
        StepCheck check = check(form, binding, state);
        if (!check.valid()) {
            Optional<String> own = pageOfItsOwn(check);
            if (own.isEmpty()) {
                return page(model, form, check, check, change, state, locale);
            }
            state.save(step, check.plan());
            flow.session().save(request, state);
            return "redirect:" + own.get();
        }
        state.save(step, check.plan());
        flow.session().save(request, state);
        return "redirect:" + flow.navigator().next(step, change, state);
    }

    /**
     * The preview of the answers as typed so far (the page's script asks as the person types):
     * checked like a save, but nothing is saved.
     */
    @PostMapping(PREVIEW)
    String preview(@ModelAttribute(StepValidation.FORM) F form, BindingResult binding, HttpServletRequest request,
            Model model) {
        WizardState state = flow.session().require(request);
        if (flow.navigator().redirectIfUnreachable(step, state).isPresent()) {
            model.addAttribute(StepPreview.MODEL, Preview.note(Preview.FIX_ERRORS));
            return StepPreview.FRAGMENT;
        }
        model.addAttribute(StepPreview.MODEL, flow.preview().preview(step, check(form, binding, state)));
        return StepPreview.FRAGMENT;
    }

    private String page(Model model, F form, StepCheck shown, StepCheck previewed, boolean change,
            WizardState state, Locale locale) {
        flow.validation().show(model, form, shown, locale);
        flow.page().describe(model, step, change, state);
        flow.preview().show(model, step, previewed);
        describe(model, state, shown.errors());
        return view;
    }

    private StepCheck check(F form, BindingResult binding, WizardState state) {
        ReadResult read = flow.validation().read(step, formType, binding);
        Plan candidate = toPlan.apply(form, state.plan(), read.errors());
        return flow.validation().check(step, candidate, read);
    }
}
