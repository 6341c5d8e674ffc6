package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
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
    @ValueSource(strings = {"", "{", "not json", "{\"format\": 'x'}"})
    void malformedJsonIsNotJson(String json) {
        assertThatThrownBy(() -> PlanJson.read(json)).isInstanceOf(PlanJson.NotJsonException.class);
    }

    @Test
    void aNameGivenTwiceIsAnErrorNamingItAndItsPath() throws Exception {
        assertThat(PlanJson.read("{\"a\":1,\"a\":2}").errors())
                .containsExactly(PlanIssue.of("a", "field.duplicate", "a"));
        PlanCheck check = PlanJson.read(preset("litwareinc").replace("\"port\": 5199", "\"port\": 5199, \"port\": 5200"));
        assertThat(check.errors()).containsExactly(PlanIssue.of("trustedPool.port", "field.duplicate", "port"));
        assertThat(PlanJson.read("{\"x\": [1, {\"b\": 1, \"b\": 2}]}").errors())
                .containsExactly(PlanIssue.of("x[1].b", "field.duplicate", "b"));
    }

    @Nested
    class Utf8 {
        static byte[] titled(byte... title) {
            byte[] head = "{\"title\": \"".getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
            byte[] out = new byte[head.length + title.length + tail.length];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(title, 0, out, head.length, title.length);
            System.arraycopy(tail, 0, out, head.length + title.length, tail.length);
            return out;
        }

        @ParameterizedTest
        @ValueSource(strings = {"C080", "C1BF", "E08080", "F0808080", "EDA080", "EDBFBF", "EDA0BDEDB880", "FF", "80",
                "C328", "F4908080"})
        void bytesThatAreNotUtf8AreRefusedNotReplaced(String hex) {
            byte[] title = java.util.HexFormat.of().parseHex(hex);
            assertThatThrownBy(() -> PlanJson.read(titled(title))).isInstanceOf(PlanJson.NotUtf8Exception.class);
        }

        @Test
        void utf8WithOrWithoutAByteOrderMarkIsRead() throws Exception {
            byte[] korean = "리트웨어 😀".getBytes(StandardCharsets.UTF_8);
            assertThat(PlanJson.read(titled(korean)).plan().title()).isEqualTo("리트웨어 😀");
            byte[] bom = preset("litwareinc").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bom, 0, withBom, 3, bom.length);
            assertThat(PlanJson.read(withBom).errors()).isEmpty();
        }
    }

    @Nested
    class BoundedWork {
        @Test
        void aListLongerThanItsBoundIsOneErrorWhateverItHolds() throws Exception {
            String numbers = "1,".repeat(16_000) + "1";
            String hosts = "\"-bad-\",".repeat(16_000) + "\"-bad-\"";
            PlanCheck check = PlanJson.read(preset("litwareinc")
                    .replace("\"poolComputers\": []", "\"poolComputers\": [" + numbers + "]")
                    .replace("\"mailboxServers\": [", "\"mailboxServers\": [" + hosts + ","));
            assertThat(check.errors()).containsExactlyInAnyOrder(
                    PlanIssue.of("trustedPool.poolComputers", "list.tooMany", PlanRules.POOL_COMPUTERS_MAX),
                    PlanIssue.of("instantMessaging.mailboxServers", "list.tooMany", PlanRules.SERVERS_MAX));
        }

        @Test
        void blankEntriesDoNotCountTowardsTheBound() throws Exception {
            String servers = "\"\",".repeat(500) + "\"atl-mbx-001.litwareinc.com\"";
            PlanCheck check = PlanJson.read(preset("litwareinc").replaceFirst(
                    "\"mailboxServers\": \\[[^\\]]*\\]", "\"mailboxServers\": [" + servers + "]"));
            assertThat(check.errors()).isEmpty();
        }

        @Test
        void errorsBeyondTheReportedOnesAreCounted() throws Exception {
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i < 30_000; i++) {
                fields.append(", \"x").append(i).append("\": 0");
            }
            PlanCheck check = PlanJson.read(preset("litwareinc").replaceFirst("\\{", "{" + fields.substring(1) + ","));
            assertThat(check.errors()).hasSize(30_000);
            assertThat(check.reportedErrors()).hasSize(PlanCheck.ERRORS_REPORTED)
                    .first().isEqualTo(PlanIssue.of("x0", "field.unknown"));
            assertThat(check.omittedErrors()).isEqualTo(30_000 - PlanCheck.ERRORS_REPORTED);
        }
    }

    @Test
    void unknownFieldNamesAreMadePrintable() throws Exception {
        PlanCheck check = PlanJson.read("{\"a\\u0000\\n" + "x".repeat(200) + "\": 1}");
        PlanIssue unknown = check.errors().stream().filter(e -> e.code().equals("field.unknown")).findFirst().orElseThrow();
        assertThat(unknown.path()).hasSize(64).doesNotContain("\n", "\u0000");
    }
}
