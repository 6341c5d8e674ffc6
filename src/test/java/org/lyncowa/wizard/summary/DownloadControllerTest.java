package org.lyncowa.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(DownloadController.class)
@Import({WizardMvcTest.class, BundleConfig.class, ReadyAnswers.class})
class DownloadControllerTest {

    @Autowired
    private MockMvc mvc;

    static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static String planJson(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("plan.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no plan.json");
    }

    @Test
    void theBundleHoldsTheAnswersOfThisSession() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        byte[] zip = mvc.perform(get("/download/bundle.zip").session(TestPlans.session(state)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition",
                        startsWith("attachment; filename=\"litware-inc-atlanta")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(zip)).contains("manifest.json", "plan.json", "runbook.md", "runbook.html",
                "01-trusted-pool.ps1", "04-owa-web-config.ps1");
        assertThat(PlanJson.read(planJson(zip)).plan()).isEqualTo(state.plan());
    }

    @Test
    void oneScriptAloneWithItsBom() throws Exception {
        byte[] script = mvc.perform(get("/download/scripts/04-owa-web-config.ps1")
                        .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"04-owa-web-config.ps1\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(script).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(script, StandardCharsets.UTF_8)).contains("atl-cs-001.litwareinc.com").contains("\r\n");
    }

    @Test
    void aKoreanPageGivesKoreanScriptComments() throws Exception {
        byte[] script = mvc.perform(get("/download/scripts/04-owa-web-config.ps1").locale(java.util.Locale.KOREAN)
                        .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(script, StandardCharsets.UTF_8);
        assertThat(text).contains("사서함 서버").contains("IMCertificateThumbprint");
    }

    @Test
    void imSwitchedOffInTheWizardStillGivesItsBundle() throws Exception {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        TestPlans.save(state, InstantMessaging.disable());
        state.markVerificationSeen();
        byte[] zip = mvc.perform(get("/download/bundle.zip").session(TestPlans.session(state)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(entries(zip)).contains("01-disable-im.ps1", "02-verify.ps1").doesNotContain("04-owa-web-config.ps1");
    }

    @Nested
    class NoScripts {
        @Test
        void unfinishedAnswersGoBackToCheckAnswers() throws Exception {
            mvc.perform(get("/download/bundle.zip").session(TestPlans.session(
                            TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE))))
                    .andExpect(status().isSeeOther())
                    .andExpect(redirectedUrl("/check-answers"));
        }

        @Test
        void noSessionGoesToTheStart() throws Exception {
            mvc.perform(get("/download/scripts/01-trusted-pool.ps1"))
                    .andExpect(status().isSeeOther())
                    .andExpect(redirectedUrl("/"));
        }

        @Test
        void aScriptThePlanDoesNotHaveIs404() throws Exception {
            mvc.perform(get("/download/scripts/04-owa-web-config.ps1")
                            .session(TestPlans.session(TestPlans.complete(TestPlans.EXCHANGE_2010))))
                    .andExpect(status().isNotFound());
        }

        @ParameterizedTest
        @ValueSource(strings = {"01-trusted-pool.ps1.exe", "manifest.json", "x.ps1"})
        void namesThatAreNotScriptsAre404(String name) throws Exception {
            mvc.perform(get("/download/scripts/" + name)
                            .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                    .andExpect(status().isNotFound());
        }

        /** Spring Security's firewall refuses encoded slashes before any controller sees them. */
        @Test
        void pathTraversalIsRefused() throws Exception {
            mvc.perform(get("/download/scripts/..%2F..%2Fetc%2Fpasswd")
                            .session(TestPlans.session(TestPlans.complete(TestPlans.LITWARE))))
                    .andExpect(status().is4xxClientError());
        }
    }
}
