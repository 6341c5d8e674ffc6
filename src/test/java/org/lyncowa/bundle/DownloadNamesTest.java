package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.plan.Plan;

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
        assertThat(BundleBuilder.downloadFileName(plan, ".zip"))
                .isEqualTo("litware-inc-atlanta-example-values-from-the-procedure.zip");
        assertThat(BundleBuilder.contentDisposition(plan, ".zip")).isEqualTo(
                "attachment; filename=litware-inc-atlanta-example-values-from-the-procedure.zip; "
                        + "filename*=UTF-8''Litware%20Inc.%20-%20Atlanta%20%28example%20values%20from%20the%20procedure%29.zip");
    }

    @ParameterizedTest
    @MethodSource("hostileTitles")
    void plainNameIsAlwaysASafeSlug(String title) {
        String name = BundleBuilder.downloadFileName(titled(title), ".zip");
        assertThat(name).matches("[a-z0-9]([a-z0-9-]{0,58}[a-z0-9])?\\.zip").doesNotContain("--", "..");
    }

    @ParameterizedTest
    @MethodSource("hostileTitles")
    void headerHasNoQuotesBreaksOrPathsAndDecodesToACleanName(String title) {
        String header = BundleBuilder.contentDisposition(titled(title), ".zip");
        assertThat(header).startsWith("attachment; filename=").doesNotContain("\"", "\r", "\n", "/", "\\", "..");
        assertThat(header.chars()).allMatch(c -> c >= 0x20 && c < 0x7F);
        assertThat(header.length()).isLessThan(1000);
        int star = header.indexOf("filename*=UTF-8''");
        if (star >= 0) {
            String decoded = URLDecoder.decode(header.substring(star + "filename*=UTF-8''".length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8);
            assertThat(decoded).endsWith(".zip").doesNotStartWith(".").doesNotContain("/", "\\", "\"", "\r", "\n");
            assertThat(decoded.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.CONTROL);
        }
    }

    @Test
    void particularTitles() {
        assertThat(DownloadNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(DownloadNames.slug("리트웨어 주식회사")).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug("Café — Zürich")).isEqualTo("cafe-zurich");
        assertThat(DownloadNames.slug("")).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug(null)).isEqualTo("lync-owa");
        assertThat(DownloadNames.slug("a".repeat(59) + " bcd")).isEqualTo("a".repeat(59));
        assertThat(DownloadNames.fileName(null, ".zip")).isEqualTo("lync-owa.zip");
        // Korean survives in filename* (percent-encoded UTF-8), the plain name falls back.
        assertThat(DownloadNames.contentDisposition(titled("리트웨어"), ".zip"))
                .isEqualTo("attachment; filename=lync-owa.zip; filename*=UTF-8''%EB%A6%AC%ED%8A%B8%EC%9B%A8%EC%96%B4.zip");
        // Bidi override removed before it can flip "piz.exe" into view.
        assertThat(DownloadNames.displayName("abc\u202Eexe.zip")).isEqualTo("abcexe.zip");
        assertThat(DownloadNames.displayName("../x")).isEqualTo("x");
        assertThat(DownloadNames.contentDisposition(titled("plain-name"), ".zip"))
                .isEqualTo("attachment; filename=plain-name.zip");
        assertThat(DownloadNames.fileName(titled("My Plan"), "-03-owa-web-config.ps1"))
                .isEqualTo("my-plan-03-owa-web-config.ps1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", ".zip\r\n", "/a", "a..b", ".ZIP", "\"", " .zip", "..zip"})
    void unsafeSuffixesAreRefused(String suffix) {
        assertThatThrownBy(() -> DownloadNames.fileName(titled("x"), suffix)).isInstanceOf(IllegalArgumentException.class);
    }
}
