package org.lyncowa.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lyncowa.plan.PlanIssue;

class FormValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5199|5199|", "' 5199 '|5199|", "005199|5199|", "+5199||type.integer", "-1||type.integer",
        "\u0665\u0661\u0669\u0669||type.integer", "5199.0||type.integer", "0x1F||type.integer",
        "99999999999999999999||port.range", "''||"})
    void portsAreAsciiDigitsOnly(String raw, Integer expected, String code) {
        List<PlanIssue> errors = new ArrayList<>();
        assertThat(FormValues.integerValue(raw, "trustedPool.port", errors)).isEqualTo(expected);
        assertThat(errors).extracting(PlanIssue::code).containsExactlyElementsOf(code == null ? List.of() : List.of(code));
    }
}
