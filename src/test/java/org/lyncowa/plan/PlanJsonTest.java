package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanJsonTest {

    static Stream<String> examples() {
        return Stream.of("litwareinc", "colocated-um", "disable-im", "exchange2010-limited");
    }

    static String preset(String name) throws IOException {
        try (InputStream in = PlanJsonTest.class.getResourceAsStream("/presets/" + name + ".lyncowa.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> codesAt(PlanCheck check, String path) {
        return check.errors().stream().filter(e -> e.path().equals(path)).map(PlanIssue::code).toList();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidAndWritesBackToAnEqualPlan(String name) throws Exception {
        PlanCheck check = PlanJson.read(preset(name));
        assertThat(check.errors()).isEmpty();
        String written = PlanJson.write(check.plan());
        PlanCheck again = PlanJson.read(written);
        assertThat(again.errors()).isEmpty();
        assertThat(again.plan()).isEqualTo(check.plan());
        assertThat(PlanJson.write(again.plan())).isEqualTo(written);
    }

    @Test
    void unknownFieldsAndWrongTypesAreAllReportedWithTheirPaths() throws Exception {
        PlanCheck check = PlanJson.read("""
                {"format": "lync-owa-plan", "version": 1, "extra": 1,
                 "compatibility": {"lyncServer": "LYNC_2010", "exchangeServer": 2013, "ucmaRuntimeConfirmed": "yes"},
                 "trustedPool": {"umServicesColocated": false, "owaPoolFqdn": ["x"], "registrarPoolFqdn": "a.b.c",
                                 "siteId": "1", "port": "5199", "poolComputers": "a.b.c", "colour": "red"},
                 "instantMessaging": {"mode": "ENABLE", "mailboxServers": ["a.b.c", 5], "certificateThumbprint": true,
                                      "imServerName": "a.b.c"},
                 "mailboxPolicy": "DEFAULT"}
                """);
        assertThat(codesAt(check, "extra")).containsExactly("field.unknown");
        assertThat(codesAt(check, "trustedPool.colour")).containsExactly("field.unknown");
        assertThat(codesAt(check, "compatibility.lyncServer")).containsExactly("value.unknown");
        assertThat(codesAt(check, "compatibility.exchangeServer")).containsExactly("value.unknown");
        assertThat(codesAt(check, "compatibility.ucmaRuntimeConfirmed")).containsExactly("type.boolean");
        assertThat(codesAt(check, "trustedPool.owaPoolFqdn")).containsExactly("type.string");
        assertThat(codesAt(check, "trustedPool.port")).containsExactly("type.integer");
        assertThat(codesAt(check, "trustedPool.poolComputers")).containsExactly("type.array");
        assertThat(codesAt(check, "instantMessaging.mailboxServers[1]")).containsExactly("type.string");
        assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).containsExactly("type.string");
        assertThat(codesAt(check, "mailboxPolicy")).containsExactly("type.object");
        assertThat(check.errors()).extracting(PlanIssue::path).doesNotHaveDuplicates();
    }

    @Test
    void formatAndVersionIdentifyTheFile() throws Exception {
        PlanCheck check = PlanJson.read("{\"format\": \"other\", \"version\": 2}");
        assertThat(codesAt(check, "format")).containsExactly("format.invalid");
        assertThat(codesAt(check, "version")).containsExactly("version.unsupported");
        PlanCheck missing = PlanJson.read("{}");
        assertThat(codesAt(missing, "format")).containsExactly("required");
        assertThat(codesAt(missing, "version")).containsExactly("required");
        assertThat(codesAt(missing, "compatibility")).containsExactly("required");
        assertThat(codesAt(PlanJson.read("{\"version\": 1.0}"), "version")).containsExactly("version.unsupported");
    }

    @Test
    void hugePortIsOutOfRangeNotACrash() throws Exception {
        PlanCheck check = PlanJson.read(preset("litwareinc").replace("5199", "99999999999999999999"));
        assertThat(codesAt(check, "trustedPool.port")).containsExactly("port.range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"plan\"", "42", "null"})
    void aDocumentThatIsNotAnObjectIsRefused(String json) throws Exception {
        PlanCheck check = PlanJson.read(json);
        assertThat(check.valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "not json", "{\"a\":1,\"a\":2}", "{\"format\": 'x'}"})
    void malformedJsonIsNotJson(String json) {
        assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOf(PlanJson.NotJsonException.class);
    }

    @Test
    void unknownFieldNamesAreMadePrintable() throws Exception {
        PlanCheck check = PlanJson.read("{\"a\\u0000\\n" + "x".repeat(200) + "\": 1}");
        PlanIssue unknown = check.errors().stream().filter(e -> e.code().equals("field.unknown")).findFirst().orElseThrow();
        assertThat(unknown.path()).hasSize(64).doesNotContain("\n", "\u0000");
    }
}
