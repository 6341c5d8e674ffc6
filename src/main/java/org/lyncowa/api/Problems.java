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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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
    static final URI NOT_UTF8 = URI.create("urn:lync-owa:problem:not-utf8");
    static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("urn:lync-owa:problem:unsupported-media-type");
    /** The extra member of the invalid-plan problem that counts the errors left out of {@code errors}. */
    static final String ERRORS_OMITTED = "errorsOmitted";

    private final IssueMessages issueMessages;
    private final MessageSource messages;

    Problems(IssueMessages issueMessages, MessageSource messages) {
        this.issueMessages = issueMessages;
        this.messages = messages;
    }

    /** A request body read as a plan: the checked plan if it is valid, else the problem to answer with. */
    record PlanRequest(PlanCheck check, ResponseEntity<ProblemDetail> problem) {
    }

    /** Reads the body with the 256 KiB limit and checks it: 415, 413, 400 or 422 problems, or a valid plan. */
    PlanRequest read(HttpServletRequest request, Locale locale) throws IOException {
        if (!isJson(request.getContentType())) {
            return new PlanRequest(null, unsupportedMediaType(locale));
        }
        PlanCheck check;
        try {
            check = PlanJson.read(PlanBody.read(request, PlanJson.MAX_BYTES));
        } catch (PlanBody.TooLargeException e) {
            return new PlanRequest(null, tooLarge(locale, PlanJson.MAX_BYTES));
        } catch (PlanJson.NotUtf8Exception e) {
            return new PlanRequest(null, respond(problem(HttpStatus.BAD_REQUEST, NOT_UTF8, "not-utf8", locale)));
        } catch (PlanJson.NotJsonException e) {
            return new PlanRequest(null, notJson(locale));
        }
        return new PlanRequest(check, check.valid() ? null : invalidPlan(check, locale));
    }

    /**
     * The body is a plan only as JSON ({@code application/json} or a {@code +json} type), or with no
     * Content-Type at all (RFC 9110 8.3 lets the recipient look at the data). Anything else, a form
     * above all, is answered 415 before anything reads it as what it says it is: reading a form body
     * as parameters (the language switch does) would leave nothing for the plan.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                    || ("application".equals(type.getType()) && "json".equals(type.getSubtypeSuffix()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    List<Map<String, Object>> issues(List<PlanIssue> issues, Locale locale) {
        return issues.stream().map(i -> Map.<String, Object>of(
                "path", i.path(), "code", i.code(), "message", issueMessages.message(i, locale))).toList();
    }

    /**
     * The 422 problem: the first {@link PlanCheck#ERRORS_REPORTED} errors and, when there are more,
     * {@code "errorsOmitted"}: how many are left out, so that no plan makes a large answer (issue 12).
     */
    ResponseEntity<ProblemDetail> invalidPlan(PlanCheck check, Locale locale) {
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

    /** 415 naming the one type the API reads in an {@code Accept} header, as RFC 9110 15.5.16 suggests. */
    ResponseEntity<ProblemDetail> unsupportedMediaType(Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type", locale);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).body(problem);
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
