package org.lyncowa.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place the API's RFC 9457 problem documents are made: each refusal the API's controllers
 * throw becomes its {@link ProblemDetail} (type URN, title and detail in the caller's language, and
 * for an invalid plan the {@code errors}, {@code errorsOmitted} and {@code warnings} members).
 */
@RestControllerAdvice(basePackageClasses = Problems.class)
class Problems {

    static final URI INVALID_PLAN = URI.create("urn:lync-owa:problem:invalid-plan");
    static final URI NOT_JSON = URI.create("urn:lync-owa:problem:not-json");
    static final URI TOO_LARGE = URI.create("urn:lync-owa:problem:too-large");
    static final URI NOT_UTF8 = URI.create("urn:lync-owa:problem:not-utf8");
    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:lync-owa:problem:unsupported-media-type");
    /** The extra member of the invalid-plan problem that counts the errors left out of {@code errors}. */
    static final String ERRORS_OMITTED = "errorsOmitted";

    private final IssueMessages issueMessages;
    private final MessageSource messages;
    private final PlanSizeLimit limit;

    Problems(IssueMessages issueMessages, MessageSource messages, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.issueMessages = issueMessages;
        this.messages = messages;
        this.limit = new PlanSizeLimit(limit);
    }

    /** 415 naming the one type the API reads in an {@code Accept} header, as RFC 9110 15.5.16 suggests. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(PlanRefusedException.NotJsonMediaType e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type", locale);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(PlanSizeLimit.TooLargeException e, Locale locale) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "too-large", locale, limit.kib()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notUtf8(PlanJson.NotUtf8Exception e, Locale locale) {
        return respond(problem(HttpStatus.BAD_REQUEST, NOT_UTF8, "not-utf8", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notJson(PlanJson.NotJsonException e, Locale locale) {
        return respond(problem(HttpStatus.BAD_REQUEST, NOT_JSON, "not-json", locale));
    }

    /**
     * The 422 problem: the first {@link PlanCheck#ERRORS_REPORTED} errors and, when there are more,
     * {@code "errorsOmitted"}: how many are left out, so that no plan makes a large answer (issue 12).
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidPlan(PlanRefusedException.InvalidPlan e, Locale locale) {
        PlanCheck check = e.check();
        int omitted = check.omittedErrors();
        ProblemDetail problem = omitted == 0
                ? problem(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_PLAN, "invalid-plan", locale, check.errors().size())
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_PLAN, "invalid-plan-omitted", locale,
                        check.errors().size(), PlanCheck.ERRORS_REPORTED);
        problem.setProperty("errors", issues(check.reportedErrors(), locale));
        if (omitted > 0) {
            problem.setProperty(ERRORS_OMITTED, omitted);
        }
        problem.setProperty("warnings", issues(check.warnings(), locale));
        return respond(problem);
    }

    /** Errors and warnings as the API lists them: path, code and message. */
    List<Map<String, Object>> issues(List<PlanIssue> issues, Locale locale) {
        return issues.stream().map(i -> Map.<String, Object>of(
                "path", i.path(), "code", i.code(), "message", issueMessages.message(i, locale))).toList();
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
