package org.lyncowa.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.system.IssueMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Validates one step's answers with {@link PlanRules} (the only rule book) and turns the issues
 * that belong to this step into Spring field errors (their plain code is the rule's code) and
 * into the words shown on the page.
 */
@Component
public class StepValidation {

    public static final String FORM = "form";
    /** The form field that carries "IM enabled but the runtime is not confirmed" (P-1.4). */
    static final String UCMA_FIELD = "mode";

    private final MessageSource messages;
    private final IssueMessages issueMessages;

    public StepValidation(MessageSource messages, IssueMessages issueMessages) {
        this.messages = messages;
        this.issueMessages = issueMessages;
    }

    /** Checks the plan as it would be with this step's answer; keeps only the issues of this step. */
    public StepCheck check(Step step, Plan candidate, List<PlanIssue> readErrors) {
        PlanCheck check = PlanRules.check(candidate, readErrors);
        List<PlanIssue> errors = check.errors().stream().filter(i -> Step.owning(i) == step).toList();
        List<PlanIssue> warnings = check.warnings().stream().filter(i -> Step.owning(i) == step).toList();
        return new StepCheck(check.plan(), errors, warnings);
    }

    /**
     * On a revisit: a step with saved answers that a later change made invalid shows why at once;
     * a complete step shows only its warnings.
     */
    public StepCheck revisit(Step step, WizardState state, boolean answered) {
        StepCheck check = check(step, state.plan(), List.of());
        if (state.isComplete(step)) {
            return new StepCheck(check.plan(), List.of(), check.warnings());
        }
        return answered ? check : new StepCheck(check.plan(), List.of(), List.of());
    }

    /** The outcome for one step: the normalised plan, this step's errors and warnings. */
    public record StepCheck(Plan plan, List<PlanIssue> errors, List<PlanIssue> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Puts the form, its errors (as a binding result and as page text) and warnings into the model. */
    public void show(Model model, Object form, List<PlanIssue> errors, List<PlanIssue> warnings, Locale locale) {
        BindingResult result = new DirectFieldBindingResult(form, FORM);
        List<String> fields = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        String firstField = fields.get(0);
        // The summary lists the problems in the order of the fields on the page (GOV.UK).
        List<PlanIssue> ordered = errors.stream()
                .sorted(Comparator.comparingInt(i -> fields.contains(fieldFor(i)) ? fields.indexOf(fieldFor(i)) : -1))
                .toList();
        for (PlanIssue issue : ordered) {
            String field = fieldFor(issue);
            if (fields.contains(field)) {
                result.addError(new FieldError(FORM, field, result.getRawFieldValue(field), false,
                        IssueMessages.codes(issue), IssueMessages.args(issue), issue.code()));
            } else {
                result.addError(new ObjectError(FORM, IssueMessages.codes(issue), IssueMessages.args(issue), issue.code()));
            }
        }
        List<PageErrors.Item> items = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError fe ? fe.getField() : firstField;
            items.add(new PageErrors.Item(field, messages.getMessage(error, locale)));
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        model.addAttribute(PageErrors.MODEL, new PageErrors(items));
        model.addAttribute("warnings", issueMessages.messages(warnings, locale));
    }

    public void show(Model model, Object form, Locale locale) {
        show(model, form, List.of(), List.of(), locale);
    }

    static String fieldFor(PlanIssue issue) {
        return "ucma.notConfirmed".equals(issue.code()) ? UCMA_FIELD : issue.fieldName();
    }
}
