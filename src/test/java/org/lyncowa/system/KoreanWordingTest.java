package org.lyncowa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, finding 8: the Korean texts speak in one register (-하십시오, as the errors and the rest
 * of the file), use Microsoft's term for an application pool "recycle" (재활용, as the scripts do)
 * everywhere, and call the ZIP a 번들 (ZIP 파일), not 묶음.
 */
class KoreanWordingTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(KoreanWordingTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void hintsAndErrorsUseOneRegister() throws IOException {
        for (String family : new String[] {"/messages/messages_ko.properties", "/messages/plan_ko.properties",
                "/messages/runbook_ko.properties"}) {
            Properties ko = load(family);
            assertThat(ko.stringPropertyNames()).as(family)
                    .allSatisfy(key -> assertThat(ko.getProperty(key)).as(key).doesNotContain("세요"));
        }
    }

    @Test
    void recycleAndBundleHaveOneWordEach() throws IOException {
        for (String family : new String[] {"/messages/messages_ko.properties", "/messages/plan_ko.properties",
                "/messages/runbook_ko.properties", "/scripts/ko/messages.properties"}) {
            Properties ko = load(family);
            assertThat(ko.stringPropertyNames()).as(family).allSatisfy(key -> assertThat(ko.getProperty(key)).as(key)
                    .doesNotContain("묶음").doesNotContainPattern("재생(?!성)"));
        }
        assertThat(load("/messages/messages_ko.properties").getProperty("preview.im.recycle")).contains("재활용");
        assertThat(load("/messages/messages_ko.properties").getProperty("check.scripts.intro")).contains("번들(ZIP 파일)");
    }
}
