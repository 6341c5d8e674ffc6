package org.lyncowa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.lyncowa.support.TestPresets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every cell of the P-8.1 table through the HTTP API: {@code /api/plans/validate} accepts or refuses the pair
 * for ENABLE, and {@code /api/bundles} gives exactly the scripts of the path the table names.
 */
@WebMvcTest({PlanApiController.class, BundleApiController.class})
@Import({Problems.class, IssueMessages.class, SecurityConfig.class, BundleConfig.class})
class IntegrationPathApiTest {

    private static final List<String> P2_TO_P5 = List.of("01-trusted-pool.ps1", "02-dial-plans.ps1",
            "03-owa-virtual-directories.ps1", "04-owa-web-config.ps1", "05-owa-mailbox-policy.ps1", "06-verify.ps1",
            "07-rollback.ps1", "08-discover.ps1");
    private static final List<String> P7 = List.of("01-trusted-pool.ps1", "02-owa-virtual-directories.ps1",
            "03-owa-mailbox-policy.ps1", "04-verify.ps1", "05-rollback.ps1", "06-discover.ps1");
    /** P-8 with Exchange 2016: the dial plans are still there (P-8.4); the override replaces web.config (P-8.5). */
    private static final List<String> P8_2016 = List.of("01-trusted-pool.ps1", "02-dial-plans.ps1",
            "03-owa-virtual-directories.ps1", "04-owa-setting-override.ps1", "05-owa-mailbox-policy.ps1",
            "06-verify.ps1", "07-rollback.ps1", "08-discover.ps1");
    /** P-8 with Exchange 2019 / SE: no Unified Messaging, so no dial plans (P-8.4). */
    private static final List<String> P8_2019 = List.of("01-trusted-pool.ps1", "02-owa-virtual-directories.ps1",
            "03-owa-setting-override.ps1", "04-owa-mailbox-policy.ps1", "05-verify.ps1", "06-rollback.ps1", "07-discover.ps1");
    private static final List<String> STOP = List.of();

    @Autowired
    MockMvc mvc;

    /** The table of P-8.1, row by row (every bundle ends with the read-only discovery script, issue 18): the bundle's scripts of each cell, or none ("not supported" / "–"). */
    static Stream<Arguments> cells() {
        Object[][] table = {
            {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, P7},
            {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, P2_TO_P5},
            {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2016, STOP},
            {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2019, STOP},
            {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_SE, STOP},
            {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2010, P7},
            {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2013, P2_TO_P5},
            {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2016, P8_2016},
            {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2019, P8_2019},
            {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_SE, STOP},
            {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2010, STOP},
            {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2013, P2_TO_P5},
            {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2016, P8_2016},
            {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2019, P8_2019},
            {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_SE, P8_2019},
            {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2010, STOP},
            {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2013, P2_TO_P5},
            {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2016, P8_2016},
            {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2019, P8_2019},
            {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_SE, P8_2019},
        };
        return Stream.of(table).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cells")
    void everyCellGivesThePathTheTableNames(LyncServer lync, ExchangeServer exchange, List<String> scripts) throws Exception {
        String plan = plan(lync, exchange);
        if (scripts.isEmpty()) {
            validate(plan).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].path").value("compatibility.exchangeServer"))
                    .andExpect(jsonPath("$.errors[0].code").value("compatibility.unsupported-pair"));
            mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(plan))
                    .andExpect(status().isUnprocessableContent());
            return;
        }
        validate(plan).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        byte[] zip = mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".ps1")) {
                    names.add(e.getName());
                }
            }
        }
        assertThat(names).as(lync + " with " + exchange).isEqualTo(scripts);
    }

    /**
     * Issue 15, plan-and-bundle.md version 2: the UM questions only with Exchange 2013/2016 (P-8.4). A 2019
     * or SE plan that answers No is valid; Yes, or SIP URI dial plans, is refused at its path, and the
     * same plan switching IM off (P-3.8) is taken as it is.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = ExchangeServer.class, names = {"EXCHANGE_2019", "EXCHANGE_SE"})
    void theUmAnswerOfAnExchange2019OrSePlan(ExchangeServer exchange) throws Exception {
        String plan = plan(LyncServer.SKYPE_2019, exchange);
        validate(plan.replace("\"poolComputers\"", "\"umServicesColocated\": false, \"poolComputers\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        validate(plan.replace("\"poolComputers\"", "\"umServicesColocated\": true, \"poolComputers\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.path == 'trustedPool.umServicesColocated')].code")
                        .value("notApplicable.exchangeServer"));
        validate(plan.replace("\"poolComputers\"", "\"sipUriDialPlans\": [\"Tailspin SIP\"], \"poolComputers\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.path == 'trustedPool.sipUriDialPlans')].code")
                        .value("notApplicable.exchangeServer"));
    }

    private org.springframework.test.web.servlet.ResultActions validate(String plan) throws Exception {
        return mvc.perform(post("/api/plans/validate").contentType(MediaType.APPLICATION_JSON).content(plan));
    }

    /**
     * The pair with the servers its Exchange version asks for: the Client Access servers of the 2010 example,
     * the Mailbox servers of the 2013 example, the two Mailbox servers with different certificates of the
     * Skype for Business 2019 example (dial plans named for Exchange 2016, where UM exists, P-8.4).
     */
    private static String plan(LyncServer lync, ExchangeServer exchange) throws Exception {
        String base = switch (exchange) {
            case EXCHANGE_2010 -> preset("exchange2010-limited");
            case EXCHANGE_2013 -> preset("litwareinc");
            default -> preset("tailspin-skype2019-exchange2019").replace("\"poolComputers\"",
                    exchange == ExchangeServer.EXCHANGE_2016 ? "\"umServicesColocated\": false, \"sipUriDialPlans\": [\"Tailspin SIP\"], \"poolComputers\""
                            : "\"poolComputers\"");
        };
        return base.replace("\"version\": 1", "\"version\": 2")
                .replaceAll("\"lyncServer\": \"[A-Z0-9_]+\"", "\"lyncServer\": \"" + lync.name() + "\"")
                .replaceAll("\"exchangeServer\": \"[A-Z0-9_]+\"", "\"exchangeServer\": \"" + exchange.name() + "\"");
    }

    private static String preset(String name) throws Exception {
        return TestPresets.text(name);
    }
}
