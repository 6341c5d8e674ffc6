package org.lyncowa.system;

import java.util.List;
import java.util.Locale;

import org.lyncowa.plan.PlanIssue;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link PlanIssue} into words for people. The message keys are, most specific first,
 * {@code plan.issue.<code>.<fieldPath>} and {@code plan.issue.<code>} (in
 * {@code messages/plan*.properties}); the plain code comes last so that a Spring
 * {@code FieldError} built from {@link #codes(PlanIssue)} reports it as its {@code getCode()}.
 */
@Component
public class IssueMessages {

    private final MessageSource messages;

    public IssueMessages(MessageSource messages) {
        this.messages = messages;
    }

    public static String[] codes(PlanIssue issue) {
        return new String[] {
            "plan.issue." + issue.code() + "." + issue.fieldPath(),
            "plan.issue." + issue.code(),
            issue.code()
        };
    }

    public static Object[] args(PlanIssue issue) {
        return issue.args().toArray();
    }

    public String message(PlanIssue issue, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(codes(issue), args(issue), issue.code()), locale);
    }

    public List<String> messages(List<PlanIssue> issues, Locale locale) {
        return issues.stream().map(i -> message(i, locale)).toList();
    }

    /**
     * The problems of a file, each with where it is ({@code lineKey}: {@code {0}} the path, {@code {1}}
     * the message), then how many more were left out ({@code import.error.more}) when there were.
     */
    public List<String> located(List<PlanIssue> reported, int omitted, String lineKey, Locale locale) {
        List<String> lines = new java.util.ArrayList<>();
        for (PlanIssue issue : reported) {
            lines.add(messages.getMessage(lineKey, new Object[] {issue.path(), message(issue, locale)}, locale));
        }
        if (omitted > 0) {
            lines.add(messages.getMessage("import.error.more", new Object[] {omitted}, locale));
        }
        return lines;
    }
}
