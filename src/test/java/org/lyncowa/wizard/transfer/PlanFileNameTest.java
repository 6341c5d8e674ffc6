package org.lyncowa.wizard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanFileNameTest {

    @Test
    void anAsciiSlugOfTheTitle() {
        assertThat(PlanFileName.of("Litware Inc. - Atlanta")).isEqualTo("litware-inc-atlanta.lyncowa.json");
    }

    @Test
    void accentsAreDroppedAndUnsafeCharactersReplaced() {
        assertThat(PlanFileName.of("Zürich \"HQ\"/../x")).isEqualTo("zurich-hq-x.lyncowa.json");
    }

    @Test
    void aTitleWithoutLatinLettersOrNoTitleGetsTheFallback() {
        assertThat(PlanFileName.of("서울 본사")).isEqualTo("lync-owa-plan.lyncowa.json");
        assertThat(PlanFileName.of(null)).isEqualTo("lync-owa-plan.lyncowa.json");
    }

    @Test
    void longTitlesAreShortened() {
        assertThat(PlanFileName.of("a".repeat(200))).isEqualTo("a".repeat(60) + ".lyncowa.json");
    }
}
