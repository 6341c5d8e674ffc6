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
import org.lyncowa.support.TestPresets;
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
        return TestPresets.text(name);
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
        @ValueSource(strings = {"", "not json", "{", "\u0000\u0001"})
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

    /** Plan format version 2 through the API (plan-and-bundle.md "Version 2"). */
    @Nested
    class Version2 {

        static String plan(String name) throws Exception {
            return TestPresets.text(name);
        }

        private org.springframework.test.web.servlet.ResultActions validate(String body) throws Exception {
            return mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(body));
        }

        @Test
        void aVersion2PlanWithACertificatePerServerIsValid() throws Exception {
            validate(plan("litware-certificates-per-server"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(true))
                    .andExpect(jsonPath("$.warnings[*].code", hasItem("version.ended")));
        }

        @Test
        void aCertificateForAServerNotInThePlanIsNamedByItsPath() throws Exception {
            validate(plan("litware-certificates-per-server").replace("\"atl-mbx-002.litwareinc.com\": ",
                            "\"ex19-02.tailspintoys.com\": "))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[*].path", hasItem("instantMessaging.certificates[\"ex19-02.tailspintoys.com\"]")))
                    .andExpect(jsonPath("$.errors[*].code", hasItem("certificates.unknownServer")))
                    .andExpect(jsonPath("$.errors[*].path", hasItem("instantMessaging.certificates")))
                    .andExpect(jsonPath("$.errors[*].code", hasItem("certificates.incomplete")));
        }

        @Test
        void iisWithAThumbprintIsRefusedWithAClearMessage() throws Exception {
            validate(preset("litwareinc").replace("\"imServerName\"", "\"certificateSource\": \"IIS\", \"imServerName\""))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].path").value("instantMessaging.certificateThumbprint"))
                    .andExpect(jsonPath("$.errors[0].code").value("notApplicable.certificateSource"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("IIS")));
        }

        @Test
        void aVersion1PlanIsStillValid() throws Exception {
            validate(preset("litwareinc")).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        }

        @Test
        void anUnsupportedPairIsRefusedForEnableAndNamesWhatWouldWork() throws Exception {
            String lync2013WithExchange2019 = preset("litwareinc").replace("\"version\": 1", "\"version\": 2")
                    .replace("EXCHANGE_2013", "EXCHANGE_2019");
            validate(lync2013WithExchange2019)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].path").value("compatibility.exchangeServer"))
                    .andExpect(jsonPath("$.errors[0].code").value("compatibility.unsupported-pair"))
                    .andExpect(jsonPath("$.errors[0].message", containsString(
                            "What would work: Lync Server 2013 with Exchange Server 2010, Exchange Server 2013")));
            String skype2019WithExchange2010 = preset("exchange2010-limited").replace("LYNC_2013", "SKYPE_2019");
            validate(skype2019WithExchange2010)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].code").value("compatibility.unsupported-pair"));
        }

        @Test
        void everyPairPassesForDisable() throws Exception {
            for (String pair : new String[] {"LYNC_2013/EXCHANGE_2019", "SKYPE_2019/EXCHANGE_2010", "SKYPE_SE/EXCHANGE_SE"}) {
                String[] versions = pair.split("/");
                String body = """
                        {"format": "lync-owa-plan", "version": 2,
                         "compatibility": {"lyncServer": "%s", "exchangeServer": "%s", "ucmaRuntimeConfirmed": false},
                         "trustedPool": {"owaPoolFqdn": "owa.tailspintoys.com", "registrarPoolFqdn": "pool.tailspintoys.com",
                                         "siteId": "1"},
                         "instantMessaging": {"mode": "DISABLE"}}
                        """.formatted(versions[0], versions[1]);
                validate(body).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
            }
        }

        @Test
        void theP8PairsAreValidForEnable() throws Exception {
            validate(plan("tailspin-skype2019-exchange2019"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.valid").value(true));
        }
    }
}
