package org.lyncowa.wizard.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(PlanTransferController.class)
@Import({WizardMvcTest.class, PlanUploads.class})
class PlanTransferControllerTest {

    @Autowired
    private MockMvc mvc;

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("planFile", "plan.lyncowa.json", "application/json", content);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestPlans.LITWARE, TestPlans.EXCHANGE_2010, TestPlans.COLOCATED, TestPlans.DISABLE})
    void importingAnExamplePlanReproducesItsAnswersAndExportGivesItBack(String preset) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/plan/import").with(csrf()).file(file(TestPlans.presetBytes(preset))).session(session))
                .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));

        Plan expected = TestPlans.preset(preset);
        WizardState state = TestPlans.stateOf(session);
        assertThat(state.plan()).isEqualTo(expected);
        assertThat(new Navigator().allAnswered(state)).isTrue();
        assertThat(state.isComplete(Step.VERIFICATION)).isTrue();

        MvcResult export = mvc.perform(get("/plan/export").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        byte[] body = export.getResponse().getContentAsByteArray();
        assertThat(PlanJson.read(body).plan()).isEqualTo(expected);
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(PlanJson.write(expected));
        // The examples are version 1 files; what the wizard saves is version 2 (plan-and-bundle.md "Version 2").
        assertThat(new String(TestPlans.presetBytes(preset), StandardCharsets.UTF_8)).contains("\"version\": 1");
        assertThat(new String(body, StandardCharsets.UTF_8)).containsPattern("\"version\" ?: ?2,");
    }

    @ParameterizedTest
    @ValueSource(strings = {TestPlans.PER_SERVER, TestPlans.TAILSPIN})
    void version2FilesImport(String name) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var result = mvc.perform(multipart("/plan/import").with(csrf()).file(file(TestPlans.presetBytes(name))).session(session));
        result.andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
        // Tailspin (P-8, Skype for Business 2019 with Exchange 2019) names one server's own certificate.
        assertThat(TestPlans.stateOf(session).plan().instantMessaging().certificates())
                .hasSize(name.equals(TestPlans.TAILSPIN) ? 1 : 2);
    }

    @Test
    void theExportFileIsNamedAfterTheTitle() throws Exception {
        mvc.perform(get("/plan/export").session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename=\"litware-inc-atlanta-example-values-from-the-procedure.lyncowa.json\"")));
    }

    @Test
    void exportWithoutAnswersGoesToTheFirstStep() throws Exception {
        mvc.perform(get("/plan/export").session(TestPlans.session(new WizardState())))
                .andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
    }

    @Nested
    class WhenTheFileIsRefused {

        private static final String INVALID = """
                {"format": "lync-owa-plan", "version": 1,
                 "compatibility": {"lyncServer": "LYNC_2010", "exchangeServer": "EXCHANGE_2013", "ucmaRuntimeConfirmed": true},
                 "trustedPool": {"umServicesColocated": false, "owaPoolFqdn": "bad_host", "registrarPoolFqdn": "a.example.com",
                                 "siteId": "site:X", "port": "x"},
                 "instantMessaging": {"mode": "DISABLE"}, "extra": 1}
                """;

        @Test
        void everyErrorIsListedAndTheCurrentAnswersStay() throws Exception {
            WizardState state = TestPlans.complete(TestPlans.LITWARE);
            Plan before = state.plan();
            MvcResult result = mvc.perform(multipart("/plan/import").with(csrf())
                            .file(file(INVALID.getBytes(StandardCharsets.UTF_8))).session(TestPlans.session(state)))
                    .andExpect(status().isOk())
                    .andExpect(view().name(PlanTransferController.VIEW))
                    .andExpect(content().string(containsString("<title>Error: ")))
                    .andReturn();
            String html = result.getResponse().getContentAsString();
            var expectedErrors = PlanJson.read(INVALID).errors();
            assertThat(expectedErrors).hasSizeGreaterThanOrEqualTo(5);
            for (var error : expectedErrors) {
                assertThat(html).contains(error.path() + ": ");
            }
            Matcher links = Pattern.compile("href=\"#planFile\"").matcher(html);
            assertThat(links.results().count()).isEqualTo(expectedErrors.size());
            assertThat(state.plan()).isEqualTo(before);
        }

        @Test
        void aFileThatIsNotJsonIsRefusedPlainly() throws Exception {
            mvc.perform(multipart("/plan/import").with(csrf()).file(file("hello".getBytes(StandardCharsets.UTF_8)))
                            .session(TestPlans.session(new WizardState())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("not valid JSON")));
        }

        @Test
        void aFileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
            byte[] big = new byte[PlanJson.MAX_BYTES + 1];
            Arrays.fill(big, (byte) ' ');
            mvc.perform(multipart("/plan/import").with(csrf()).file(file(big)).session(TestPlans.session(new WizardState())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("too large")));
        }

        @Test
        void theImportPageSaysTooLargeWhenTheUploadFilterSentUsThere() throws Exception {
            mvc.perform(get("/plan/import?too-large=true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("The file is too large")))
                    .andExpect(content().string(containsString("href=\"#planFile\"")));
        }

        @Test
        void noFileChosen() throws Exception {
            mvc.perform(multipart("/plan/import").with(csrf()).file(file(new byte[0])))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Select a plan file")));
        }
    }

    /**
     * Issue 15, plan-and-bundle.md version 2: {@code umServicesColocated} only with Exchange 2013/2016, "absent or
     * false otherwise". A 2019 plan that answers No still imports (the pool is created anyway, P-8.4); one that
     * says Yes, or names SIP URI dial plans, is refused with the reason.
     */
    @Nested
    class AnExchange2019PlanWithAUmAnswer {

        private byte[] tailspin(String replacement) {
            String json = new String(TestPlans.presetBytes(TestPlans.TAILSPIN), StandardCharsets.UTF_8);
            String changed = json.replace("\"trustedPool\": {", "\"trustedPool\": {" + replacement);
            assertThat(changed).isNotEqualTo(json);
            return changed.getBytes(StandardCharsets.UTF_8);
        }

        @Test
        void answeringNoImportsAndThePoolIsCreated() throws Exception {
            var session = TestPlans.session(new WizardState());
            mvc.perform(multipart("/plan/import").with(csrf()).file(file(tailspin("\"umServicesColocated\": false,")))
                            .session(session))
                    .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
            assertThat(TestPlans.stateOf(session).plan().trustedPool().createsPool()).isTrue();
        }

        @Test
        void answeringYesOrNamingDialPlansIsRefusedWithTheReason() throws Exception {
            mvc.perform(multipart("/plan/import").with(csrf()).file(file(tailspin("\"umServicesColocated\": true,")))
                            .session(TestPlans.session(new WizardState())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("trustedPool.umServicesColocated: ")));
            mvc.perform(multipart("/plan/import").with(csrf())
                            .file(file(tailspin("\"sipUriDialPlans\": [\"Tailspin SIP\"],")))
                            .session(TestPlans.session(new WizardState())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("trustedPool.sipUriDialPlans: ")));
        }
    }
}
