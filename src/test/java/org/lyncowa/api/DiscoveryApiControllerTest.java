package org.lyncowa.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.discovery.DiscoveryExamples;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/discoveries}: a discovery file in, the draft plan and its findings out (issue 18). */
@WebMvcTest(DiscoveryApiController.class)
@Import({Problems.class, IssueMessages.class, SecurityConfig.class})
class DiscoveryApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void exchange2013GivesACompleteDraftInThePlanFormat() throws Exception {
        mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON)
                        .content(DiscoveryExamples.bytes(DiscoveryExamples.LITWARE_2013)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.plan.format").value("lync-owa-plan"))
                .andExpect(jsonPath("$.plan.compatibility.exchangeServer").value("EXCHANGE_2013"))
                .andExpect(jsonPath("$.plan.trustedPool.siteId").value("1"))
                .andExpect(jsonPath("$.plan.instantMessaging.certificateThumbprint").value("EA5A332496CC05DA69B75B66111C0F78A110D22D"))
                .andExpect(jsonPath("$.findings[*].code", hasItem("siteIdNotName")));
    }

    @Test
    void exchange2019WithTwoCertificatesGetsOneThumbprintPerServerAndAWarning() throws Exception {
        mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON)
                        .content(DiscoveryExamples.bytes(DiscoveryExamples.TAILSPIN_2019)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.compatibility.exchangeServer").value("EXCHANGE_2019"))
                .andExpect(jsonPath("$.plan.instantMessaging.certificates['ex19-02.tailspintoys.com']")
                        .value("2222222222222222222222222222222222222222"))
                .andExpect(jsonPath("$.findings[?(@.code == 'certificatesDiffer')].kind").value("WARNING"));
    }

    @Test
    void anInconsistentTopologyListsItsChoices() throws Exception {
        mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON)
                        .content(DiscoveryExamples.bytes(DiscoveryExamples.INCONSISTENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.code == 'registrarPoolChoice')].choices[1]").value("red-cs-001.contoso.com"))
                .andExpect(jsonPath("$.findings[?(@.code == 'owaPoolExists')].kind").value("WARNING"));
    }

    @Nested
    class Refused {

        @Test
        void aPlanGetsOneClearError() throws Exception {
            byte[] plan = Files.readAllBytes(Path.of("src/main/resources/presets/litwareinc.lyncowa.json"));
            mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:lync-owa:problem:invalid-discovery"))
                    .andExpect(jsonPath("$.errors[0].code").value("discovery.isPlan"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("plan file")));
        }

        @Test
        void aHostileFileGetsEveryErrorWithItsPath() throws Exception {
            mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON)
                            .content(DiscoveryExamples.bytes(DiscoveryExamples.HOSTILE)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[?(@.path == 'lync.sites[0].siteId')].code").value("siteId.sitePrefix"))
                    .andExpect(jsonPath("$.errors[?(@.path == 'extra')].code").value("field.unknown"));
        }

        @Test
        void notJsonTooLargeOrAFormAreAnsweredAsThePlanApiAnswersThem() throws Exception {
            mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON).content("{"))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_JSON).content(new byte[300 * 1024]))
                    .andExpect(status().isContentTooLarge());
            mvc.perform(post("/api/discoveries").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b"))
                    .andExpect(status().isUnsupportedMediaType());
        }
    }
}
