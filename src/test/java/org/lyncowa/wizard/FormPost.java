package org.lyncowa.wizard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lyncowa.plan.Plan;
import org.lyncowa.support.PlanForms;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A step form post built from default answers with some replaced (MockMvc's param() adds values). */
public final class FormPost {

    private final String path;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private FormPost(String path) {
        this.path = path;
    }

    public static FormPost to(String path, String... nameValuePairs) {
        return new FormPost(path).with(nameValuePairs);
    }

    /**
     * The answers a person gives on the step page at {@code path} for this plan: the fields of the
     * tests' one plan-to-form mapper, {@link PlanForms#fields} (the same the HTTP and browser tests type).
     */
    public static FormPost answers(String path, Plan plan) {
        FormPost post = new FormPost(path);
        post.fields.putAll(PlanForms.fields(path, plan));
        return post;
    }

    public FormPost with(String... nameValuePairs) {
        FormPost copy = new FormPost(path);
        copy.fields.putAll(fields);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            copy.fields.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return copy;
    }

    public MockHttpServletRequestBuilder in(MockHttpSession session) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).session(session);
        fields.forEach((name, value) -> request.param(name, value));
        return request;
    }
}
