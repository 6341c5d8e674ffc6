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
import org.lyncowa.support.TestPresets;

class PlanJsonTest {

    static Stream<String> examples() {
        return Stream.of("litwareinc", "colocated-um", "disable-im", "exchange2010-limited");
    }

    static String preset(String name) throws IOException {
        return TestPresets.text(name);
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
        PlanCheck check = PlanJson.read("{\"format\": \"other\", \"version\": 3}");
        assertThat(codesAt(check, "format")).containsExactly("format.invalid");
        assertThat(codesAt(check, "version")).containsExactly("version.unsupported");
        PlanCheck missing = PlanJson.read("{}");
        assertThat(codesAt(missing, "format")).containsExactly("required");
        assertThat(codesAt(missing, "version")).containsExactly("required");
        assertThat(codesAt(missing, "compatibility")).containsExactly("required");
        assertThat(codesAt(PlanJson.read("{\"version\": 1.0}"), "version")).containsExactly("version.unsupported");
        assertThat(codesAt(PlanJson.read("{\"version\": 0}"), "version")).containsExactly("version.unsupported");
        assertThat(codesAt(PlanJson.read("{\"version\": 1}"), "version")).isEmpty();
        assertThat(codesAt(PlanJson.read("{\"version\": 2}"), "version")).isEmpty();
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

    // ---- plan format version 2 (plan-and-bundle.md "Version 2") ----------------------------

    static String tailspin() throws IOException {
        return TestPresets.text("tailspin-skype2019-exchange2019");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyVersion1ExampleImportsAndExportsAsVersion2(String name) throws Exception {
        String file = preset(name);
        assertThat(MAPPER.readTree(file).get("version").intValue()).isEqualTo(1);
        PlanCheck check = PlanJson.read(file);
        assertThat(check.errors()).isEmpty();
        String exported = PlanJson.write(check.plan());
        assertThat(MAPPER.readTree(exported).get("version").intValue()).isEqualTo(2);
        assertThat(exported).containsPattern("\"version\" ?: ?2,");
        PlanCheck again = PlanJson.read(exported);
        assertThat(again.errors()).isEmpty();
        assertThat(again.plan()).isEqualTo(check.plan());
    }

    @Test
    void version1Exchange2016OrLaterIsReadAsExchange2016AndVersion2DoesNotKnowIt() throws Exception {
        String v1 = preset("litwareinc").replace("EXCHANGE_2013", "EXCHANGE_2016_OR_LATER");
        PlanCheck check = PlanJson.read(v1);
        assertThat(check.plan().compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2016);
        // P-1.3: Lync Server 2013 with Exchange 2016 is a pair the table of P-8.1 does not support.
        assertThat(codesAt(check, "compatibility.exchangeServer")).containsExactly("compatibility.unsupported-pair");
        PlanCheck v2 = PlanJson.read(v1.replace("\"version\": 1", "\"version\": 2"));
        assertThat(codesAt(v2, "compatibility.exchangeServer")).containsExactly("value.unknown");
        assertThat(v2.errors().get(0).args().get(0).toString())
                .isEqualTo("EXCHANGE_2010, EXCHANGE_2013, EXCHANGE_2016, EXCHANGE_2019, EXCHANGE_SE");
    }

    @Test
    void theTailspinExampleIsAValidPlan() throws Exception {
        PlanCheck check = PlanJson.read(tailspin());
        // P-8.1: Skype for Business Server 2019 with Exchange 2019 is a P-8 pair (the setting override).
        assertThat(check.errors()).isEmpty();
        InstantMessaging im = check.plan().instantMessaging();
        assertThat(im.certificateSource()).isEqualTo(CertificateSource.THUMBPRINT);
        assertThat(im.thumbprintFor("ex19-01.tailspintoys.com")).isEqualTo("4C2E9A1B7D3F58E6A0B9C8D7E6F5A4B3C2D1E0F9");
        assertThat(im.thumbprintFor("ex19-02.tailspintoys.com")).isEqualTo("9F8E7D6C5B4A39281706F5E4D3C2B1A098765432");
        assertThat(im.settingOverrideName()).isEqualTo("OWA IM integration");
        assertThat(check.plan().trustedPool().createsPool()).isTrue();
        // The same pair switching IM off is a valid plan (P-3.8 works with every pair).
        String disable = tailspin().replaceAll("(?s)\"instantMessaging\": \\{.*?\\n  \\}", "\"instantMessaging\": {\"mode\": \"DISABLE\"}");
        PlanCheck off = PlanJson.read(disable);
        assertThat(off.errors()).isEmpty();
        assertThat(off.warnings()).extracting(PlanIssue::code).containsExactly("version.ended", "version.ended");
    }

    @Test
    void aVersion2PlanWithCertificatesWritesBackToAnEqualPlan() throws Exception {
        String file = preset("litwareinc")
                .replace("\"mailboxServers\": [\"atl-owa-001.litwareinc.com\"]",
                        "\"mailboxServers\": [\"atl-mbx-001.litwareinc.com\", \"ATL-MBX-002.litwareinc.com\"]")
                .replace("\"certificateThumbprint\": \"EA5A332496CC05DA69B75B66111C0F78A110D22D\"",
                        "\"certificateSource\": \"THUMBPRINT\", \"certificates\": {"
                                + "\"atl-mbx-001.litwareinc.com\": \"ea5a332496cc05da69b75b66111c0f78a110d22d\", "
                                + "\"Atl-Mbx-002.litwareinc.com \": \"\u200e9F 8E 7D 6C 5B 4A 39 28 17 06 F5 E4 D3 C2 B1 A0 98 76 54 32\"}")
                .replace("\"version\": 1", "\"version\": 2");
        PlanCheck check = PlanJson.read(file);
        assertThat(check.errors()).isEmpty();
        InstantMessaging im = check.plan().instantMessaging();
        assertThat(im.certificateThumbprint()).isNull();
        assertThat(im.certificates()).containsExactly(
                java.util.Map.entry("atl-mbx-001.litwareinc.com", "EA5A332496CC05DA69B75B66111C0F78A110D22D"),
                java.util.Map.entry("atl-mbx-002.litwareinc.com", "9F8E7D6C5B4A39281706F5E4D3C2B1A098765432"));
        String written = PlanJson.write(check.plan());
        assertThat(MAPPER.readTree(written).at("/instantMessaging/certificates/atl-mbx-002.litwareinc.com").stringValue())
                .isEqualTo("9F8E7D6C5B4A39281706F5E4D3C2B1A098765432");
        PlanCheck again = PlanJson.read(written);
        assertThat(again.errors()).isEmpty();
        assertThat(again.plan()).isEqualTo(check.plan());
        assertThat(PlanJson.write(again.plan())).isEqualTo(written);
    }

    @Test
    void iisAsTheSourceWritesBackWithoutThumbprints() throws Exception {
        String file = preset("litwareinc").replace("\"certificateThumbprint\": \"EA5A332496CC05DA69B75B66111C0F78A110D22D\"",
                "\"certificateSource\": \"IIS\"");
        PlanCheck check = PlanJson.read(file);
        assertThat(check.errors()).isEmpty();
        String written = PlanJson.write(check.plan());
        assertThat(MAPPER.readTree(written).at("/instantMessaging/certificateSource").stringValue()).isEqualTo("IIS");
        assertThat(MAPPER.readTree(written).at("/instantMessaging").has("certificateThumbprint")).isFalse();
        assertThat(PlanJson.read(written).plan()).isEqualTo(check.plan());
    }

    @Test
    void newFieldsOfWrongTypesAreReportedWithTheRestAtOnce() throws Exception {
        PlanCheck check = PlanJson.read("""
                {"format": "lync-owa-plan", "version": 2, "extra": 1,
                 "compatibility": {"lyncServer": "SKYPE_2019", "exchangeServer": "EXCHANGE_2013", "ucmaRuntimeConfirmed": true},
                 "trustedPool": {"umServicesColocated": true},
                 "instantMessaging": {"mode": "ENABLE", "mailboxServers": ["a.b.c"], "certificateSource": "PFX",
                                      "certificates": {"a.b.c": 5, "x\\"]y.b.c": ["z"]}, "imServerName": "a.b.c",
                                      "settingOverrideName": 7, "certificateColour": "red"},
                 "mailboxPolicy": {"scope": "DEFAULT"}}
                """);
        assertThat(codesAt(check, "extra")).containsExactly("field.unknown");
        assertThat(codesAt(check, "instantMessaging.certificateColour")).containsExactly("field.unknown");
        assertThat(codesAt(check, "instantMessaging.certificateSource")).containsExactly("value.unknown");
        assertThat(codesAt(check, "instantMessaging.certificates[\"a.b.c\"]")).containsExactly("type.string");
        // The key is shown with JSON escapes inside the brackets.
        assertThat(codesAt(check, "instantMessaging.certificates[\"x\\\"]y.b.c\"]")).containsExactly("type.string");
        assertThat(codesAt(check, "instantMessaging.settingOverrideName")).containsExactly("type.string");
        assertThat(check.errors()).extracting(PlanIssue::path).doesNotHaveDuplicates();
        PlanCheck notAnObject = PlanJson.read(preset("litwareinc").replace("\"imServerName\"",
                "\"certificates\": [\"a\"], \"imServerName\""));
        assertThat(codesAt(notAnObject, "instantMessaging.certificates")).containsExactly("type.object");
    }

    @Test
    void aHugeCertificatesObjectIsOneError() throws Exception {
        StringBuilder entries = new StringBuilder();
        for (int n = 0; n < 5000; n++) {
            entries.append(n == 0 ? "" : ", ").append("\"h").append(n).append(".example.com\": ").append(n);
        }
        PlanCheck check = PlanJson.read(preset("litwareinc").replace("\"imServerName\"",
                "\"certificates\": {" + entries + "}, \"imServerName\""));
        assertThat(check.errors()).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("instantMessaging.certificates", "list.tooMany"));
    }

    private static final tools.jackson.databind.json.JsonMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().build();
}
