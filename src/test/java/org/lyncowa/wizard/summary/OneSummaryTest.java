package org.lyncowa.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.bundle.BundleConfig;
import org.lyncowa.bundle.PlanSummary;
import org.lyncowa.bundle.PlanSummary.Row;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.WizardMvcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Check-answers and the printable runbook show the one {@link PlanSummary}: every row, in order, with
 * its values (check-answers: one line each, and a Change link to the row's step and field). The
 * bundle's runbook files are held to the same rows in {@code bundle.PlanSummaryTest}.
 */
@WebMvcTest({CheckAnswersController.class, RunbookPageController.class})
@Import({WizardMvcTest.class, BundleConfig.class, ReadyAnswers.class})
class OneSummaryTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MessageSource messages;
    @Autowired
    private Navigator navigator;

    static Stream<Arguments> examples() {
        return Stream.of(TestPlans.PRESETS).flatMap(p -> Stream.of(Arguments.of(p, "en"), Arguments.of(p, "ko")));
    }

    private List<Row> rows(String preset, String lang) {
        return PlanSummary.of(PlanRules.check(TestPlans.preset(preset)).plan(), messages, Locale.forLanguageTag(lang))
                .rows();
    }

    private String page(String path, String preset, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).session(TestPlans.session(TestPlans.complete(preset))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String html(Line line) {
        StringBuilder out = new StringBuilder();
        for (Inline part : line.parts()) {
            String text = HtmlUtils.htmlEscape(part.text());
            out.append(part.code() ? "<code>" + text + "</code>" : text);
        }
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void checkAnswersShowsEveryRowWithItsChangeLink(String preset, String lang) throws Exception {
        String html = page(Navigator.CHECK_ANSWERS, preset, lang);
        List<Row> rows = rows(preset, lang);
        assertThat(html.split("class=\"summary-row\"", -1)).hasSize(rows.size() + 1);
        int at = 0;
        for (Row row : rows) {
            at = html.indexOf("<dt>" + HtmlUtils.htmlEscape(row.label()) + "</dt>", at);
            assertThat(at).as(row.labelKey()).isPositive();
            String rest = html.substring(at, html.indexOf("</div>", at));
            for (Line value : row.values()) {
                assertThat(rest).as(row.labelKey()).contains("<span class=\"d-block\">" + html(value) + "</span>");
            }
            assertThat(rest).contains("href=\"" + navigator.changeUrl(Step.valueOf(row.step()), row.field()) + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void thePrintableRunbookShowsEveryRow(String preset, String lang) throws Exception {
        String html = page("/runbook", preset, lang);
        String summary = html.substring(html.indexOf("runbook-summary"), html.indexOf("runbook-warnings"));
        List<Row> rows = rows(preset, lang);
        assertThat(summary.split("<dt>", -1)).hasSize(rows.size() + 1);
        for (Row row : rows) {
            assertThat(summary).as(row.labelKey()).containsPattern(java.util.regex.Pattern.quote(
                    "<dt>" + HtmlUtils.htmlEscape(row.label()) + "</dt>") + "\\s*"
                    + java.util.regex.Pattern.quote("<dd>" + html(row.joined()) + "</dd>"));
        }
    }
}
