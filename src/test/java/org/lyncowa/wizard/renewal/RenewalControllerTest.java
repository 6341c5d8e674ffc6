package org.lyncowa.wizard.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.lyncowa.wizard.transfer.PlanUploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(RenewalController.class)
@Import({WizardMvcTest.class, BundleConfig.class, PlanUploads.class})
class RenewalControllerTest {

    static final String NEW = "0123456789ABCDEF0123456789ABCDEF01234567";
    static final String NEW_2 = "FEDCBA9876543210FEDCBA9876543210FEDCBA98";
    static final String LITWARE_NOW = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    @Autowired
    private MockMvc mvc;

    private static MockHttpSession session(String preset) {
        return TestPlans.session(TestPlans.complete(preset));
    }

    /** The ZIP's entries by name, as text. */
    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    // Top level, so it runs before the nested tests: run after them, its mock request came back with a session
    // that alone it never has (not traced; no page code here calls getSession(true)).
    /** A first visit reads the page without a session (README: sessions only for people who answer). */
    @Test
    void withoutAnswersItOffersToOpenAPlanFileAndCreatesNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/renewal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/renewal/plan\"")))
                .andExpect(content().string(containsString("Open your plan file")))
                .andExpect(content().string(not(containsString("name=\"certificateThumbprint\""))))
                .andReturn();
        var made = result.getRequest().getSession(false);
        assertThat(made).as(() -> made == null ? "" : java.util.Collections.list(made.getAttributeNames()).toString()).isNull();
    }

    @Nested
    class ThePage {
        @Test
        void aPlanWithOneCertificateAsksForOneThumbprintAndShowsTheCurrentOne() throws Exception {
            mvc.perform(get("/renewal").session(session(TestPlans.LITWARE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"certificateThumbprint\"")))
                    .andExpect(content().string(containsString("<code>" + LITWARE_NOW + "</code>")))
                    .andExpect(content().string(not(containsString("name=\"serverThumbprints\""))))
                    .andExpect(content().string(containsString("Or open another plan file")));
        }

        @Test
        void aPlanWithCertificatesPerServerAsksForOnePerMailboxServer() throws Exception {
            mvc.perform(get("/renewal").session(session(TestPlans.TAILSPIN)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("New certificate thumbprint of ex19-01.tailspintoys.com")))
                    .andExpect(content().string(containsString("id=\"thumbprint-2\"")))
                    .andExpect(content().string(containsString("<code>9F8E7D6C5B4A39281706F5E4D3C2B1A098765432</code>")))
                    .andExpect(content().string(not(containsString("id=\"certificateThumbprint\""))));
        }

        @Test
        void aPlanThatSwitchesImOffHasNothingToRenew() throws Exception {
            mvc.perform(get("/renewal").session(session(TestPlans.DISABLE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("nothing to renew")))
                    .andExpect(content().string(not(containsString("name=\"certificateThumbprint\""))));
            mvc.perform(get("/renewal/bundle.zip").session(session(TestPlans.DISABLE)))
                    .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/renewal"));
        }

        @Test
        void inKoreanWithMicrosoftsTerms() throws Exception {
            mvc.perform(get("/renewal").locale(Locale.KOREAN).session(session(TestPlans.LITWARE)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("인증서 갱신")))
                    .andExpect(content().string(containsString("새 인증서 지문")));
        }
    }

    @Nested
    class BadThumbprints {
        @Test
        void aWrongThumbprintIsShownAgainWithTheErrorSummaryAndTheStepsWords() throws Exception {
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.LITWARE))
                            .param("certificateThumbprint", "XYZ"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<title>Error: ")))
                    .andExpect(content().string(containsString("data-error-summary")))
                    .andExpect(content().string(containsString("<a href=\"#certificateThumbprint\">Enter the thumbprint as 40 hexadecimal digits (0-9, A-F): character 1 is X, which is not a hexadecimal digit.</a>")))
                    .andExpect(content().string(containsString("id=\"certificateThumbprint-error\"")))
                    .andExpect(content().string(containsString("value=\"XYZ\"")))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }

        @Test
        void aBlankThumbprintIsRequired() throws Exception {
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.LITWARE)).param("certificateThumbprint", " \u200E "))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"#certificateThumbprint\"")));
        }

        @Test
        void theThumbprintThePlanAlreadyHasIsNotARenewal() throws Exception {
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.LITWARE))
                            .param("certificateThumbprint", LITWARE_NOW.toLowerCase(Locale.ROOT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("This is the thumbprint the plan already has")));
        }

        @Test
        void hostileInputNeverBreaksThePageAndIsShownAsText() throws Exception {
            String hostile = "<script>alert(1)</script>\u202E'\"${7*7}" + "A".repeat(20_000);
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.TAILSPIN))
                            .param("serverThumbprints", hostile).param("serverThumbprints", "x", "y", "z"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(containsString("href=\"#thumbprint-1\"")))
                    .andExpect(content().string(containsString("href=\"#thumbprint-2\"")));
            mvc.perform(post("/renewal").with(csrf()).param("certificateThumbprint", NEW))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/renewal"));
        }

        @Test
        void perServerErrorsNameTheServerAndLinkToItsField() throws Exception {
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.TAILSPIN))
                            .param("serverThumbprints", NEW).param("serverThumbprints", "123"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<a href=\"#thumbprint-2\">")))
                    .andExpect(content().string(containsString("ex19-02.tailspintoys.com")))
                    .andExpect(content().string(containsString("value=\"" + NEW + "\"")));
        }

        @Test
        void perServerEveryUnchangedThumbprintIsNotARenewal() throws Exception {
            mvc.perform(post("/renewal").with(csrf()).session(session(TestPlans.TAILSPIN))
                            .param("serverThumbprints", "4C2E9A1B7D3F58E6A0B9C8D7E6F5A4B3C2D1E0F9")
                            .param("serverThumbprints", "9F8E7D6C5B4A39281706F5E4D3C2B1A098765432"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<a href=\"#thumbprint-1\">Every server keeps")));
        }
    }

    @Nested
    class Renewed {
        @Test
        void theNewThumbprintIsNormalisedSavedAndOnlyItsScriptsAreOffered() throws Exception {
            MockHttpSession session = session(TestPlans.LITWARE);
            mvc.perform(post("/renewal").with(csrf()).session(session)
                            .param("certificateThumbprint", "\u200E" + NEW.toLowerCase(Locale.ROOT).replaceAll("(.{8})", "$1 ")))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/renewal/scripts"));
            WizardState state = TestPlans.stateOf(session);
            assertThat(state.plan().instantMessaging().certificateThumbprint()).isEqualTo(NEW);
            mvc.perform(get("/renewal/scripts").session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/renewal/scripts/01-owa-web-config.ps1\"")))
                    .andExpect(content().string(containsString("href=\"/renewal/scripts/02-verify.ps1\"")))
                    .andExpect(content().string(containsString("href=\"/renewal/bundle.zip\"")))
                    .andExpect(content().string(containsString("href=\"/plan/export\"")))
                    .andExpect(content().string(containsString("<code>" + NEW + "</code>")))
                    .andExpect(content().string(not(containsString("trusted-pool.ps1"))));

            byte[] zip = mvc.perform(get("/renewal/bundle.zip").session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/zip"))
                    .andExpect(header().string("Content-Disposition",
                            "attachment; filename=\"litware-inc-atlanta-example-values-from-the-procedure-certificate-renewal.zip\""))
                    .andReturn().getResponse().getContentAsByteArray();
            Map<String, String> entries = unzip(zip);
            assertThat(entries.keySet()).containsExactly("manifest.json", "plan.json", "runbook.md", "runbook.html",
                    "01-owa-web-config.ps1", "02-verify.ps1");
            assertThat(PlanJson.read(entries.get("plan.json")).plan().instantMessaging().certificateThumbprint())
                    .isEqualTo(NEW);
            assertThat(entries.get("01-owa-web-config.ps1")).contains("'" + NEW + "'").doesNotContain(LITWARE_NOW)
                    .contains("# Certificate renewal: ");
            assertThat(entries.get("runbook.md")).startsWith("# Certificate renewal: Litware")
                    .contains("Enable-ExchangeCertificate -Thumbprint").doesNotContain("trusted-pool");
            assertThat(entries.get("manifest.json")).contains("\"purpose\" : \"owa-web-config\"", "\"order\" : 2");

            byte[] script = mvc.perform(get("/renewal/scripts/02-verify.ps1").session(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", "attachment; filename=\"02-verify.ps1\""))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(script).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        }

        @Test
        void perServerEveryServerGetsItsOwnThumbprintAndTheOverrideIsUpdated() throws Exception {
            MockHttpSession session = session(TestPlans.TAILSPIN);
            mvc.perform(post("/renewal").with(csrf()).session(session)
                            .param("serverThumbprints", NEW).param("serverThumbprints", NEW_2.toLowerCase(Locale.ROOT)))
                    .andExpect(redirectedUrl("/renewal/scripts"));
            InstantMessaging im = TestPlans.stateOf(session).plan().instantMessaging();
            assertThat(im.certificates()).containsExactly(Map.entry("ex19-01.tailspintoys.com", NEW),
                    Map.entry("ex19-02.tailspintoys.com", NEW_2));
            assertThat(im.certificateThumbprint()).isNull();
            Map<String, String> entries = unzip(mvc.perform(get("/renewal/bundle.zip").session(session))
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(entries.keySet()).contains("01-owa-setting-override.ps1", "02-verify.ps1").hasSize(6);
            assertThat(entries.get("01-owa-setting-override.ps1")).contains("Set-SettingOverride -Identity $existing.Identity")
                    .contains("'ex19-02.tailspintoys.com' = '" + NEW_2 + "'");
        }

        @Test
        void exchange2010RenewsThroughTheVirtualDirectories() throws Exception {
            MockHttpSession session = session(TestPlans.EXCHANGE_2010);
            mvc.perform(post("/renewal").with(csrf()).session(session).param("certificateThumbprint", NEW_2))
                    .andExpect(redirectedUrl("/renewal/scripts"));
            Map<String, String> entries = unzip(mvc.perform(get("/renewal/bundle.zip").session(session))
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(entries.keySet()).contains("01-owa-virtual-directories.ps1", "02-verify.ps1").hasSize(6);
        }

        @Test
        void onlyTheRenewalsOwnScriptNamesAreServed() throws Exception {
            MockHttpSession session = session(TestPlans.LITWARE);
            mvc.perform(get("/renewal/scripts/01-trusted-pool.ps1").session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/renewal/scripts/..%2Fplan.json").session(session)).andExpect(status().is4xxClientError());
            mvc.perform(get("/renewal/scripts/01-owa-web-config.ps1.bak").session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/renewal/scripts/01-owa-web-config.ps1")).andExpect(status().isSeeOther())
                    .andExpect(redirectedUrl("/renewal"));
        }
    }

    @Nested
    class OpeningAPlanFile {
        private MockMultipartFile file(byte[] content) {
            return new MockMultipartFile("planFile", "plan.lyncowa.json", "application/json", content);
        }

        @Test
        void aSavedPlanBecomesThisSessionsPlanAndThePageAsksForItsThumbprints() throws Exception {
            MvcResult result = mvc.perform(multipart("/renewal/plan").file(file(TestPlans.presetBytes(TestPlans.TAILSPIN)))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/renewal"))
                    .andReturn();
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            assertThat(TestPlans.stateOf(session).plan()).isEqualTo(TestPlans.preset(TestPlans.TAILSPIN));
            mvc.perform(get("/renewal").session(session))
                    .andExpect(content().string(containsString("id=\"thumbprint-2\"")));
        }

        @Test
        void aFileThatIsNotAPlanIsShownWithTheErrorSummaryAndNothingChanges() throws Exception {
            MockHttpSession session = session(TestPlans.LITWARE);
            WizardState before = TestPlans.stateOf(session);
            mvc.perform(multipart("/renewal/plan").file(file("hello".getBytes(StandardCharsets.UTF_8))).with(csrf())
                            .session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<a href=\"#planFile\">The file is not a plan")))
                    .andExpect(content().string(containsString("id=\"planFile-error\"")))
                    // The session's plan is still offered for renewal.
                    .andExpect(content().string(containsString("id=\"certificateThumbprint\"")));
            assertThat(TestPlans.stateOf(session).plan()).isEqualTo(before.plan());
        }

        @Test
        void anUploadTheFilterRefusedComesBackWithItsReason() throws Exception {
            mvc.perform(get("/renewal").param("too-large", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<a href=\"#planFile\">The file is too large")));
        }
    }
}
