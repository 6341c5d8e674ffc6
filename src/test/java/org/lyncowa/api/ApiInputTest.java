package org.lyncowa.api;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, findings 1 and 10, in the API: bounded answers, the body's media type and encoding,
 * names given twice, and an Accept header the API cannot meet. The same against the real server:
 * {@code org.lyncowa.hardening.BoundedWorkIT} and {@code InputHandlingIT}.
 */
@WebMvcTest({PlanApiController.class, BundleApiController.class})
@Import({Problems.class, IssueMessages.class, SecurityConfig.class, BundleConfig.class})
class ApiInputTest {

    @Autowired
    MockMvc mvc;

    @Nested
    class Bounded {
        @Test
        void theFirstHundredErrorsAndACountOfTheRest() throws Exception {
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                fields.append("\"x").append(i).append("\": 0, ");
            }
            String plan = PlanApiControllerTest.preset("litwareinc").replaceFirst("\\{", "{" + fields);
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors", hasSize(PlanCheck.ERRORS_REPORTED)))
                    .andExpect(jsonPath("$.errors[0].path").value("x0"))
                    .andExpect(jsonPath("$.errorsOmitted").value(1000 - PlanCheck.ERRORS_REPORTED))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1,000")));
            mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors", hasSize(PlanCheck.ERRORS_REPORTED)))
                    .andExpect(jsonPath("$.errorsOmitted").value(900));
        }

        @Test
        void noCountWhenEveryErrorIsListed() throws Exception {
            String plan = PlanApiControllerTest.preset("litwareinc").replace("\"port\": 5199", "\"port\": 0");
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors", hasSize(1)))
                    .andExpect(jsonPath("$.errorsOmitted").doesNotExist());
        }
    }

    @Nested
    class MediaTypes {
        @ParameterizedTest
        @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
                "application/xml", "not a type", "application/jsonx"})
        void aBodyThatIsNotSentAsJsonIs415WithAProblem(String type) throws Exception {
            for (String path : new String[] {"/api/plans/validate", "/api/bundles"}) {
                mvc.perform(post(path).header("Content-Type", type).content(PlanApiControllerTest.preset("litwareinc")))
                        .andExpect(status().isUnsupportedMediaType())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(header().string("Accept", "application/json"))
                        .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:unsupported-media-type"))
                        .andExpect(jsonPath("$.status").value(415));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json", "application/json; charset=UTF-8", "APPLICATION/JSON",
                "application/vnd.lyncowa.plan+json"})
        void jsonTypesAreRead(String type) throws Exception {
            mvc.perform(post("/api/plans/validate").header("Content-Type", type)
                            .content(PlanApiControllerTest.preset("litwareinc")))
                    .andExpect(status().isOk());
        }

        @Test
        void aValidPlanAnswersJsonWhateverTheAcceptHeader() throws Exception {
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_PLAIN)
                            .content(PlanApiControllerTest.preset("litwareinc")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.valid").value(true));
        }
    }

    @Nested
    class Encoding {
        @ParameterizedTest
        @ValueSource(strings = {"C080", "E08080", "EDA080", "EDBFBF"})
        void overlongAndSurrogateBytesAre400NotUtf8(String hex) throws Exception {
            byte[] bad = java.util.HexFormat.of().parseHex(hex);
            String plan = PlanApiControllerTest.preset("litwareinc");
            int at = plan.indexOf("Litware");
            byte[] head = plan.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] tail = plan.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad, 0, body, head.length, bad.length);
            System.arraycopy(tail, 0, body, head.length + bad.length, tail.length);
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:not-utf8"));
            mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).locale(Locale.KOREAN).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("본문이 올바른 UTF-8이 아닙니다"));
        }

        @Test
        void aNameGivenTwiceIsAPlanErrorNamingItAndItsPath() throws Exception {
            String plan = PlanApiControllerTest.preset("litwareinc").replace("\"port\": 5199", "\"port\": 5199, \"port\": 80");
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:invalid-plan"))
                    .andExpect(jsonPath("$.errors", hasSize(1)))
                    .andExpect(jsonPath("$.errors[0].path").value("trustedPool.port"))
                    .andExpect(jsonPath("$.errors[0].code").value("field.duplicate"))
                    .andExpect(jsonPath("$.errors[0].message").value(
                            "The field port is given more than once in the same object. Keep one."));
        }

        @Test
        void invisibleCharactersAreRefusedWithTheirCode() throws Exception {
            String plan = PlanApiControllerTest.preset("litwareinc").replace("\"Litware", "\"Litware \\u202E");
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].path").value("title"))
                    .andExpect(jsonPath("$.errors[0].code").value("text.invisible"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                            "Remove the invisible character U+202E")));
            mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).locale(Locale.KOREAN)
                            .content(plan))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("U+202E")));
        }
    }
}
