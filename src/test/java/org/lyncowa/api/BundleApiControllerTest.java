package org.lyncowa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.system.IssueMessages;
import org.lyncowa.system.SecurityConfig;
import org.lyncowa.support.TestPresets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(BundleApiController.class)
@Import({Problems.class, IssueMessages.class, SecurityConfig.class, BundleConfig.class})
class BundleApiControllerTest {

    @Autowired
    MockMvc mvc;

    static String preset(String name) throws Exception {
        return TestPresets.text(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"litwareinc", "colocated-um", "disable-im", "exchange2010-limited"})
    void aValidPlanGivesItsZip(String name) throws Exception {
        byte[] zip = mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(preset(name)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        String planJson = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("plan.json")) {
                    planJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("manifest.json", "plan.json", "runbook.md", "runbook.html");
        assertThat(names).anyMatch(n -> n.matches("\\d\\d-[a-z-]+\\.ps1"));
        assertThat(PlanJson.read(planJson).plan()).isEqualTo(PlanJson.read(preset(name)).plan());
    }

    @Test
    void aHostileTitleGivesASafeFileName() throws Exception {
        String plan = preset("litwareinc").replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"..\\\\\\\\..\\\\\\\\x\\\\\\\";\\\\r\\\\nSet-Cookie: a=b\"");
        String disposition = mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(plan))
                .andReturn().getResponse().getHeader("Content-Disposition");
        if (disposition != null) {
            assertThat(disposition).doesNotContain("\r", "\n", "\\", "/", "..\"");
        }
    }

    @Test
    void anUnsupportedPlanGivesTheProblemAndNoZip() throws Exception {
        mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON)
                        .content(preset("litwareinc").replace("EXCHANGE_2013", "EXCHANGE_2016_OR_LATER")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("compatibility.unsupported-pair"));
    }

    @Test
    void switchingImOffGivesItsZipWithEveryPair() throws Exception {
        // P-8.1: Lync Server 2013 with Exchange 2019 is not supported for IM; switching it off (P-3.8) still is.
        String plan = preset("disable-im").replace("\"version\": 1", "\"version\": 2")
                .replace("EXCHANGE_2013", "EXCHANGE_2019")
                .replace("{ \"umServicesColocated\": true }", "{ \"owaPoolFqdn\": \"owa.northwind.example\", "
                        + "\"registrarPoolFqdn\": \"lyncpool.northwind.example\", \"siteId\": \"1\" }");
        byte[] zip = mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(plan))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        assertThat(names).anyMatch(n -> n.endsWith("-disable-im.ps1"));
        assertThat(names).noneMatch(n -> n.endsWith("-owa-web-config.ps1"));
        mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON)
                        .content(plan.replace("\"mode\": \"DISABLE\"", "\"mode\": \"ENABLE\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].code", org.hamcrest.Matchers.hasItem("compatibility.unsupported-pair")));
    }

    @Test
    void notJsonAndTooLarge() throws Exception {
        mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content("<plan/>"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/bundles").contentType(MediaType.APPLICATION_JSON).content(new byte[300 * 1024]))
                .andExpect(status().isContentTooLarge());
    }
}
