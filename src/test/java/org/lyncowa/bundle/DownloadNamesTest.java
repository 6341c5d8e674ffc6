package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.plan.Plan;
import org.springframework.http.ContentDisposition;

class DownloadNamesTest {

    private static Plan titled(String title) {
        return new Plan(title, null, null, null, null);
    }

    static Stream<String> hostileTitles() {
        return Stream.of(
                "../../etc/passwd",
                "..\\..\\Windows\\System32\\evil",
                "a\r\nSet-Cookie: x=1",
                "quote\"; filename=\"evil.exe",
                "it's 'quoted' ‘curly’ “double”",
                "리트웨어 주식회사 - 애틀랜타",
                "\u200Fabc\u202Eexe.zip",
                "x".repeat(10 * 1024),
                "   ",
                "....",
                "/",
                "%2e%2e%2fetc",
                "\u0000\u0007\u001b[31m",
                "CON",
                "résumé Ünïcödé ﬁ ①");
    }

    @Test
    void exampleTitle() {
        Plan plan = BundleFixtures.preset("litwareinc");
        assertThat(DownloadNames.fileName(plan, ".zip"))
                .isEqualTo("litware-inc-atlanta-example-values-from-the-procedure.zip");
        assertThat(DownloadNames.attachment(plan, ".zip").toString())
                .isEqualTo("attachment; filename=\"litware-inc-atlanta-example-values-from-the-procedure.zip\"");
    }

    /** Issue 16: the ZIP was named after the title and the plan file after its slug; now both after the slug. */
    @Test
    void theZipAndThePlanFileShareOneBaseName() {
        Plan plan = titled("Northwind Traders \u2013 Seattle HQ");
        assertThat(DownloadNames.attachment(plan, ".zip").getFilename()).isEqualTo("northwind-traders-seattle-hq.zip");
        assertThat(DownloadNames.attachment(plan, Plan.FILE_SUFFIX).getFilename())
                .isEqualTo("northwind-traders-seattle-hq.lyncowa.json");
        assertThat(DownloadNames.attachment(titled("서울 본사"), Plan.FILE_SUFFIX).getFilename())
                .isEqualTo("lync-owa.lyncowa.json");
    }

    @ParameterizedTest
    @MethodSource("hostileTitles")
    void plainNameIsAlwaysASafeSlug(String title) {
        String name = DownloadNames.fileName(titled(title), ".zip");
        assertThat(name).matches("[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?\\.zip").doesNotContain("--", "..");
    }

    @ParameterizedTest
    @MethodSource("hostileTitles")
    void headerIsTheQuotedSlugAndNothingElse(String title) {
        String header = DownloadNames.attachment(titled(title), ".zip").toString();
        assertThat(header).matches("attachment; filename=\"[a-z0-9][a-z0-9-]*\\.zip\"");
        assertThat(header.length()).isLessThan(100);
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo(DownloadNames.fileName(titled(title), ".zip"));
    }

    @Test
    void particularTitles() {
        assertThat(DownloadNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(DownloadNames.slug("리트웨어 주식회사")).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug("Café — Zürich")).isEqualTo("cafe-zurich");
        assertThat(DownloadNames.slug("Zürich \"HQ\"/../x")).isEqualTo("zurich-hq-x");
        assertThat(DownloadNames.slug("")).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug(null)).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug("a".repeat(59) + " bcd")).isEqualTo("a".repeat(59));
        assertThat(DownloadNames.slug("a".repeat(200))).isEqualTo("a".repeat(60));
        assertThat(DownloadNames.fileName(null, ".zip")).isEqualTo("lync-owa.zip");
        assertThat(DownloadNames.attachment(titled("plain-name"), ".zip").toString())
                .isEqualTo("attachment; filename=\"plain-name.zip\"");
        assertThat(DownloadNames.fileName(titled("My Plan"), "-03-owa-web-config.ps1"))
                .isEqualTo("my-plan-03-owa-web-config.ps1");
    }

    @Test
    void aScriptKeepsItsOwnNameAndNothingElsePasses() {
        assertThat(DownloadNames.attachment("04-owa-web-config.ps1"))
                .hasToString("attachment; filename=\"04-owa-web-config.ps1\"");
        for (String unsafe : new String[] {"../x.ps1", "a\"b.ps1", "a\r\nb", "", "A.ps1", "x".repeat(101), null}) {
            assertThatThrownBy(() -> DownloadNames.attachment(unsafe)).as(String.valueOf(unsafe))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", ".zip\r\n", "/a", "a..b", ".ZIP", "\"", " .zip", "..zip"})
    void unsafeSuffixesAreRefused(String suffix) {
        assertThatThrownBy(() -> DownloadNames.fileName(titled("x"), suffix)).isInstanceOf(IllegalArgumentException.class);
    }
}
