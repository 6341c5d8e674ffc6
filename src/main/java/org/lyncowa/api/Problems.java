package org.lyncowa.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.system.IssueMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Builds the RFC 9457 problem documents of the API; texts come from the messages in the caller's language. */
@Component
class Problems {

    static final URI INVALID_PLAN = URI.create("urn:lync-owa:problem:invalid-plan");
    static final URI NOT_JSON = URI.create("urn:lync-owa:problem:not-json");
    static final URI TOO_LARGE = URI.create("urn:lync-owa:problem:too-large");

    private final IssueMessages issueMessages;
    private final MessageSource messages;

    Problems(IssueMessages issueMessages, MessageSource messages) {
        this.issueMessages = issueMessages;
        this.messages = messages;
    }

    /** A request body read as a plan: the checked plan if it is valid, else the problem to answer with. */
    record PlanRequest(PlanCheck check, ResponseEntity<ProblemDetail> problem) {
    }

    /** Reads the body with the 256 KiB limit and checks it: 413, 400 or 422 problems, or a valid plan. */
    PlanRequest read(HttpServletRequest request, Locale locale) throws IOException {
        PlanCheck check;
        try {
            check = PlanJson.read(PlanBody.read(request, PlanJson.MAX_BYTES));
        } catch (PlanBody.TooLargeException e) {
            return new PlanRequest(null, tooLarge(locale, PlanJson.MAX_BYTES));
        } catch (PlanJson.NotJsonException e) {
            return new PlanRequest(null, notJson(locale));
        }
        return new PlanRequest(check, check.valid() ? null : invalidPlan(check, locale));
    }

    List<Map<String, Object>> issues(List<PlanIssue> issues, Locale locale) {
        return issues.stream().map(i -> Map.<String, Object>of(
                "path", i.path(), "code", i.code(), "message", issueMessages.message(i, locale))).toList();
    }

    ResponseEntity<ProblemDetail> invalidPlan(PlanCheck check, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_PLAN, "invalid-plan", locale,
                check.errors().size());
        problem.setProperty("errors", issues(check.errors(), locale));
        problem.setProperty("warnings", issues(check.warnings(), locale));
        return respond(problem);
    }

    ResponseEntity<ProblemDetail> notJson(Locale locale) {
        return respond(problem(HttpStatus.BAD_REQUEST, NOT_JSON, "not-json", locale));
    }

    ResponseEntity<ProblemDetail> tooLarge(Locale locale, int maxBytes) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "too-large", locale, maxBytes / 1024));
    }

    private ProblemDetail problem(HttpStatus status, URI type, String key, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(messages.getMessage("api.problem." + key + ".title", null, locale));
        problem.setDetail(messages.getMessage("api.problem." + key + ".detail", args, locale));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
