package org.lyncowa.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanJson;

class DiscoveryJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {DiscoveryExamples.LITWARE_2013, DiscoveryExamples.TAILSPIN_2019,
            DiscoveryExamples.INCONSISTENT, DiscoveryExamples.FABRIKAM_COLOCATED})
    void everyExampleIsRead(String name) throws Exception {
        DiscoveryJson.Result result = DiscoveryJson.read(DiscoveryExamples.bytes(name));
        assertThat(result.errors()).isEmpty();
        assertThat(result.discovery().exchange().servers()).isNotEmpty();
    }

    @Test
    void hostNamesAreLowerCasedAndThumbprintsNormalised() throws Exception {
        Discovery d = DiscoveryJson.read(DiscoveryExamples.bytes(DiscoveryExamples.LITWARE_2013)).discovery();
        Discovery.Server server = d.exchange().servers().get(0);
        assertThat(server.fqdn()).isEqualTo("atl-mbx-001.litwareinc.com");
        assertThat(server.iisCertificates().get(0).thumbprint()).isEqualTo("EA5A332496CC05DA69B75B66111C0F78A110D22D");
    }

    @Nested
    class HostileInput {

        @Test
        void everyProblemIsReportedAtOnceWithItsPath() throws Exception {
            DiscoveryJson.Result result = DiscoveryJson.read(DiscoveryExamples.bytes(DiscoveryExamples.HOSTILE));
            assertThat(result.discovery()).isNull();
            assertThat(result.errors()).extracting(PlanIssue::path, PlanIssue::code).contains(
                    org.assertj.core.groups.Tuple.tuple("extra", "field.unknown"),
                    org.assertj.core.groups.Tuple.tuple("lync.productVersion", "type.string"),
                    org.assertj.core.groups.Tuple.tuple("lync.pools[0].registrar", "type.boolean"),
                    org.assertj.core.groups.Tuple.tuple("lync.pools[0].fqdn", "hostname.invalid"),
                    org.assertj.core.groups.Tuple.tuple("lync.sites[0].siteId", "siteId.sitePrefix"),
                    org.assertj.core.groups.Tuple.tuple("lync.sites[0].displayName", "text.invisible"),
                    org.assertj.core.groups.Tuple.tuple("exchange.servers[0].fqdn", "hostname.wildcard"),
                    org.assertj.core.groups.Tuple.tuple("exchange.servers[0].iisCertificates[0].thumbprint", "thumbprint.invalid"),
                    org.assertj.core.groups.Tuple.tuple("exchange.servers[0].iisCertificates[0].notAfter", "discovery.type.dateTime"),
                    org.assertj.core.groups.Tuple.tuple("exchange.owaMailboxPolicies", "type.array"));
        }

        @Test
        void aListOverItsBoundIsOneErrorAndItsEntriesAreNotRead() throws Exception {
            StringBuilder sites = new StringBuilder();
            for (int i = 0; i < 201; i++) {
                sites.append(i == 0 ? "" : ",").append("{\"siteId\": \"bad id\"}");
            }
            String json = "{\"format\":\"lync-owa-discovery\",\"version\":1,\"lync\":{\"sites\":[" + sites + "]}}";
            DiscoveryJson.Result result = DiscoveryJson.read(json.getBytes(StandardCharsets.UTF_8));
            assertThat(result.errors()).containsExactly(PlanIssue.of("lync.sites", "list.tooMany", 200));
        }

        @Test
        void aPlanIsRecognisedAndRefusedWithItsOwnCode() throws Exception {
            byte[] plan = Files.readAllBytes(Path.of("src/main/resources/presets/litwareinc.lyncowa.json"));
            DiscoveryJson.Result result = DiscoveryJson.read(plan);
            assertThat(result.isPlan()).isTrue();
            assertThat(result.errors()).containsExactly(PlanIssue.of("format", DiscoveryJson.IS_PLAN));
            assertThat(DiscoveryJson.isDiscovery(plan)).isFalse();
            assertThat(DiscoveryJson.isDiscovery(DiscoveryExamples.bytes(DiscoveryExamples.LITWARE_2013))).isTrue();
        }

        @Test
        void anotherFormatOrVersionIsRefusedBeforeItsFieldsAreRead() throws Exception {
            assertThat(DiscoveryJson.read("{\"format\":\"x\",\"version\":1,\"y\":2}".getBytes(StandardCharsets.UTF_8)).errors())
                    .containsExactly(PlanIssue.of("format", "discovery.format.invalid", Discovery.FORMAT));
            assertThat(DiscoveryJson.read("{\"format\":\"lync-owa-discovery\",\"version\":2}".getBytes(StandardCharsets.UTF_8))
                    .errors()).containsExactly(PlanIssue.of("version", "discovery.version.unsupported", 1));
        }

        @Test
        void aDuplicateNameOrBrokenJsonOrBadUtf8IsNotJson() {
            assertThatThrownBy(() -> DiscoveryJson.read("{\"format\":1,\"format\":2}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(PlanJson.NotJsonException.class);
            assertThatThrownBy(() -> DiscoveryJson.read("{".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(PlanJson.NotJsonException.class);
            assertThatThrownBy(() -> DiscoveryJson.read(new byte[] {'"', (byte) 0xC0, (byte) 0x80, '"'}))
                    .isInstanceOf(PlanJson.NotUtf8Exception.class);
        }
    }
}
