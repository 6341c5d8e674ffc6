package org.lyncowa.wizard.discovery;

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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.discovery.DiscoveryExamples;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardSession;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Importing a discovery file through the start page's upload, and what the steps then show (issue 18). */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern =
        "org\\.lyncowa\\.(wizard\\.((discovery|transfer|compatibility|pool|im|policy|start)\\.\\w+Controller|(\\w+\\.)?\\w+Advice)"
        + "|system\\.StaticAssets)"))
@Import({WizardMvcTest.class, org.lyncowa.bundle.BundleConfig.class})
class DiscoveryPagesTest {

    @Autowired
    private MockMvc mvc;

    static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("planFile", "servers.discovery.json", "application/json", content);
    }

    private MockHttpSession imported(String example) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/plan/import").with(csrf()).file(file(DiscoveryExamples.bytes(example))).session(session))
                .andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
        return session;
    }

    /**
     * The journey with the steps before {@code step} confirmed as they were pre-filled (the UCMA runtime
     * confirmed where the findings could not), findings kept.
     */
    private static void confirmBefore(MockHttpSession session, Step step) {
        WizardState state = TestPlans.stateOf(session);
        var p = state.plan();
        var c = p.compatibility();
        state.startDraft(new org.lyncowa.plan.Plan(p.title(), new org.lyncowa.plan.Compatibility(c.lyncServer(),
                c.exchangeServer(), true), p.trustedPool(), p.instantMessaging(), p.mailboxPolicy()));
        for (Step s : Step.values()) {
            if (s == step) {
                break;
            }
            state.save(s, state.plan());
        }
        WizardSession.write(session, state);
    }

    @ParameterizedTest
    @ValueSource(strings = {DiscoveryExamples.LITWARE_2013, DiscoveryExamples.TAILSPIN_2019,
            DiscoveryExamples.INCONSISTENT, DiscoveryExamples.FABRIKAM_COLOCATED})
    void importOpensTheFirstStepPreFilledWithNothingDone(String example) throws Exception {
        MockHttpSession session = imported(example);
        WizardState state = TestPlans.stateOf(session);
        assertThat(state.completeSteps()).isEmpty();
        assertThat(state.plan().compatibility()).isNotNull();
        mvc.perform(get(Step.Paths.COMPATIBILITY).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Found on your servers")))
                .andExpect(content().string(containsString("AdminDisplayVersion")));
    }

    @Test
    void theTrustedPoolStepShowsTheSiteIdFoundAndNoChoiceWhenThereIsOne() throws Exception {
        MockHttpSession session = imported(DiscoveryExamples.LITWARE_2013);
        confirmBefore(session, Step.TRUSTED_POOL);
        mvc.perform(get(Step.Paths.TRUSTED_POOL).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SiteId 1 is filled in, not the display name Redmond")))
                .andExpect(content().string(containsString("value=\"atl-cs-001.litwareinc.com\"")))
                .andExpect(content().string(not(containsString("/discovery/choose"))));
    }

    @Nested
    class AnInconsistentTopology {

        @Test
        void warnsAndOffersTheRegistrarPoolsToChooseFrom() throws Exception {
            MockHttpSession session = imported(DiscoveryExamples.INCONSISTENT);
            confirmBefore(session, Step.TRUSTED_POOL);
            mvc.perform(get(Step.Paths.TRUSTED_POOL).session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("A trusted application pool already exists for OWA: owa.contoso.com")))
                    .andExpect(content().string(containsString("action=\"/discovery/choose\"")))
                    .andExpect(content().string(containsString("value=\"red-cs-001.contoso.com\"")));
        }

        @Test
        void choosingAnOfferedPoolChangesTheAnswerAndTheImServerName() throws Exception {
            MockHttpSession session = imported(DiscoveryExamples.INCONSISTENT);
            confirmBefore(session, Step.TRUSTED_POOL);
            mvc.perform(post("/discovery/choose").with(csrf()).session(session)
                    .param("field", "registrarPoolFqdn").param("value", "red-cs-001.contoso.com"))
                    .andExpect(redirectedUrl(Step.Paths.TRUSTED_POOL));
            WizardState state = TestPlans.stateOf(session);
            assertThat(state.plan().trustedPool().registrarPoolFqdn()).isEqualTo("red-cs-001.contoso.com");
            assertThat(state.plan().instantMessaging().imServerName()).isEqualTo("red-cs-001.contoso.com");
            assertThat(state.isComplete(Step.COMPATIBILITY)).as("a choice keeps the steps done").isTrue();
        }

        @Test
        void aValueTheFindingsDidNotOfferChangesNothing() throws Exception {
            MockHttpSession session = imported(DiscoveryExamples.INCONSISTENT);
            for (String[] attempt : new String[][] {{"registrarPoolFqdn", "evil.example.com"}, {"port", "1"},
                    {"siteId", "1\u202E"}}) {
                mvc.perform(post("/discovery/choose").with(csrf()).session(session)
                        .param("field", attempt[0]).param("value", attempt[1]))
                        .andExpect(redirectedUrl(Step.Paths.TRUSTED_POOL));
            }
            assertThat(TestPlans.stateOf(session).plan().trustedPool().registrarPoolFqdn()).isEqualTo("dub-cs-001.contoso.com");
        }
    }

    @Test
    void aBrokenDiscoveryFileIsRefusedWithEveryProblemAndItsPath() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/plan/import").with(csrf()).file(file(DiscoveryExamples.bytes(DiscoveryExamples.HOSTILE)))
                .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discovery file, exchange.servers[0].fqdn: ")))
                .andExpect(content().string(containsString("Discovery file, extra: ")));
        assertThat(session.getAttribute(WizardSession.ATTRIBUTE)).isNull();
    }

    @Test
    void aPlanFileStillImportsAsAPlanAndDropsEarlierFindings() throws Exception {
        MockHttpSession session = imported(DiscoveryExamples.TAILSPIN_2019);
        byte[] plan = Files.readAllBytes(Path.of("src/main/resources/presets/litwareinc.lyncowa.json"));
        mvc.perform(multipart("/plan/import").with(csrf()).file(file(plan)).session(session))
                .andExpect(redirectedUrl(Navigator.CHECK_ANSWERS));
        assertThat(session.getAttribute(WizardSession.FINDINGS_ATTRIBUTE)).isNull();
        assertThat(TestPlans.stateOf(session).plan().compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2013);
    }

    @Test
    void theScriptDownloadsWithoutAPlan() throws Exception {
        byte[] body = mvc.perform(get("/discovery/discover.ps1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("discover.ps1")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF# ====").contains("[ValidateSet('Lync', 'Exchange')]");
    }

    @Test
    void theStartPageLinksTheScript() throws Exception {
        mvc.perform(get(Navigator.START))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/discovery/discover.ps1\"")))
                .andExpect(content().string(containsString("Start from your servers")));
    }
}
