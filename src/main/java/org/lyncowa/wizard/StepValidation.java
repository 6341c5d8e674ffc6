package org.lyncowa.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.system.IssueMessages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The one adapter between a step form's {@link BindingResult} and the plan's rules
 * ({@link PlanRules}, the only rule book): values the binding could not read become the issues the
 * plan reader reports for a file (so the page and an import word them alike), the plan is checked
 * as it would be with this step's answer, and this step's issues go back onto the binding result
 * as field errors (their plain code is the rule's code) that the page shows with {@code #fields}.
 */
@Component
public class StepValidation {

    public static final String FORM = "form";
    /** The form field that carries "IM enabled but the runtime is not confirmed" (P-1.4). */
    static final String UCMA_FIELD = "mode";

    private final IssueMessages issueMessages;

    public StepValidation(IssueMessages issueMessages) {
        this.issueMessages = issueMessages;
    }

    /**
     * The values the binding could not read, as the issues the plan reader reports for a file, and
     * the values as typed (to show them back). The form may drop those of fields that do not apply.
     */
    public ReadResult read(Step step, Class<?> formType, BindingResult binding) {
        Map<String, Object> rejected = new LinkedHashMap<>();
        List<PlanIssue> readErrors = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            String path = step.section() + "." + error.getField();
            if (error.isBindingFailure()) {
                Object value = error.getRejectedValue();
                rejected.put(error.getField(), value instanceof String[] a && a.length == 1 ? a[0] : value);
                readErrors.add(readError(path, formType, error));
            } else {
                readErrors.add(PlanIssue.of(path, error.getCode(), error.getArguments()));
            }
        }
        return new ReadResult(readErrors, rejected);
    }

    /** What {@link #read} found: a mutable list of issues, and the values as typed. */
    public record ReadResult(List<PlanIssue> errors, Map<String, Object> rejected) {
    }

    /**
     * Checks the plan as it would be with this step's answer; keeps only the issues of this step. The
     * verification step has no answers of its own: it shows what the whole plan does, so its check
     * keeps the whole plan's issues (its preview needs a valid plan, and asks no second check).
     */
    public StepCheck check(Step step, Plan candidate, ReadResult read) {
        return check(step, candidate, read.errors(), read.rejected());
    }

    public StepCheck check(Step step, Plan candidate, List<PlanIssue> readErrors) {
        return check(step, candidate, readErrors, Map.of());
    }

    private StepCheck check(Step step, Plan candidate, List<PlanIssue> readErrors, Map<String, Object> rejected) {
        PlanCheck check = PlanRules.check(candidate, readErrors);
        List<PlanIssue> errors = check.errors().stream().filter(i -> shows(step, i)).toList();
        List<PlanIssue> warnings = check.warnings().stream().filter(i -> shows(step, i)).toList();
        return new StepCheck(check.plan(), errors, warnings, rejected);
    }

    private static boolean shows(Step step, PlanIssue issue) {
        return step == Step.VERIFICATION || Step.owning(issue) == step;
    }

    /** A value of the wrong type, worded as the plan reader words it for a file. */
    private static PlanIssue readError(String path, Class<?> formType, FieldError error) {
        Class<?> type = Arrays.stream(formType.getRecordComponents())
                .filter(c -> c.getName().equals(error.getField())).map(c -> c.getType()).findFirst().orElse(null);
        String raw = String.valueOf(error.getRejectedValue() instanceof String[] a && a.length > 0 ? a[0]
                : error.getRejectedValue()).strip();
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return PlanIssue.of(path, "value.unknown", allowed);
        }
        if (type == Boolean.class) {
            return PlanIssue.of(path, "type.boolean");
        }
        if (!raw.isEmpty() && raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PlanIssue.of(path, "port.range");
        }
        return PlanIssue.of(path, "type.integer");
    }

    /**
     * On a revisit: a step with saved answers that a later change made invalid shows why at once;
     * a complete step shows only its warnings. {@code saved} is {@link #check} of the saved plan for this
     * step, with no read errors.
     */
    public StepCheck revisit(Step step, WizardState state, StepCheck saved) {
        if (state.isComplete(step)) {
            return new StepCheck(saved.plan(), List.of(), saved.warnings(), Map.of());
        }
        return state.answered(step) ? saved : new StepCheck(saved.plan(), List.of(), List.of(), Map.of());
    }

    /**
     * The outcome for one step: the normalised plan, this step's errors and warnings, and the
     * values as typed of the fields the binding could not read (shown back as typed).
     */
    public record StepCheck(Plan plan, List<PlanIssue> errors, List<PlanIssue> warnings, Map<String, Object> rejected) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Puts the form, its errors (as the binding result the page reads) and the warnings into the model. */
    public void show(Model model, Object form, StepCheck check, Locale locale) {
        DirectFieldBindingResult result = new DirectFieldBindingResult(form, FORM);
        FormEditors.register(result.getPropertyEditorRegistry());
        List<String> fields = Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        // The summary lists the problems in the order of the fields on the page (GOV.UK).
        List<PlanIssue> ordered = check.errors().stream()
                .sorted(Comparator.comparingInt(i -> fields.contains(fieldFor(i)) ? fields.indexOf(fieldFor(i)) : -1))
                .toList();
        for (PlanIssue issue : ordered) {
            String field = fieldFor(issue);
            if (fields.contains(field)) {
                boolean unreadable = check.rejected().containsKey(field);
                Object value = unreadable ? check.rejected().get(field) : result.getRawFieldValue(field);
                result.addError(new FieldError(FORM, field, value, unreadable, IssueMessages.codes(issue),
                        IssueMessages.args(issue), issue.code()));
            } else {
                result.addError(new ObjectError(FORM, IssueMessages.codes(issue), IssueMessages.args(issue), issue.code()));
            }
        }
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
        // A problem of no field of the page links to its first field.
        model.addAttribute("firstField", fields.get(0));
        model.addAttribute("warnings", issueMessages.messages(check.warnings(), locale));
    }

    static String fieldFor(PlanIssue issue) {
        return "ucma.notConfirmed".equals(issue.code()) ? UCMA_FIELD : issue.fieldName();
    }
}
