package org.lyncowa.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PlanApiController.class)
@Import({Problems.class, IssueMessages.class, SecurityConfig.class})
class PlanApiControllerTest {

    @Autowired
    MockMvc mvc;

    static String preset(String name) throws Exception {
        try (InputStream in = PlanApiControllerTest.class.getResourceAsStream("/presets/" + name + ".lyncowa.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aValidPlanIsValidWithItsWarnings() throws Exception {
        mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON)
                        .content(preset("exchange2010-limited")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[*].code", hasItem("exchange.limited")))
                .andExpect(jsonPath("$.warnings[0].path").value("compatibility.exchangeServer"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("Exchange 2010")));
    }

    @Test
    void theApiNeedsNoCsrfTokenAndSendsSecurityHeaders() throws Exception {
        mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(preset("litwareinc")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }

    @Nested
    class Refused {
        @Test
        void everyErrorIsListedWithPathCodeAndMessage() throws Exception {
            String plan = preset("litwareinc").replace("\"port\": 5199", "\"port\": 70000")
                    .replace("\"siteId\": \"Redmond\"", "\"siteId\": \"site:Redmond\", \"colour\": 1");
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(422))
                    .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:invalid-plan"))
                    .andExpect(jsonPath("$.errors", hasSize(3)))
                    .andExpect(jsonPath("$.errors[?(@.path == 'trustedPool.port')].code").value("port.range"))
                    .andExpect(jsonPath("$.errors[?(@.path == 'trustedPool.siteId')].code").value("siteId.sitePrefix"))
                    .andExpect(jsonPath("$.errors[?(@.path == 'trustedPool.colour')].code").value("field.unknown"))
                    .andExpect(jsonPath("$.errors[*].message", not(hasItem(containsString("plan.issue")))))
                    .andExpect(jsonPath("$.warnings").isArray());
        }

        @Test
        void exchange2016IsRefused() throws Exception {
            String plan = preset("litwareinc").replace("EXCHANGE_2013", "EXCHANGE_2016_OR_LATER");
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].code").value("compatibility.unsupported-pair"));
        }

        @Test
        void messagesFollowTheCallersLanguage() throws Exception {
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).locale(Locale.KOREAN)
                            .content("{}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.title").value("계획이 올바르지 않습니다"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "not json", "{", "{\"a\":1,\"a\":2}", "\u0000\u0001"})
        void notJsonIs400(String body) throws Exception {
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:not-json"));
        }

        @Test
        void invalidUtf8IsNotJsonOrRefusedButNever500() throws Exception {
            byte[] body = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().is4xxClientError());
        }

        @Test
        void over256KiBIs413() throws Exception {
            String big = "{\"title\": \"" + "x".repeat(256 * 1024) + "\"}";
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(big))
                    .andExpect(status().isContentTooLarge())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        void deeplyNestedJsonIsRefusedNot500() throws Exception {
            String deep = "[".repeat(5000) + "]".repeat(5000);
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(deep))
                    .andExpect(status().is4xxClientError());
        }
    }
}
