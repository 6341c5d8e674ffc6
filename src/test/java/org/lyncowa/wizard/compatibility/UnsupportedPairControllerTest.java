package org.lyncowa.wizard.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.lyncowa.wizard.WizardState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 15, P-1.3, P-8.1, P-3.8: the page of a pair that cannot be integrated, and its switch-off downloads. */
@WebMvcTest(UnsupportedPairController.class)
@Import({WizardMvcTest.class, BundleConfig.class})
class UnsupportedPairControllerTest {

    private static final String PAGE = "/steps/compatibility/unsupported";

    @Autowired
    private MockMvc mvc;

    private static String query(String lync, String exchange) {
        return "?lyncServer=" + lync + "&exchangeServer=" + exchange;
    }

    @ParameterizedTest
    @CsvSource({"LYNC_2013, EXCHANGE_2016, Lync Server 2013 and Exchange Server 2016 cannot be integrated, Skype for Business Server 2015, Skype for Business Server 2019",
            "LYNC_2013, EXCHANGE_SE, Lync Server 2013 and Exchange Server Subscription Edition cannot be integrated, Skype for Business Server 2019, Skype for Business Server Subscription Edition",
            "SKYPE_2019, EXCHANGE_2010, Skype for Business Server 2019 and Exchange Server 2010 (SP1 or later) cannot be integrated, Lync Server 2013, Skype for Business Server 2015",
            "SKYPE_2015, EXCHANGE_SE, Skype for Business Server 2015 and Exchange Server Subscription Edition cannot be integrated, Skype for Business Server 2019, Skype for Business Server Subscription Edition"})
    void saysWhyWhatWouldWorkAndOffersTheSwitchOffScripts(String lync, String exchange, String title, String partner1,
            String partner2) throws Exception {
        var result = mvc.perform(get(PAGE + query(lync, exchange)))
                .andExpect(status().isOk())
                .andExpect(view().name(UnsupportedPairController.VIEW))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("<h1>" + title + "</h1>", "<title>" + title, "P-8.1", "P-3.8",
                "href=\"/steps/compatibility\"", // back, and "choose other versions"
                "href=\"/steps/compatibility/unsupported/bundle.zip?lyncServer=" + lync + "&amp;exchangeServer=" + exchange + "\"",
                "href=\"/steps/compatibility/unsupported/scripts/01-disable-im.ps1?lyncServer=" + lync,
                "href=\"/steps/compatibility/unsupported/scripts/02-verify.ps1?lyncServer=", partner1, partner2)
                .doesNotContain("error-summary");
        assertThat(result.getRequest().getSession(false)).as("reading it starts no session").isNull();
    }

    @Test
    void saysWhyInKorean() throws Exception {
        String html = mvc.perform(get(PAGE + query("LYNC_2013", "EXCHANGE_2019")).locale(Locale.KOREAN))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Lync Server 2013과(와) Exchange Server 2019은(는) 통합할 수 없습니다",
                "비즈니스용 Skype 서버 2019", "IM을 끄는 스크립트 다운로드(ZIP)");
    }

    @ParameterizedTest
    @CsvSource({"LYNC_2013, EXCHANGE_2013", "SKYPE_2019, EXCHANGE_2019", "LYNC_2016, EXCHANGE_2019", "LYNC_2013, ''"})
    void aPairThatWorksOrIsNoPairGoesToTheQuestion(String lync, String exchange) throws Exception {
        mvc.perform(get(PAGE + query(lync, exchange))).andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
        mvc.perform(get(PAGE)).andExpect(redirectedUrl(Step.Paths.COMPATIBILITY));
        mvc.perform(get(PAGE + "/bundle.zip" + query(lync, exchange))).andExpect(status().isNotFound());
    }

    @Test
    void theBundleSwitchesImOffForThisPairAndOpensAgainAsAPlan() throws Exception {
        WizardState state = new WizardState();
        TestPlans.save(state, new org.lyncowa.plan.Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2016, true));
        var response = mvc.perform(get(PAGE + "/bundle.zip" + query("LYNC_2013", "EXCHANGE_2016"))
                        .session(TestPlans.session(state)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse();
        Map<String, byte[]> zip = unzip(response.getContentAsByteArray());
        assertThat(zip.keySet()).containsExactlyInAnyOrder("manifest.json", "plan.json", "runbook.md", "runbook.html",
                "01-disable-im.ps1", "02-verify.ps1", "03-discover.ps1");
        assertThat(new String(zip.get("01-disable-im.ps1"), StandardCharsets.UTF_8))
                .contains("Set-OwaVirtualDirectory", "-InstantMessagingEnabled $false");
        PlanCheck plan = PlanJson.read(zip.get("plan.json"));
        assertThat(plan.valid()).isTrue();
        assertThat(plan.plan().instantMessaging().mode()).isEqualTo(ImMode.DISABLE);
        assertThat(plan.plan().compatibility().lyncServer()).isEqualTo(LyncServer.LYNC_2013);
        assertThat(plan.plan().compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2016);
    }

    @Test
    void eachScriptOnItsOwnInThePagesLanguage() throws Exception {
        byte[] script = mvc.perform(get(PAGE + "/scripts/01-disable-im.ps1" + query("SKYPE_SE", "EXCHANGE_2010"))
                        .locale(Locale.KOREAN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"01-disable-im.ps1\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(script, StandardCharsets.UTF_8)).contains("-InstantMessagingEnabled $false")
                .containsPattern("[\\uAC00-\\uD7A3]");
        mvc.perform(get(PAGE + "/scripts/03-trusted-pool.ps1" + query("SKYPE_SE", "EXCHANGE_2010")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/scripts/..%2Fx.ps1" + query("SKYPE_SE", "EXCHANGE_2010")))
                .andExpect(status().is4xxClientError());
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
