package org.lyncowa.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;

class DiscoveryDraftTest {

    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    static DiscoveryDraft.Draft draft(String name) throws Exception {
        return DiscoveryDraft.of(DiscoveryJson.read(DiscoveryExamples.bytes(name)).discovery(), NOW);
    }

    static List<String> codes(DiscoveryDraft.Draft draft, Finding.Kind kind) {
        return draft.findings().stream().filter(f -> f.kind() == kind).map(Finding::code).toList();
    }

    @Test
    void exchange2013WithOneServerGivesACompletePlanWithNothingToChoose() throws Exception {
        DiscoveryDraft.Draft draft = draft(DiscoveryExamples.LITWARE_2013);
        PlanCheck check = PlanRules.check(draft.plan());
        assertThat(check.errors()).isEmpty();
        var plan = check.plan();
        assertThat(plan.compatibility().lyncServer()).isEqualTo(LyncServer.LYNC_2013);
        assertThat(plan.compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2013);
        assertThat(plan.trustedPool().owaPoolFqdn()).isEqualTo("atl-mbx-001.litwareinc.com");
        assertThat(plan.trustedPool().registrarPoolFqdn()).isEqualTo("atl-cs-001.litwareinc.com");
        assertThat(plan.trustedPool().siteId()).as("the SiteId, not the display name (P-2.6)").isEqualTo("1");
        assertThat(plan.instantMessaging().mailboxServers()).containsExactly("atl-mbx-001.litwareinc.com");
        assertThat(plan.instantMessaging().certificateThumbprint()).isEqualTo("EA5A332496CC05DA69B75B66111C0F78A110D22D");
        assertThat(plan.instantMessaging().imServerName()).isEqualTo("atl-cs-001.litwareinc.com");
        assertThat(plan.mailboxPolicy().scope()).isEqualTo(PolicyScope.DEFAULT);
        assertThat(codes(draft, Finding.Kind.CHOICE)).isEmpty();
        assertThat(codes(draft, Finding.Kind.WARNING)).isEmpty();
        assertThat(codes(draft, Finding.Kind.FOUND)).contains("siteIdNotName", "ucmaFound", "certificateShared");
    }

    @Test
    void exchange2019WithTwoServersAndTheirOwnCertificatesGetsOneThumbprintPerServer() throws Exception {
        DiscoveryDraft.Draft draft = draft(DiscoveryExamples.TAILSPIN_2019);
        PlanCheck check = PlanRules.check(draft.plan());
        assertThat(check.errors()).isEmpty();
        var plan = check.plan();
        assertThat(plan.compatibility().lyncServer()).isEqualTo(LyncServer.SKYPE_2019);
        assertThat(plan.compatibility().exchangeServer()).isEqualTo(ExchangeServer.EXCHANGE_2019);
        assertThat(plan.trustedPool().owaPoolFqdn()).as("the name both certificates carry").isEqualTo("mail.tailspintoys.com");
        assertThat(plan.trustedPool().poolComputers()).containsExactly("ex19-01.tailspintoys.com", "ex19-02.tailspintoys.com");
        assertThat(plan.trustedPool().sipUriDialPlans()).isEmpty();
        assertThat(plan.instantMessaging().certificates()).isEqualTo(Map.of(
                "ex19-01.tailspintoys.com", "1111111111111111111111111111111111111111",
                "ex19-02.tailspintoys.com", "2222222222222222222222222222222222222222"));
        assertThat(codes(draft, Finding.Kind.WARNING)).containsExactly("certificatesDiffer");
        assertThat(codes(draft, Finding.Kind.FOUND)).contains("exchangeSeSameVersion");
    }

    @Test
    void anInconsistentTopologyWarnsWhereItContradictsTheProcedureAndOffersChoices() throws Exception {
        DiscoveryDraft.Draft draft = draft(DiscoveryExamples.INCONSISTENT);
        assertThat(codes(draft, Finding.Kind.WARNING)).contains("ucmaMissing", "owaPoolExists", "certificatesDiffer",
                "certificateNoKey", "certificateDates", "certificateWildcard");
        assertThat(codes(draft, Finding.Kind.CHOICE)).contains("registrarPoolChoice", "policyScope");
        Finding registrar = draft.findings().stream().filter(f -> f.code().equals("registrarPoolChoice")).findFirst().orElseThrow();
        assertThat(registrar.choices()).as("the existing OWA pool's registrar first")
                .containsExactly("dub-cs-001.contoso.com", "red-cs-001.contoso.com");
        assertThat(draft.plan().trustedPool().siteId()).isEqualTo("2");
        assertThat(draft.plan().compatibility().ucmaRuntimeConfirmed()).as("not confirmed: the step asks").isNull();
        assertThat(draft.plan().mailboxPolicy().scope()).isEqualTo(PolicyScope.ALL);
    }

    @Test
    void aCertificateWithoutTheServerNameIsAWarning() throws Exception {
        DiscoveryDraft.Draft draft = draft(DiscoveryExamples.INCONSISTENT);
        // mbx-02's certificate names *.contoso.com: that covers the server, so only mbx-01's own lack counts.
        assertThat(draft.findings()).filteredOn(f -> f.code().equals("certificateLacksName")).isEmpty();
        Discovery d = DiscoveryJson.read(DiscoveryExamples.bytes(DiscoveryExamples.LITWARE_2013)).discovery();
        Discovery.Certificate other = new Discovery.Certificate("EA5A332496CC05DA69B75B66111C0F78A110D22D",
                "CN=mail.litwareinc.com", List.of("mail.litwareinc.com"), NOW.minusSeconds(60), NOW.plusSeconds(60), true);
        Discovery.Server s = d.exchange().servers().get(0);
        Discovery.Server changed = new Discovery.Server(s.name(), s.fqdn(), s.adminDisplayVersion(), true, true,
                List.of(other), s.ucmaImplementationDllPath(), true, List.of(), List.of());
        Discovery.Exchange ex = d.exchange();
        Discovery withOther = new Discovery(null, d.lync(), new Discovery.Exchange(null, null, List.of(changed),
                ex.umDialPlans(), ex.owaVirtualDirectories(), ex.owaMailboxPolicies(), ex.imSettingOverrides()));
        assertThat(codes(DiscoveryDraft.of(withOther, NOW), Finding.Kind.WARNING)).containsExactly("certificateLacksName");
    }

    @Test
    void colocatedUmIsFoundAndANewPoolWouldBreakIm() throws Exception {
        DiscoveryDraft.Draft draft = draft(DiscoveryExamples.FABRIKAM_COLOCATED);
        assertThat(draft.plan().trustedPool().umServicesColocated()).isTrue();
        assertThat(codes(draft, Finding.Kind.FOUND)).contains("colocatedFound", "sipPlansFound");
        assertThat(codes(draft, Finding.Kind.WARNING)).contains("colocatedNewPoolBreaks", "colocatedManualPool",
                "overrideExists");
        assertThat(draft.plan().instantMessaging().settingOverrideName()).isEqualTo("OWA IM");
        assertThat(PlanRules.check(draft.plan()).errors()).isEmpty();
    }
}
