package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan file read by binding the tree to the records with a collecting step, and written by
 * Jackson from the records (issue 14): every reading error at once, in the file's order, each
 * at its path; the field names and their order come from the records themselves.
 */
class PlanJsonReadingTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyReadingErrorIsCollectedWithItsPathInOrder() throws Exception {
        PlanCheck check = PlanJson.read("""
                {"format": "lync-owa-plan", "version": 2, "colour": 1, "title": 7,
                 "compatibility": {"lyncServer": "LYNC_2010", "exchangeServer": "EXCHANGE_2013", "ucmaRuntimeConfirmed": 1},
                 "trustedPool": {"x": 1, "umServicesColocated": "no", "port": 51.5, "poolComputers": {"a": 1},
                                 "sipUriDialPlans": ["ok", false]},
                 "instantMessaging": {"mode": "ENABLE", "mailboxServers": "a.b.c",
                                      "certificates": {"a.b.c": 1, "d.e.f": null}},
                 "mailboxPolicy": []}
                """);
        assertThat(check.errors().subList(0, 11)).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                tuple("colour", "field.unknown"),
                tuple("title", "type.string"),
                tuple("compatibility.lyncServer", "value.unknown"),
                tuple("compatibility.ucmaRuntimeConfirmed", "type.boolean"),
                tuple("trustedPool.x", "field.unknown"),
                tuple("trustedPool.umServicesColocated", "type.boolean"),
                tuple("trustedPool.port", "type.integer"),
                tuple("trustedPool.poolComputers", "type.array"),
                tuple("trustedPool.sipUriDialPlans[1]", "type.string"),
                tuple("instantMessaging.mailboxServers", "type.array"),
                tuple("instantMessaging.certificates[\"a.b.c\"]", "type.string"));
        assertThat(check.errors()).extracting(PlanIssue::path).contains("mailboxPolicy");
        // A null thumbprint is read as absent (the rules then ask for it), not as a wrong type.
        assertThat(check.errors()).filteredOn(e -> e.path().equals("instantMessaging.certificates[\"d.e.f\"]"))
                .extracting(PlanIssue::code).containsExactly("required");
        assertThat(check.errors().get(2).args()).containsExactly("LYNC_2013, SKYPE_2015, SKYPE_2019, SKYPE_SE");
    }

    @Test
    void anUnknownFieldHoldingAnObjectOrAListIsReportedAtItsOwnPath() throws Exception {
        PlanCheck check = PlanJson.read("""
                {"format": "lync-owa-plan", "version": 2, "x": [1, [2]], "y": {"z": {}},
                 "mailboxPolicy": {"scope": "DEFAULT", "policies": [], "w": {"v": [1]}}}
                """);
        assertThat(check.errors()).extracting(PlanIssue::path, PlanIssue::code).startsWith(
                tuple("x", "field.unknown"),
                tuple("y", "field.unknown"));
        assertThat(check.errors()).extracting(PlanIssue::path).contains("mailboxPolicy.w")
                .noneMatch(path -> path.startsWith("[") || path.contains(".."));
    }

    @Test
    void aNumberBeyondIntIsTheRangeErrorOfItsValueOnce() throws Exception {
        PlanCheck check = PlanJson.read("{\"format\": \"lync-owa-plan\", \"version\": 2,"
                + " \"trustedPool\": {\"umServicesColocated\": false, \"port\": -99999999999999999999}}");
        assertThat(check.errors()).filteredOn(e -> e.path().equals("trustedPool.port"))
                .extracting(PlanIssue::code).containsExactly("port.range");
    }

    @Test
    void theWrittenFileHasTheRecordsFieldsInTheirDeclaredOrder() throws Exception {
        PlanCheck check = PlanJson.read(PlanJsonTest.preset("litwareinc"));
        JsonNode written = MAPPER.readTree(PlanJson.write(check.plan()));
        assertThat(names(written)).containsExactly("format", "version", "title", "compatibility", "trustedPool",
                "instantMessaging", "mailboxPolicy");
        for (Class<?> section : List.of(Compatibility.class, TrustedPool.class, InstantMessaging.class,
                MailboxPolicy.class)) {
            String name = Character.toLowerCase(section.getSimpleName().charAt(0)) + section.getSimpleName().substring(1);
            List<String> declared = new ArrayList<>();
            for (RecordComponent c : section.getRecordComponents()) {
                declared.add(c.getName());
            }
            // Absent and empty values are omitted; what is written keeps the declared order.
            List<String> written1 = names(written.get(name));
            assertThat(declared).containsSubsequence(written1);
        }
        assertThat(written.get("trustedPool").has("poolComputers")).isFalse();
    }

    @Test
    void aSwitchedOffPlanWritesNoCertificateSource() throws Exception {
        Plan off = new Plan("t", new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, true),
                TrustedPool.colocated(), InstantMessaging.disable(), null);
        JsonNode written = MAPPER.readTree(PlanJson.write(off));
        assertThat(names(written.get("instantMessaging"))).containsExactly("mode");
        assertThat(names(written.get("trustedPool"))).containsExactly("umServicesColocated");
        assertThat(PlanJson.read(PlanJson.write(off)).plan()).isEqualTo(PlanRules.check(off).plan());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            names.add(it.next().getKey());
        }
        return names;
    }
}
