package org.lyncowa.wizard;

import java.util.EnumSet;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.lyncowa.plan.PlanJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps the {@link WizardState} in the HTTP session. A session (a row in the session store and a
 * cookie) exists only for a person who has answered something, started, loaded an example or
 * imported a plan: reading pages never creates one (README: "Security and data").
 * <p>
 * The state is stored as a JSON text whose {@code plan} is the public plan file (with its format
 * version, read back by the plan reader like an imported file), so a journey in progress survives
 * an upgrade of the app that changes the Java classes. An attribute the app cannot read (a state
 * stored as Java-serialised objects before this format, or a damaged one) ends the session and the
 * person lands on the recovery page, as for a timed-out session: never an error page.
 */
@Component
public class WizardSession {

    /** The state as JSON text (a String, which every session store keeps as it is). */
    public static final String ATTRIBUTE = "org.lyncowa.wizard.state.json";
    /** The findings of an imported discovery file (issue 18): they belong to the journey, so a new one drops them. */
    public static final String FINDINGS_ATTRIBUTE = "org.lyncowa.discovery.findings.json";
    /** Where releases before the JSON form kept a Java-serialised WizardState. */
    static final String LEGACY_ATTRIBUTE = "org.lyncowa.wizard.WizardState";
    /** Request attribute: this request's session held answers that could not be read. */
    private static final String UNREADABLE = WizardSession.class.getName() + ".unreadable";
    /** Request attribute: the state this request last read or saved, with the JSON text it stands for. */
    private static final String PARSED = WizardSession.class.getName() + ".parsed";

    /**
     * The state of a JSON text, parsed once per request: the interceptor, the layout's advice and the
     * controller each ask for the state, and reading the JSON and the plan in it was done for each. The
     * state is a function of the text alone, so a memo holds while the session attribute holds the same
     * text; every caller gets its own copy (a state is changed before it is saved).
     */
    private record Parsed(String json, WizardState state) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public Optional<WizardState> find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Optional<WizardState> state = read(request, session);
        if (state.isEmpty() && holdsUnreadableAnswers(session)) {
            // The session store cannot even remove an attribute it cannot deserialise (it reads the
            // old value first), so the whole session goes, as a timed-out one would.
            session.invalidate();
            request.setAttribute(UNREADABLE, Boolean.TRUE);
        }
        return state;
    }

    /**
     * The state of this session, or an empty one that is not stored anywhere until {@link #save}:
     * a visitor who only reads the step pages gets no session.
     */
    public WizardState require(HttpServletRequest request) {
        return find(request).orElseGet(WizardState::new);
    }

    /** Starts a new journey with no answers, under a new session id. */
    public WizardState start(HttpServletRequest request) {
        WizardState state = new WizardState();
        save(request, state);
        request.getSession().removeAttribute(FINDINGS_ATTRIBUTE);
        renewId(request);
        return state;
    }

    /** Writes the state back, so session stores that persist only on setAttribute see the change. */
    public void save(HttpServletRequest request, WizardState state) {
        String json = toJson(state);
        request.getSession(true).setAttribute(ATTRIBUTE, json);
        request.setAttribute(PARSED, new Parsed(json, state.copy()));
    }

    /**
     * Gives the session a new id. Called whenever a journey starts (Start, Start over, an example,
     * an import): a session id planted in the person's browser beforehand then leads nowhere, so its
     * planter cannot read the answers that follow.
     */
    public void renewId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    /**
     * The request lost its answers: the session id is one the server no longer knows (timed out),
     * or its session held answers that could not be read.
     */
    public static boolean expired(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                || Boolean.TRUE.equals(request.getAttribute(UNREADABLE));
    }

    /** Stores the state as JSON text. */
    public static void write(HttpSession session, WizardState state) {
        session.setAttribute(ATTRIBUTE, toJson(state));
    }

    /** The stored state; empty when there is none or it cannot be read. */
    public static Optional<WizardState> read(HttpSession session) {
        return stored(session) instanceof String text ? fromJson(text) : Optional.empty();
    }

    /**
     * The stored state of this request's session, as {@link #read(HttpSession)}, parsed at most once per
     * request while the stored text stays the same; the caller gets its own copy.
     */
    public static Optional<WizardState> read(HttpServletRequest request, HttpSession session) {
        if (!(stored(session) instanceof String text)) {
            return Optional.empty();
        }
        if (request.getAttribute(PARSED) instanceof Parsed parsed && parsed.json().equals(text)) {
            return Optional.of(parsed.state().copy());
        }
        Optional<WizardState> state = fromJson(text);
        state.ifPresent(read -> request.setAttribute(PARSED, new Parsed(text, read.copy())));
        return state;
    }

    private static Object stored(HttpSession session) {
        try {
            return session.getAttribute(ATTRIBUTE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String toJson(WizardState state) {
        ObjectNode root = MAPPER.createObjectNode();
        state.completeSteps().forEach(step -> root.withArray("steps").add(step.name()));
        root.put("example", state.isExample());
        root.set("plan", MAPPER.readTree(PlanJson.write(state.plan())));
        return MAPPER.writeValueAsString(root);
    }

    static Optional<WizardState> fromJson(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            EnumSet<Step> steps = EnumSet.noneOf(Step.class);
            for (JsonNode step : root.path("steps")) {
                steps.add(Step.valueOf(step.asString()));
            }
            // The plan reader also reads older plan format versions into the current model; it does
            // not check the rules: a journey in progress is incomplete by nature, and the pages that
            // need a valid plan check it once (a download used to check it four times).
            var plan = PlanJson.readWritten(root.required("plan"));
            return Optional.of(new WizardState(plan, steps, root.path("example").asBoolean(false)));
        } catch (JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the session holds answers that could not be read. */
    private static boolean holdsUnreadableAnswers(HttpSession session) {
        for (String name : new String[] {ATTRIBUTE, LEGACY_ATTRIBUTE}) {
            try {
                if (session.getAttribute(name) != null) {
                    return true;
                }
            } catch (RuntimeException e) {
                // The session store could not deserialise it (Java serialisation of classes that changed).
                return true;
            }
        }
        return false;
    }
}
