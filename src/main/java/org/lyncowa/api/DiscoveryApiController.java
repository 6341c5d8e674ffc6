package org.lyncowa.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lyncowa.discovery.DiscoveryDraft;
import org.lyncowa.discovery.DiscoveryJson;
import org.lyncowa.discovery.Finding;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.PlanSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/discoveries} (docs/discovery-format.md "API"): a discovery file in, the draft plan and the
 * findings out. Bodies are read as the plan API reads them (the same limit, media type and JSON checks, the
 * same problem documents); an invalid discovery file, a plan included, is a 422 listing every error.
 */
@RestController
@RequestMapping("/api/discoveries")
class DiscoveryApiController {

    static final URI INVALID_DISCOVERY = URI.create("urn:lync-owa:problem:invalid-discovery");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Problems problems;
    private final MessageSource messages;
    private final Clock clock = Clock.systemUTC();

    private final PlanSizeLimit limit;

    DiscoveryApiController(Problems problems, MessageSource messages, @Value(PlanSizeLimit.PROPERTY) DataSize limit) {
        this.limit = new PlanSizeLimit(limit);
        this.problems = problems;
        this.messages = messages;
    }

    /** A discovery file that breaks the format's rules. */
    static final class InvalidDiscovery extends Exception {
        private final transient DiscoveryJson.Result result;

        InvalidDiscovery(DiscoveryJson.Result result) {
            super("invalid discovery file");
            this.result = result;
        }
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> draft(HttpServletRequest request, Locale locale)
            throws IOException, PlanSizeLimit.TooLargeException, PlanJson.NotJsonException, PlanRefusedException,
            InvalidDiscovery {
        if (!PlanRequests.isJson(request.getContentType())) {
            throw new PlanRefusedException.NotJsonMediaType();
        }
        DiscoveryJson.Result result = DiscoveryJson.read(limit.read(request));
        if (!result.valid()) {
            throw new InvalidDiscovery(result);
        }
        DiscoveryDraft.Draft draft = DiscoveryDraft.of(result.discovery(), clock.instant());
        Map<String, Object> body = new LinkedHashMap<>();
        // The draft in the plan format itself (format, version and all), so it can be posted on once completed.
        body.put("plan", MAPPER.readTree(PlanJson.write(draft.plan())));
        body.put("findings", draft.findings().stream().map(f -> finding(f, locale)).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private Map<String, Object> finding(Finding f, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("section", f.section());
        out.put("field", f.field());
        out.put("kind", f.kind().name());
        out.put("code", f.code());
        out.put("message", messages.getMessage("discovery.finding." + f.code(), f.args().toArray(), locale));
        out.put("choices", f.choices());
        return out;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidDiscovery e, Locale locale) {
        DiscoveryJson.Result result = e.result;
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setType(INVALID_DISCOVERY);
        problem.setTitle(messages.getMessage("api.problem.invalid-discovery.title", null, locale));
        problem.setDetail(messages.getMessage("api.problem.invalid-discovery.detail",
                new Object[] {result.errors().size()}, locale));
        problem.setProperty("errors", problems.issues(result.reportedErrors(), locale));
        if (result.omittedErrors() > 0) {
            problem.setProperty(Problems.ERRORS_OMITTED, result.omittedErrors());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
