package org.lyncowa.wizard.discovery;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.lyncowa.discovery.Finding;
import org.lyncowa.wizard.WizardSession;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the findings of an imported discovery file in the session beside the journey, as JSON text (a String,
 * which every session store keeps as it is, like the journey itself). Findings that cannot be read are
 * simply not shown: the answers they pre-filled are in the journey already. Not a bean: every step page
 * reads it (through {@link FoundAdvice}), so it needs nothing a test slice would have to provide.
 */
public final class DiscoverySession {

    static final String ATTRIBUTE = WizardSession.FINDINGS_ATTRIBUTE;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private DiscoverySession() {
    }

    public static void save(HttpServletRequest request, List<Finding> findings) {
        request.getSession(true).setAttribute(ATTRIBUTE, MAPPER.writeValueAsString(findings));
    }

    /** Forgets the findings (a plan import or a new start replaces what they described). */
    public static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    public static Optional<List<Finding>> find(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof String json
                    ? Optional.of(MAPPER.readValue(json, new TypeReference<List<Finding>>() { }))
                    : Optional.empty();
        } catch (JacksonException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
