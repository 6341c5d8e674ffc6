package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.bundle.PlanSummary.Row;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanRules;
import org.springframework.web.util.HtmlUtils;

/**
 * One plan summary: the rows {@link PlanSummary} builds are exactly the plan summary of both runbook
 * files, row by row and in order, for every example plan in both languages (the check-answers page
 * and the printable runbook are held to the same rows in {@code wizard.summary.OneSummaryTest}).
 */
class PlanSummaryTest {

    private final BundleBuilder builder = BundleFixtures.builder();

    static Stream<Arguments> examples() {
        return BundleFixtures.presets().flatMap(p -> Stream.of(Arguments.of(p, Locale.ENGLISH), Arguments.of(p, Locale.KOREAN)));
    }

    static List<Row> rows(Plan plan, Locale locale) {
        return PlanSummary.of(PlanRules.check(plan).plan(), BundleFixtures.messages(), locale).rows();
    }

    /** A line as the HTML fragments write it: values as code, everything escaped. */
    static String html(Line line) {
        StringBuilder out = new StringBuilder();
        for (Inline part : line.parts()) {
            String text = HtmlUtils.htmlEscape(part.text());
            out.append(part.code() ? "<code>" + text + "</code>" : text);
        }
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theMarkdownSummaryIsTheRows(String preset, Locale locale) {
        Plan plan = BundleFixtures.preset(preset);
        String md = BundleBuilderTest.file(builder.build(plan, locale), "runbook.md");
        String heading = "## " + BundleFixtures.messages().getMessage("runbook.summary.heading", null, locale) + "\n\n";
        int start = md.indexOf(heading) + heading.length();
        String summary = md.substring(start, md.indexOf("\n\n", start) + 1);
        StringBuilder expected = new StringBuilder();
        for (Row row : rows(plan, locale)) {
            expected.append("- **").append(RunbookMarkdown.words(row.label())).append(":** ")
                    .append(RunbookMarkdown.line(row.joined())).append('\n');
        }
        assertThat(summary).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theHtmlSummaryIsTheRows(String preset, Locale locale) {
        Plan plan = BundleFixtures.preset(preset);
        String html = BundleBuilderTest.file(builder.build(plan, locale), "runbook.html");
        String summary = html.substring(html.indexOf("runbook-summary"), html.indexOf("runbook-warnings"));
        List<Row> rows = rows(plan, locale);
        assertThat(summary.split("<dt>", -1)).hasSize(rows.size() + 1);
        int at = 0;
        for (Row row : rows) {
            String pair = "<dt>" + HtmlUtils.htmlEscape(row.label()) + "</dt>";
            at = summary.indexOf(pair, at);
            assertThat(at).as(row.labelKey()).isPositive();
            String dd = "<dd>" + html(row.joined()) + "</dd>";
            assertThat(summary.substring(at + pair.length()).strip()).as(row.labelKey()).startsWith(dd);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyRowHasALabelAStepAndAField(String preset, Locale locale) {
        for (Row row : rows(BundleFixtures.preset(preset), locale)) {
            assertThat(row.labelKey()).startsWith("runbook.summary.");
            assertThat(row.label()).isNotBlank().doesNotStartWith("runbook.");
            assertThat(row.step()).isIn("COMPATIBILITY", "TRUSTED_POOL", "INSTANT_MESSAGING", "MAILBOX_POLICY");
            assertThat(row.field()).matches("[a-zA-Z]+");
            assertThat(PlanSummary.GROUPS).contains(row.group());
            assertThat(row.values()).isNotEmpty();
        }
    }

    /** The labels name the versions chosen (P-8.1): no "Lync" for a Skype for Business plan, in both languages. */
    @org.junit.jupiter.api.Test
    void labelsNameTheProductsOfThePlan() {
        List<String> skype = rows(BundleFixtures.preset("tailspin-skype2019-exchange2019"), Locale.ENGLISH).stream()
                .map(Row::label).toList();
        assertThat(skype).contains("Skype for Business Server", "Skype for Business registrar pool", "Skype for Business SiteId")
                .noneMatch(label -> label.contains("Lync") || label.contains("{"));
        assertThat(rows(BundleFixtures.preset("tailspin-skype2019-exchange2019"), Locale.KOREAN).stream().map(Row::label))
                .contains("비즈니스용 Skype 등록자 풀").noneMatch(label -> label.contains("Lync") || label.contains("{"));
        assertThat(rows(BundleFixtures.preset("litwareinc"), Locale.ENGLISH).stream().map(Row::label))
                .contains("Lync Server", "Lync registrar pool", "Lync SiteId");
    }

    /**
     * Only what applies to the versions chosen: no UM or SIP URI dial-plan rows where the questions are not
     * asked (P-8.4: Exchange 2019/SE), no Client Access servers from Exchange 2016 on (P-8.3).
     */
    @org.junit.jupiter.api.Test
    void rowsOnlyForQuestionsTheVersionsAsk() {
        List<String> exchange2019 = rows(BundleFixtures.preset("tailspin-skype2019-exchange2019"), Locale.ENGLISH).stream()
                .map(Row::field).toList();
        assertThat(exchange2019).contains("owaPoolFqdn", "mailboxServers")
                .doesNotContain("umServicesColocated", "sipUriDialPlans", "clientAccessServers");
        List<String> exchange2016 = rows(BundleFixtures.preset("fabrikam-skype2015-exchange2016-colocated"), Locale.ENGLISH)
                .stream().map(Row::field).toList();
        assertThat(exchange2016).contains("umServicesColocated").doesNotContain("clientAccessServers");
        assertThat(rows(BundleFixtures.preset("litwareinc"), Locale.ENGLISH).stream().map(Row::field))
                .contains("umServicesColocated", "sipUriDialPlans", "clientAccessServers");
    }
}
