package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the plan table in plan-and-bundle.md, one test or more each. */
class PlanRulesTest {

    static Plan litware() {
        return new Plan("Litware",
                new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, true),
                new TrustedPool(false, "atl-owa-001.litwareinc.com", "atl-cs-001.litwareinc.com", "Redmond",
                        "OutlookWebApp", 5199, List.of(), List.of()),
                new InstantMessaging(ImMode.ENABLE, List.of("atl-mbx-001.litwareinc.com"), List.of(),
                        "EA5A332496CC05DA69B75B66111C0F78A110D22D", "atl-cs-001.litwareinc.com"),
                new MailboxPolicy(PolicyScope.DEFAULT, List.of()));
    }

    static Plan withPool(UnaryOperator<TrustedPool> change) {
        Plan p = litware();
        return new Plan(p.title(), p.compatibility(), change.apply(p.trustedPool()), p.instantMessaging(), p.mailboxPolicy());
    }

    static Plan withIm(UnaryOperator<InstantMessaging> change) {
        Plan p = litware();
        return new Plan(p.title(), p.compatibility(), p.trustedPool(), change.apply(p.instantMessaging()), p.mailboxPolicy());
    }

    static TrustedPool pool(String owa, String registrar, String site, String app, Integer port, List<String> computers,
            List<String> dialPlans) {
        return new TrustedPool(false, owa, registrar, site, app, port, computers, dialPlans);
    }

    static InstantMessaging im(List<String> mbx, List<String> cas, String thumb, String imServer) {
        return new InstantMessaging(ImMode.ENABLE, mbx, cas, thumb, imServer);
    }

    static List<String> codesAt(PlanCheck check, String path) {
        return check.errors().stream().filter(e -> e.path().equals(path)).map(PlanIssue::code).toList();
    }

    static List<String> warningCodes(PlanCheck check) {
        return check.warnings().stream().map(PlanIssue::code).toList();
    }

    @Test
    void theArticlesPlanIsValidWithTheWildcardHintAndTheEndOfSupportNotices() {
        PlanCheck check = PlanRules.check(litware());
        assertThat(check.errors()).isEmpty();
        // P-8.2: Lync Server 2013 and Exchange 2013 ended on 2023-04-11 (a notice, never a refusal).
        assertThat(warningCodes(check)).containsExactly("version.ended", "version.ended", "certificate.wildcard");
        assertThat(check.plan()).isEqualTo(litware());
    }

    @Nested
    class Title {
        @Test
        void optionalAndTrimmed() {
            Plan p = litware();
            assertThat(PlanRules.check(new Plan(null, p.compatibility(), p.trustedPool(), p.instantMessaging(),
                    p.mailboxPolicy())).valid()).isTrue();
            assertThat(PlanRules.check(new Plan("  \t ", p.compatibility(), p.trustedPool(), p.instantMessaging(),
                    p.mailboxPolicy())).plan().title()).isNull();
            assertThat(PlanRules.check(new Plan("  리트웨어 ", p.compatibility(), p.trustedPool(), p.instantMessaging(),
                    p.mailboxPolicy())).plan().title()).isEqualTo("리트웨어");
        }

        @Test
        void atMost120CharactersCountedAsCodePoints() {
            Plan p = litware();
            String ok = "😀".repeat(120);
            assertThat(PlanRules.check(new Plan(ok, p.compatibility(), p.trustedPool(), p.instantMessaging(),
                    p.mailboxPolicy())).valid()).isTrue();
            PlanCheck tooLong = PlanRules.check(new Plan("a".repeat(121), p.compatibility(), p.trustedPool(),
                    p.instantMessaging(), p.mailboxPolicy()));
            assertThat(codesAt(tooLong, "title")).containsExactly("text.tooLong");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a\nb", "a\rb", "a\u0000b", "a\u0085b", "a\u2028b", "a\u001bb"})
        void noControlCharacters(String title) {
            Plan p = litware();
            PlanCheck check = PlanRules.check(new Plan(title, p.compatibility(), p.trustedPool(), p.instantMessaging(),
                    p.mailboxPolicy()));
            assertThat(codesAt(check, "title")).containsExactly("text.control");
        }
    }

    @Nested
    class CompatibilityRules {
        Plan with(Compatibility c) {
            Plan p = litware();
            return new Plan(p.title(), c, p.trustedPool(), p.instantMessaging(), p.mailboxPolicy());
        }

        @Test
        void sectionAndEveryAnswerRequired() {
            assertThat(codesAt(PlanRules.check(with(null)), "compatibility")).containsExactly("required");
            PlanCheck check = PlanRules.check(with(new Compatibility(null, null, null)));
            assertThat(codesAt(check, "compatibility.lyncServer")).containsExactly("required");
            assertThat(codesAt(check, "compatibility.exchangeServer")).containsExactly("required");
            assertThat(codesAt(check, "compatibility.ucmaRuntimeConfirmed")).containsExactly("required");
        }

        @Test
        void lync2013WithExchange2016IsAnUnsupportedPair() {
            // P-1.3, P-8.1: "not supported: stop" (version 1 said exchange.unsupported for it).
            PlanCheck check = PlanRules.check(with(new Compatibility(LyncServer.LYNC_2013,
                    ExchangeServer.EXCHANGE_2016, true)));
            assertThat(codesAt(check, "compatibility.exchangeServer")).containsExactly("compatibility.unsupported-pair");
        }

        @Test
        void exchange2010IsAWarningAndNeedsClientAccessServers() {
            Plan p = with(new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true));
            PlanCheck check = PlanRules.check(p);
            assertThat(warningCodes(check)).contains("exchange.limited");
            assertThat(codesAt(check, "instantMessaging.mailboxServers")).containsExactly("notApplicable.exchangeServer");
            assertThat(codesAt(check, "instantMessaging.clientAccessServers")).containsExactly("required");
        }

        @Test
        void enablingNeedsTheRuntimeConfirmed() {
            PlanCheck check = PlanRules.check(with(new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013,
                    false)));
            assertThat(codesAt(check, "compatibility.ucmaRuntimeConfirmed")).containsExactly("ucma.notConfirmed");
        }

        @Test
        void disablingDoesNotNeedTheRuntime() {
            Plan p = litware();
            Plan disable = new Plan(null, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, false),
                    TrustedPool.colocated(), InstantMessaging.disable(), null);
            PlanCheck check = PlanRules.check(disable);
            assertThat(check.errors()).isEmpty();
            assertThat(p).isNotNull();
        }
    }

    @Nested
    class TrustedPoolRules {
        @Test
        void colocatedNeedsNoPoolFieldsAndRefusesThem() {
            assertThat(PlanRules.check(withPool(t -> TrustedPool.colocated())).errors()).isEmpty();
            PlanCheck check = PlanRules.check(withPool(t -> new TrustedPool(true, "a.b.c", " ", null, null, 5199,
                    List.of("x.y.z"), List.of())));
            assertThat(codesAt(check, "trustedPool.owaPoolFqdn")).containsExactly("notApplicable.umServicesColocated");
            assertThat(codesAt(check, "trustedPool.port")).containsExactly("notApplicable.umServicesColocated");
            assertThat(codesAt(check, "trustedPool.poolComputers")).containsExactly("notApplicable.umServicesColocated");
            assertThat(codesAt(check, "trustedPool.registrarPoolFqdn")).isEmpty();
        }

        @Test
        void poolFieldsRequiredWhenAPoolIsCreated() {
            PlanCheck check = PlanRules.check(withPool(t -> pool(null, "", "  ", null, null, null, null)));
            assertThat(codesAt(check, "trustedPool.owaPoolFqdn")).containsExactly("required");
            assertThat(codesAt(check, "trustedPool.registrarPoolFqdn")).containsExactly("required");
            assertThat(codesAt(check, "trustedPool.siteId")).containsExactly("required");
            assertThat(check.plan().trustedPool().applicationId()).isEqualTo("OutlookWebApp");
            assertThat(check.plan().trustedPool().port()).isEqualTo(5199);
        }

        @Test
        void hostNamesAreTrimmedAndLowerCased() {
            PlanCheck check = PlanRules.check(withPool(t -> pool(" ATL-OWA-001.LitwareInc.com ",
                    "Registrar:atl-cs-001.litwareinc.com", "Redmond", "urn:application:OutlookWebApp", 5199, null, null)));
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().trustedPool().owaPoolFqdn()).isEqualTo("atl-owa-001.litwareinc.com");
            assertThat(check.plan().trustedPool().registrarPoolFqdn()).isEqualTo("atl-cs-001.litwareinc.com");
            assertThat(check.plan().trustedPool().applicationId()).isEqualTo("OutlookWebApp");
        }

        @ParameterizedTest
        @ValueSource(strings = {"host", "-bad.example.com", "bad-.example.com", "a..b", "a b.com", "a_b.example.com",
            "*.litwareinc.com", "10.0.0.1", "ünïcode.example", "a.b.", "http://a.b"})
        void hostNameRules(String host) {
            PlanCheck check = PlanRules.check(withPool(t -> pool(host, "atl-cs-001.litwareinc.com", "Redmond", null,
                    null, null, null)));
            String expected = host.contains("*") ? "hostname.wildcard" : host.equals("host") ? "hostname.notFqdn"
                    : host.equals("10.0.0.1") ? "hostname.ipAddress" : host.startsWith("http://") ? "hostname.url"
                    : "hostname.invalid";
            assertThat(codesAt(check, "trustedPool.owaPoolFqdn")).containsExactly(expected);
        }

        @Test
        void hostNameAtMost253Characters() {
            String label = "a".repeat(63);
            String ok = String.join(".", label, label, label, "a".repeat(61));
            assertThat(ok).hasSize(253);
            assertThat(PlanRules.hostProblem(ok)).isNull();
            assertThat(PlanRules.hostProblem(ok + "a")).isEqualTo("hostname.tooLong");
            assertThat(PlanRules.hostProblem("a".repeat(64) + ".com")).isEqualTo("hostname.invalid");
        }

        @Test
        void registrarMustDifferFromTheOwaPool() {
            PlanCheck check = PlanRules.check(withPool(t -> pool("atl-cs-001.litwareinc.com",
                    "ATL-CS-001.litwareinc.com", "Redmond", null, null, null, null)));
            assertThat(codesAt(check, "trustedPool.registrarPoolFqdn")).containsExactly("registrar.sameAsOwaPool");
        }

        @Test
        void siteIdIsTheSiteIdNotTheIdentity() {
            PlanCheck prefixed = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "site:Redmond1", null, null, null,
                    null)));
            assertThat(codesAt(prefixed, "trustedPool.siteId")).containsExactly("siteId.sitePrefix");
            for (String bad : List.of("Red mond", "a:b", "x".repeat(65), "a\u200eb")) {
                PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", bad, null, null, null, null)));
                assertThat(codesAt(check, "trustedPool.siteId")).as(bad).containsExactly("siteId.invalid");
            }
            assertThat(PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "x".repeat(64), null, null, null, null)))
                    .errorsIn("trustedPool")).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Outlook Web App", "OWA-1", "OWA_1", "아웃룩", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
        void applicationIdLettersAndDigitsOnly(String id) {
            PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", id, null, null, null)));
            assertThat(codesAt(check, "trustedPool.applicationId")).containsExactly("applicationId.invalid");
        }

        @Test
        void portRangeAndLyncPortsWarning() {
            for (int bad : new int[] {0, -1, 65536}) {
                PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, bad, null, null)));
                assertThat(codesAt(check, "trustedPool.port")).containsExactly("port.range");
            }
            for (int used : new int[] {80, 443, 5060, 5068, 5070, 5073, 5080, 5082, 8080, 49152, 65535}) {
                PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, used, null, null)));
                assertThat(check.errorsIn("trustedPool")).isEmpty();
                assertThat(warningCodes(check)).as("port " + used).contains("port.usedByLync");
            }
            for (int free : new int[] {1, 5199, 5069, 5074, 5079, 49151}) {
                PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, free, null, null)));
                assertThat(warningCodes(check)).as("port " + free).doesNotContain("port.usedByLync");
            }
        }

        @Test
        void poolComputersDistinctValidAndNotThePool() {
            PlanCheck check = PlanRules.check(withPool(t -> pool("pool.a.com", "lync.a.com", "1", null, null,
                    List.of("cas1.a.com", "CAS1.a.com", "pool.a.com", "bad_name.a.com", ""), null)));
            assertThat(codesAt(check, "trustedPool.poolComputers[1]")).containsExactly("list.duplicate");
            assertThat(codesAt(check, "trustedPool.poolComputers[2]")).containsExactly("poolComputers.sameAsPool");
            assertThat(codesAt(check, "trustedPool.poolComputers[3]")).containsExactly("hostname.invalid");
            assertThat(check.plan().trustedPool().poolComputers()).hasSize(4);
        }

        @Test
        void dialPlanNamesAreFreeTextWithinLimits() {
            PlanCheck ok = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, null, null,
                    List.of("Dial 'plan' $(x)", "다이얼"))));
            assertThat(ok.errorsIn("trustedPool")).isEmpty();
            PlanCheck bad = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, null, null,
                    List.of("a\nb", "x".repeat(65), "Same", "same"))));
            assertThat(codesAt(bad, "trustedPool.sipUriDialPlans[0]")).containsExactly("text.control");
            assertThat(codesAt(bad, "trustedPool.sipUriDialPlans[1]")).containsExactly("text.tooLong");
            assertThat(codesAt(bad, "trustedPool.sipUriDialPlans[3]")).containsExactly("list.duplicate");
        }
    }

    @Nested
    class InstantMessagingRules {
        @Test
        void modeRequired() {
            PlanCheck check = PlanRules.check(withIm(i -> new InstantMessaging(null, null, null, null, null)));
            assertThat(codesAt(check, "instantMessaging.mode")).containsExactly("required");
        }

        @Test
        void enableNeedsServersThumbprintAndImServer() {
            PlanCheck check = PlanRules.check(withIm(i -> im(List.of(), null, null, " ")));
            assertThat(codesAt(check, "instantMessaging.mailboxServers")).containsExactly("required");
            assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).containsExactly("required");
            assertThat(codesAt(check, "instantMessaging.imServerName")).containsExactly("required");
        }

        @Test
        void atMost100DistinctMailboxServers() {
            List<String> servers = new ArrayList<>();
            for (int n = 0; n < 101; n++) {
                servers.add("mbx" + n + ".litwareinc.com");
            }
            PlanCheck tooMany = PlanRules.check(withIm(i -> im(servers, null, i.certificateThumbprint(),
                    i.imServerName())));
            assertThat(codesAt(tooMany, "instantMessaging.mailboxServers")).containsExactly("list.tooMany");
            PlanCheck hundred = PlanRules.check(withIm(i -> im(servers.subList(0, 100), null, i.certificateThumbprint(),
                    i.imServerName())));
            assertThat(hundred.errors()).isEmpty();
            PlanCheck dup = PlanRules.check(withIm(i -> im(List.of("a.b.c", "A.B.C"), List.of("x.y.z", "x.y.z"),
                    i.certificateThumbprint(), i.imServerName())));
            assertThat(codesAt(dup, "instantMessaging.mailboxServers[1]")).containsExactly("list.duplicate");
            assertThat(codesAt(dup, "instantMessaging.clientAccessServers[1]")).containsExactly("list.duplicate");
        }

        @Test
        void thumbprintIsNormalised() {
            PlanCheck check = PlanRules.check(withIm(i -> im(i.mailboxServers(), null,
                    "\u200eea 5a 33 24 96 cc 05 da 69 b7 5b 66 11 1c 0f 78 a1 10 d2 2d\u00a0", i.imServerName())));
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().instantMessaging().certificateThumbprint())
                    .isEqualTo("EA5A332496CC05DA69B75B66111C0F78A110D22D");
        }

        @ParameterizedTest
        @ValueSource(strings = {"EA5A332496CC05DA69B75B66111C0F78A110D22", "EA5A332496CC05DA69B75B66111C0F78A110D22DD",
            "GA5A332496CC05DA69B75B66111C0F78A110D22D", "EA:5A:33"})
        void thumbprintIs40HexDigits(String thumbprint) {
            PlanCheck check = PlanRules.check(withIm(i -> im(i.mailboxServers(), null, thumbprint, i.imServerName())));
            assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).containsExactly("thumbprint.invalid");
        }

        @Test
        void imServerNameIsTheRegistrarPoolWhenAPoolIsCreated() {
            PlanCheck check = PlanRules.check(withIm(i -> im(i.mailboxServers(), null, i.certificateThumbprint(),
                    "atl-owa-001.litwareinc.com")));
            assertThat(codesAt(check, "instantMessaging.imServerName")).containsExactly("imServerName.registrarMismatch");
            assertThat(check.errors().get(0).args()).containsExactly("atl-cs-001.litwareinc.com");
        }

        @Test
        void imServerNameIsFreeWhenColocated() {
            Plan p = litware();
            Plan colocated = new Plan(null, p.compatibility(), TrustedPool.colocated(),
                    im(List.of("ex01.a.com"), null, p.instantMessaging().certificateThumbprint(), "LyncPool.A.com"), p.mailboxPolicy());
            PlanCheck check = PlanRules.check(colocated);
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().instantMessaging().imServerName()).isEqualTo("lyncpool.a.com");
        }

        @Test
        void disableRefusesEnableOnlyFields() {
            PlanCheck check = PlanRules.check(withIm(i -> new InstantMessaging(ImMode.DISABLE, List.of("a.b.c"), null,
                    "EA5A", null)));
            assertThat(codesAt(check, "instantMessaging.mailboxServers")).containsExactly("notApplicable.mode");
            assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).containsExactly("notApplicable.mode");
        }

        @Test
        void exchange2010NeedsClientAccessServersOnly() {
            Plan p = litware();
            Plan plan = new Plan(null, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true),
                    p.trustedPool(), im(null, List.of("cas01.a.com"), p.instantMessaging().certificateThumbprint(),
                    p.instantMessaging().imServerName()), p.mailboxPolicy());
            assertThat(PlanRules.check(plan).errors()).isEmpty();
        }
    }

    @Nested
    class MailboxPolicyRules {
        Plan with(MailboxPolicy mp) {
            Plan p = litware();
            return new Plan(p.title(), p.compatibility(), p.trustedPool(), p.instantMessaging(), mp);
        }

        @Test
        void requiredWhenEnabling() {
            assertThat(codesAt(PlanRules.check(with(null)), "mailboxPolicy")).containsExactly("required");
            assertThat(codesAt(PlanRules.check(with(new MailboxPolicy(null, null))), "mailboxPolicy.scope"))
                    .containsExactly("required");
        }

        @Test
        void namedNeedsOneToFiftyDistinctNames() {
            assertThat(codesAt(PlanRules.check(with(new MailboxPolicy(PolicyScope.NAMED, List.of(" ")))),
                    "mailboxPolicy.policies")).containsExactly("required");
            List<String> many = new ArrayList<>();
            for (int n = 0; n < 51; n++) {
                many.add("Policy " + n);
            }
            assertThat(codesAt(PlanRules.check(with(new MailboxPolicy(PolicyScope.NAMED, many))),
                    "mailboxPolicy.policies")).containsExactly("list.tooMany");
            PlanCheck dup = PlanRules.check(with(new MailboxPolicy(PolicyScope.NAMED, List.of("Sales", "SALES"))));
            assertThat(codesAt(dup, "mailboxPolicy.policies[1]")).containsExactly("list.duplicate");
            PlanCheck hostile = PlanRules.check(with(new MailboxPolicy(PolicyScope.NAMED,
                    List.of("'; Remove-Item C:\\ -Recurse; '", "$(Stop-Computer)", "정책 ‘영업’"))));
            assertThat(hostile.errors()).isEmpty();
        }

        @Test
        void namesOnlyForNamedScope() {
            PlanCheck check = PlanRules.check(with(new MailboxPolicy(PolicyScope.ALL, List.of("Default"))));
            assertThat(codesAt(check, "mailboxPolicy.policies")).containsExactly("notApplicable.scope");
            assertThat(PlanRules.check(with(new MailboxPolicy(PolicyScope.DEFAULT, Collections.emptyList()))).errors())
                    .isEmpty();
        }

        @Test
        void droppedWhenDisablingAsTheWizardDropsIt() {
            Plan plan = new Plan(null, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, false),
                    TrustedPool.colocated(), InstantMessaging.disable(), new MailboxPolicy(PolicyScope.DEFAULT, null));
            PlanCheck check = PlanRules.check(plan);
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().mailboxPolicy()).isNull();
            PlanCheck wrong = PlanRules.check(new Plan(null, plan.compatibility(), plan.trustedPool(),
                    plan.instantMessaging(), new MailboxPolicy(PolicyScope.NAMED, List.of())));
            assertThat(codesAt(wrong, "mailboxPolicy.policies")).containsExactly("required");
        }

        @Test
        void optionalWhenDisabling() {
            Plan plan = new Plan(null, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, false),
                    TrustedPool.colocated(), InstantMessaging.disable(), null);
            assertThat(PlanRules.check(plan).errors()).isEmpty();
        }
    }

    // ---- plan format version 2 -------------------------------------------------------------

    static final String T1 = "EA5A332496CC05DA69B75B66111C0F78A110D22D";
    static final String T2 = "9F8E7D6C5B4A39281706F5E4D3C2B1A098765432";
    static final List<String> TWO = List.of("mbx1.litwareinc.com", "mbx2.litwareinc.com");

    static Plan withVersions(LyncServer lync, ExchangeServer exchange) {
        Plan p = litware();
        return new Plan(p.title(), new Compatibility(lync, exchange, true), p.trustedPool(), p.instantMessaging(),
                p.mailboxPolicy());
    }

    static InstantMessaging certificates(CertificateSource source, String thumbprint, java.util.Map<String, String> perServer) {
        return new InstantMessaging(ImMode.ENABLE, TWO, List.of(), source, thumbprint, perServer,
                "atl-cs-001.litwareinc.com");
    }

    @Nested
    class Version2Pairs {

        /** Every cell of the P-8.1 table, for ENABLE: the error code it gives, or none. */
        static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cells() {
            String ok = "";
            String p8 = ok; // the setting override path (P-8.5)
            String no = "compatibility.unsupported-pair";
            Object[][] table = {
                {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, ok},
                {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, ok},
                {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2016, no},
                {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2019, no},
                {LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_SE, no},
                {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2010, ok},
                {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2013, ok},
                {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2016, p8},
                {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2019, p8},
                {LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_SE, no},
                {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2010, no},
                {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2013, ok},
                {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2016, p8},
                {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2019, p8},
                {LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_SE, p8},
                {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2010, no},
                {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2013, ok},
                {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2016, p8},
                {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_2019, p8},
                {LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_SE, p8},
            };
            return java.util.Arrays.stream(table).map(org.junit.jupiter.params.provider.Arguments::of);
        }

        /** The pair alone: servers and pool as each Exchange version asks for them. */
        static Plan pair(LyncServer lync, ExchangeServer exchange, ImMode mode) {
            Plan p = litware();
            InstantMessaging im = mode == ImMode.DISABLE ? InstantMessaging.disable()
                    : exchange == ExchangeServer.EXCHANGE_2010
                            ? im(List.of(), List.of("cas1.litwareinc.com"), T1, "atl-cs-001.litwareinc.com")
                            : p.instantMessaging();
            return new Plan(p.title(), new Compatibility(lync, exchange, true), p.trustedPool(), im,
                    mode == ImMode.DISABLE ? null : p.mailboxPolicy());
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.MethodSource("cells")
        void enablingFollowsTheTableOfP81(LyncServer lync, ExchangeServer exchange, String code) {
            PlanCheck check = PlanRules.check(pair(lync, exchange, ImMode.ENABLE));
            if (code.isEmpty()) {
                assertThat(check.errors()).isEmpty();
            } else {
                assertThat(check.errors()).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("compatibility.exchangeServer", code));
            }
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.MethodSource("cells")
        void disablingWorksWithEveryPair(LyncServer lync, ExchangeServer exchange, String code) {
            PlanCheck check = PlanRules.check(pair(lync, exchange, ImMode.DISABLE));
            assertThat(check.errors()).as(code).isEmpty();
        }

        @Test
        void anUnsupportedPairNamesWhatWouldWork() {
            PlanCheck check = PlanRules.check(pair(LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2010, ImMode.ENABLE));
            assertThat(check.errors().get(0).args()).containsExactly("Skype for Business Server 2019",
                    "Exchange Server 2010",
                    "Exchange Server 2013, Exchange Server 2016, Exchange Server 2019, Exchange Server Subscription Edition",
                    "Lync Server 2013, Skype for Business Server 2015");
        }

        @Test
        void anUnansweredModeCountsAsEnabling() {
            Plan p = pair(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2019, ImMode.ENABLE);
            PlanCheck check = PlanRules.check(new Plan(null, p.compatibility(), null, null, null));
            assertThat(codesAt(check, "compatibility.exchangeServer")).containsExactly("compatibility.unsupported-pair");
        }

        @Test
        void endedVersionsAreNoticesNeverErrors() {
            // P-8.2: only the Subscription Editions are current.
            PlanCheck se = PlanRules.check(pair(LyncServer.SKYPE_SE, ExchangeServer.EXCHANGE_SE, ImMode.DISABLE));
            assertThat(se.warnings()).isEmpty();
            PlanCheck ended = PlanRules.check(pair(LyncServer.SKYPE_2015, ExchangeServer.EXCHANGE_2016, ImMode.DISABLE));
            assertThat(ended.errors()).isEmpty();
            assertThat(ended.warnings()).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("compatibility.lyncServer", "version.ended"),
                    org.assertj.core.groups.Tuple.tuple("compatibility.exchangeServer", "version.ended"));
            assertThat(ended.warnings().get(0).args()).containsExactly("Skype for Business Server 2015", "2025-10-14");
        }

        @ParameterizedTest
        @ValueSource(strings = {"EXCHANGE_2010", "EXCHANGE_2019", "EXCHANGE_SE"})
        void umQuestionsOnlyWithExchange2013And2016(String version) {
            // P-8.4: no Unified Messaging after 2016; P-7.3: the 2010 pool is always created.
            ExchangeServer exchange = ExchangeServer.valueOf(version);
            Plan p = pair(LyncServer.SKYPE_2015, exchange, ImMode.ENABLE);
            PlanCheck colocated = PlanRules.check(new Plan(null, p.compatibility(), new TrustedPool(true, null, null, null,
                    null, null, List.of(), List.of("SipPlan")), p.instantMessaging(), p.mailboxPolicy()));
            assertThat(codesAt(colocated, "trustedPool.umServicesColocated")).containsExactly("notApplicable.exchangeServer");
            assertThat(codesAt(colocated, "trustedPool.sipUriDialPlans")).containsExactly("notApplicable.exchangeServer");
            TrustedPool unanswered = new TrustedPool(null, "atl-owa-001.litwareinc.com", "atl-cs-001.litwareinc.com",
                    "Redmond", null, null, List.of(), List.of());
            PlanCheck absent = PlanRules.check(new Plan(null, p.compatibility(), unanswered, p.instantMessaging(),
                    p.mailboxPolicy()));
            assertThat(absent.errors()).allMatch(e -> !e.section().equals("trustedPool"));
            assertThat(absent.plan().trustedPool().createsPool()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"EXCHANGE_2010", "EXCHANGE_2019", "EXCHANGE_SE"})
        void switchingImOffTakesThePoolAnswerAsItIs(String version) {
            // P-3.8 uses no trusted pool: the co-located shape of the disable example stays valid with every version.
            Plan p = pair(LyncServer.SKYPE_SE, ExchangeServer.valueOf(version), ImMode.DISABLE);
            PlanCheck check = PlanRules.check(new Plan(null, p.compatibility(), TrustedPool.colocated(),
                    p.instantMessaging(), null));
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().trustedPool().createsPool()).isFalse();
        }

        @Test
        void exchange2016KeepsTheUmQuestions() {
            Plan p = pair(LyncServer.SKYPE_2019, ExchangeServer.EXCHANGE_2016, ImMode.DISABLE);
            PlanCheck check = PlanRules.check(new Plan(null, p.compatibility(), new TrustedPool(false,
                    "atl-owa-001.litwareinc.com", "atl-cs-001.litwareinc.com", "Redmond", null, null, List.of(),
                    List.of("SipPlan")), p.instantMessaging(), null));
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().trustedPool().sipUriDialPlans()).containsExactly("SipPlan");
            PlanCheck unanswered = PlanRules.check(new Plan(null, p.compatibility(), new TrustedPool(null, null, null,
                    null, null, null, List.of(), List.of()), p.instantMessaging(), null));
            assertThat(codesAt(unanswered, "trustedPool.umServicesColocated")).containsExactly("required");
        }
    }

    @Nested
    class Version2Certificates {

        @Test
        void certificatesCoveringEveryServerNeedNoSharedThumbprint() {
            PlanCheck check = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, null,
                    java.util.Map.of("mbx1.litwareinc.com", T1, "MBX2.litwareinc.com ", "9f8e7d6c5b4a3928 1706f5e4d3c2b1a098765432"))));
            assertThat(check.errors()).isEmpty();
            InstantMessaging im = check.plan().instantMessaging();
            assertThat(im.thumbprintFor("mbx2.litwareinc.com")).isEqualTo(T2);
            assertThat(im.certificateThumbprint()).isNull();
            assertThat(check.warnings()).extracting(PlanIssue::path).contains("instantMessaging.certificates");
        }

        @Test
        void aSharedThumbprintCoversTheServersNotListed() {
            PlanCheck check = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, T1,
                    java.util.Map.of("mbx2.litwareinc.com", T2))));
            assertThat(check.errors()).isEmpty();
            assertThat(check.plan().instantMessaging().thumbprintFor("mbx1.litwareinc.com")).isEqualTo(T1);
            assertThat(check.plan().instantMessaging().thumbprintFor("mbx2.litwareinc.com")).isEqualTo(T2);
        }

        @Test
        void withoutASharedThumbprintEveryServerNeedsOne() {
            PlanCheck check = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, null,
                    java.util.Map.of("mbx2.litwareinc.com", T2))));
            assertThat(codesAt(check, "instantMessaging.certificates")).containsExactly("certificates.incomplete");
            assertThat(check.errors().get(0).args()).containsExactly("mbx1.litwareinc.com");
            assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).isEmpty();
            PlanCheck neither = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, null, null)));
            assertThat(codesAt(neither, "instantMessaging.certificateThumbprint")).containsExactly("required");
        }

        @Test
        void eachEntryIsCheckedAtItsOwnPath() {
            java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
            entries.put("mbx1.litwareinc.com", "12345");
            entries.put("mbx2.litwareinc.com", " ");
            entries.put("ex19-02.tailspintoys.com", T2);
            entries.put("not a host", T2);
            entries.put("MBX1.litwareinc.com", T1);
            PlanCheck check = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, T1, entries)));
            assertThat(codesAt(check, "instantMessaging.certificates[\"mbx1.litwareinc.com\"]"))
                    .containsExactly("thumbprint.invalid");
            assertThat(codesAt(check, "instantMessaging.certificates[\"mbx2.litwareinc.com\"]")).containsExactly("required");
            assertThat(codesAt(check, "instantMessaging.certificates[\"ex19-02.tailspintoys.com\"]"))
                    .containsExactly("certificates.unknownServer");
            assertThat(codesAt(check, "instantMessaging.certificates[\"not a host\"]")).containsExactly("hostname.invalid");
            assertThat(codesAt(check, "instantMessaging.certificates[\"MBX1.litwareinc.com\"]"))
                    .containsExactly("list.duplicate");
            PlanIssue invalid = check.errors().get(0);
            assertThat(invalid.fieldName()).isEqualTo("certificates");
            assertThat(invalid.section()).isEqualTo("instantMessaging");
            assertThat(invalid.args()).containsExactly(5, "mbx1.litwareinc.com", "", 0);
        }

        @Test
        void exchange2010CertificatesAreForClientAccessServers() {
            Plan p = litware();
            InstantMessaging im = new InstantMessaging(ImMode.ENABLE, List.of(), List.of("cas1.litwareinc.com"),
                    CertificateSource.THUMBPRINT, null, java.util.Map.of("cas1.litwareinc.com", T1,
                            "mbx1.litwareinc.com", T2), "atl-cs-001.litwareinc.com");
            PlanCheck check = PlanRules.check(new Plan(null, new Compatibility(LyncServer.LYNC_2013,
                    ExchangeServer.EXCHANGE_2010, true), p.trustedPool(), im, p.mailboxPolicy()));
            assertThat(check.errors()).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("instantMessaging.certificates[\"mbx1.litwareinc.com\"]",
                            "certificates.unknownServer"));
        }

        @Test
        void atMost100Entries() {
            java.util.Map<String, String> entries = new java.util.LinkedHashMap<>();
            for (int n = 0; n < 101; n++) {
                entries.put("mbx" + n + ".litwareinc.com", T1);
            }
            PlanCheck check = PlanRules.check(withIm(i -> certificates(CertificateSource.THUMBPRINT, T1, entries)));
            assertThat(check.errors()).extracting(PlanIssue::path, PlanIssue::code).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("instantMessaging.certificates", "list.tooMany"));
        }

        @Test
        void iisTakesNoThumbprints() {
            PlanCheck iis = PlanRules.check(withIm(i -> certificates(CertificateSource.IIS, null, null)));
            assertThat(iis.errors()).isEmpty();
            assertThat(iis.plan().instantMessaging().thumbprintFor("mbx1.litwareinc.com")).isNull();
            PlanCheck both = PlanRules.check(withIm(i -> certificates(CertificateSource.IIS, T1,
                    java.util.Map.of("mbx1.litwareinc.com", T1))));
            assertThat(codesAt(both, "instantMessaging.certificateThumbprint")).containsExactly("notApplicable.certificateSource");
            assertThat(codesAt(both, "instantMessaging.certificates")).containsExactly("notApplicable.certificateSource");
        }

        @Test
        void disablingTakesNoCertificates() {
            Plan p = litware();
            InstantMessaging off = new InstantMessaging(ImMode.DISABLE, List.of(), List.of(), CertificateSource.THUMBPRINT,
                    null, java.util.Map.of("mbx1.litwareinc.com", T1), null);
            PlanCheck check = PlanRules.check(new Plan(null, p.compatibility(), p.trustedPool(), off, null));
            assertThat(codesAt(check, "instantMessaging.certificates")).containsExactly("notApplicable.mode");
        }
    }

    @Nested
    class Version2SettingOverrideName {

        static PlanCheck named(ExchangeServer exchange, ImMode mode, String name) {
            Plan p = Version2Pairs.pair(LyncServer.SKYPE_2019, exchange, mode);
            InstantMessaging im = p.instantMessaging();
            InstantMessaging withName = new InstantMessaging(im.mode(), im.mailboxServers(), im.clientAccessServers(),
                    im.certificateSource(), im.certificateThumbprint(), im.certificates(), im.imServerName(), name);
            return PlanRules.check(new Plan(null, p.compatibility(), p.trustedPool(), withName, p.mailboxPolicy()));
        }

        @Test
        void defaultsFor2016AndLaterOnly() {
            assertThat(named(ExchangeServer.EXCHANGE_2019, ImMode.ENABLE, null).plan().instantMessaging()
                    .settingOverrideName()).isEqualTo("OWA IM integration");
            assertThat(named(ExchangeServer.EXCHANGE_2016, ImMode.ENABLE, "  IM for OWA ").plan().instantMessaging()
                    .settingOverrideName()).isEqualTo("IM for OWA");
            // Absent (ignored) with Exchange 2013, and when IM is switched off.
            PlanCheck exchange2013 = named(ExchangeServer.EXCHANGE_2013, ImMode.ENABLE, "IM for OWA");
            assertThat(exchange2013.errors()).isEmpty();
            assertThat(exchange2013.plan().instantMessaging().settingOverrideName()).isNull();
            assertThat(named(ExchangeServer.EXCHANGE_2019, ImMode.DISABLE, null).plan().instantMessaging()
                    .settingOverrideName()).isNull();
        }

        @Test
        void oneTo64CharactersWithoutControlCharacters() {
            assertThat(codesAt(named(ExchangeServer.EXCHANGE_SE, ImMode.ENABLE, "x".repeat(65)),
                    "instantMessaging.settingOverrideName")).containsExactly("text.tooLong");
            assertThat(codesAt(named(ExchangeServer.EXCHANGE_SE, ImMode.ENABLE, "a\u2028b"),
                    "instantMessaging.settingOverrideName")).containsExactly("text.control");
            assertThat(codesAt(named(ExchangeServer.EXCHANGE_SE, ImMode.ENABLE, "x".repeat(64)),
                    "instantMessaging.settingOverrideName")).isEmpty();
        }
    }
}
