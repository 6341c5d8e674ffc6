package org.lyncowa.wizard.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The icon browsers ask for on every page comes from the app itself (frontend-static/favicon.ico):
 * served to a visitor without a session, without starting one, under the same strict policy as the pages.
 */
@WebMvcTest(StartController.class)
@Import(WizardMvcTest.class)
class FaviconTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void everyPageLinksTheAppsOwnIcon() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                // Under a content-versioned URL (org.lyncowa.system.StaticAssets, issue 17).
                .andExpect(content().string(matchesPattern("(?s).*<link rel=\"icon\" href=\"/favicon-[0-9a-f]{32}\\.ico\">.*")));
    }

    @Test
    void theIconIsAnImageServedWithoutASessionUnderThePagesPolicy() throws Exception {
        String pagePolicy = mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");

        MvcResult result = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
                .andReturn();
        MockHttpServletResponse icon = result.getResponse();

        assertThat(MediaType.parseMediaType(icon.getContentType()).getType()).isEqualTo("image");
        // An ICO file: reserved 0, type 1 (icon), then at least one image.
        byte[] body = icon.getContentAsByteArray();
        assertThat(body).startsWith(0, 0, 1, 0);
        assertThat(body[4] | body[5] << 8).isPositive();
        assertThat(icon.getHeader("Content-Security-Policy")).isNotNull().isEqualTo(pagePolicy);
        assertThat(result.getRequest().getSession(false)).isNull();
    }
}
