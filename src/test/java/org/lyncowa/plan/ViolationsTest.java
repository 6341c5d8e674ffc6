package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one adapter from Bean Validation to the plan's issues (issue 14): each constraint of the plan
 * records gives today's code, JSON path and message arguments.
 */
class ViolationsTest {

    static TrustedPool pool(String owa, String registrar, String siteId, String applicationId, Integer port,
            List<String> computers, List<String> dialPlans) {
        return new TrustedPool(false, owa, registrar, siteId, applicationId, port, computers, dialPlans);
    }

    static TrustedPool validPool() {
        return pool("owa.litwareinc.com", "pool.litwareinc.com", "1", "OutlookWebApp", 5199, List.of(), List.of());
    }

    static InstantMessaging im(List<String> mailboxServers, String thumbprint, String imServerName) {
        return new InstantMessaging(ImMode.ENABLE, mailboxServers, List.of(), CertificateSource.THUMBPRINT, thumbprint,
                Map.of(), imServerName, null);
    }

    @Test
    void aValidSectionHasNoIssues() {
        assertThat(Violations.of(validPool(), "trustedPool.")).isEmpty();
        assertThat(Violations.of(im(List.of("mbx.litwareinc.com"), "EA5A332496CC05DA69B75B66111C0F78A110D22D",
                "pool.litwareinc.com"), "instantMessaging.")).isEmpty();
    }

    @Nested
    class HostNames {
        @ParameterizedTest
        @CsvSource({"-bad-.litwareinc.com, hostname.invalid", "owa, hostname.notFqdn", "10.0.0.1, hostname.ipAddress",
                "*.litwareinc.com, hostname.wildcard"})
        void onAFieldTheCodeSaysWhichRuleAndThereAreNoArguments(String host, String code) {
            TrustedPool pool = pool(host, "pool.litwareinc.com", "1", "OutlookWebApp", 5199, List.of(), List.of());
            assertThat(Violations.of(pool, "trustedPool.")).containsExactly(PlanIssue.of("trustedPool.owaPoolFqdn", code));
        }

        @Test
        void onAListElementThePathHasTheIndexAndTheMessageQuotesTheElement() {
            List<String> servers = Arrays.asList("mbx1.litwareinc.com", null, "*.litwareinc.com", "x".repeat(300) + ".com");
            assertThat(Violations.of(im(servers, null, "pool.litwareinc.com"), "instantMessaging.")).containsExactly(
                    PlanIssue.of("instantMessaging.mailboxServers[2]", "hostname.wildcard", "*.litwareinc.com"),
                    PlanIssue.of("instantMessaging.mailboxServers[3]", "hostname.tooLong",
                            "x".repeat(PlanRules.SHOWN_MAX) + "\u2026"));
        }

        @Test
        void poolComputersAndTheImServerNameToo() {
            TrustedPool pool = pool("owa.litwareinc.com", "pool.litwareinc.com", "1", "OutlookWebApp", 5199,
                    List.of("ok.litwareinc.com", "bad_name.litwareinc.com"), List.of());
            assertThat(Violations.of(pool, "trustedPool.")).containsExactly(
                    PlanIssue.of("trustedPool.poolComputers[1]", "hostname.invalid", "bad_name.litwareinc.com"));
            assertThat(Violations.of(im(List.of(), null, "pool"), "instantMessaging."))
                    .containsExactly(PlanIssue.of("instantMessaging.imServerName", "hostname.notFqdn"));
        }
    }

    @Nested
    class Texts {
        @Test
        void theTitleIsPlainTextOfAtMost120Characters() {
            assertThat(Violations.ofValue(Plan.class, "title", "x".repeat(121), "title"))
                    .containsExactly(PlanIssue.of("title", "text.tooLong", PlanRules.TITLE_MAX));
            assertThat(Violations.ofValue(Plan.class, "title", "a\nb", "title"))
                    .containsExactly(PlanIssue.of("title", "text.control"));
            assertThat(Violations.ofValue(Plan.class, "title", "abc\u202Edef", "title"))
                    .containsExactly(PlanIssue.of("title", "text.invisible", "U+202E"));
            assertThat(Violations.ofValue(Plan.class, "title", "리트웨어 😀", "title")).isEmpty();
        }

        @Test
        void listElementsKeepTheirOwnArguments() {
            MailboxPolicy policy = new MailboxPolicy(PolicyScope.NAMED, List.of("Default", "y".repeat(65), "a\u0007"));
            assertThat(Violations.of(policy, "mailboxPolicy.")).containsExactly(
                    PlanIssue.of("mailboxPolicy.policies[1]", "text.tooLong", PlanRules.NAME_MAX),
                    PlanIssue.of("mailboxPolicy.policies[2]", "text.control"));
        }
    }

    @Nested
    class PoolValues {
        @Test
        void siteIdApplicationIdAndPort() {
            TrustedPool pool = pool("owa.litwareinc.com", "pool.litwareinc.com", "site:Atlanta", "Outlook Web App", 0,
                    List.of(), List.of());
            assertThat(Violations.of(pool, "trustedPool.")).containsExactly(
                    PlanIssue.of("trustedPool.siteId", "siteId.sitePrefix", "Atlanta"),
                    PlanIssue.of("trustedPool.applicationId", "applicationId.invalid"),
                    PlanIssue.of("trustedPool.port", "port.range"));
            TrustedPool spaced = pool("owa.litwareinc.com", "pool.litwareinc.com", "my site", "OutlookWebApp", 65536,
                    List.of(), List.of());
            assertThat(Violations.of(spaced, "trustedPool.")).containsExactly(
                    PlanIssue.of("trustedPool.siteId", "siteId.invalid"), PlanIssue.of("trustedPool.port", "port.range"));
        }
    }

    @Nested
    class CrossFieldAndConditional {
        @Test
        void thePoolNamesDifferPointsAtTheFieldItBlames() {
            TrustedPool pool = pool("owa.litwareinc.com", "owa.litwareinc.com", "1", "OutlookWebApp", 5199,
                    List.of("a.litwareinc.com", "owa.litwareinc.com"), List.of());
            assertThat(Violations.of(pool, "trustedPool.")).containsExactly(
                    PlanIssue.of("trustedPool.registrarPoolFqdn", "registrar.sameAsOwaPool"),
                    PlanIssue.of("trustedPool.poolComputers[1]", "poolComputers.sameAsPool"));
        }

        @Test
        void poolNamesAreRequiredOnlyWhenThePoolIsCreated() {
            TrustedPool created = pool(null, null, null, "OutlookWebApp", 5199, List.of(), List.of());
            assertThat(Violations.of(created, "trustedPool.")).containsExactly(
                    PlanIssue.of("trustedPool.owaPoolFqdn", "required"),
                    PlanIssue.of("trustedPool.registrarPoolFqdn", "required"),
                    PlanIssue.of("trustedPool.siteId", "required"));
            assertThat(Violations.of(TrustedPool.colocated(), "trustedPool.")).isEmpty();
        }

        @Test
        void theVersionsAndTheUcmaAnswerAreRequired() {
            assertThat(Violations.of(new Compatibility(null, ExchangeServer.EXCHANGE_2013, null), "compatibility."))
                    .containsExactly(PlanIssue.of("compatibility.lyncServer", "required"),
                            PlanIssue.of("compatibility.ucmaRuntimeConfirmed", "required"));
        }
    }

    @Test
    void aThumbprintSaysHowManyCharactersItHas() {
        assertThat(Violations.of(im(List.of(), "ABC", null), "instantMessaging."))
                .containsExactly(PlanIssue.of("instantMessaging.certificateThumbprint", "thumbprint.invalid", 3, "", 0));
        // Issue 16: a character that is not a hexadecimal digit is named, with its position.
        assertThat(Violations.of(im(List.of(), "ABG", null), "instantMessaging."))
                .containsExactly(PlanIssue.of("instantMessaging.certificateThumbprint", "thumbprint.invalid", 3, "G", 3));
    }

    @Test
    void issuesComeInDocumentOrder() {
        TrustedPool pool = pool("*.litwareinc.com", "-x-.litwareinc.com", "site:1", "a b", 70000,
                List.of("a", "b"), List.of("\u202E"));
        assertThat(Violations.of(pool, "trustedPool.")).extracting(PlanIssue::path).containsExactly(
                "trustedPool.owaPoolFqdn", "trustedPool.registrarPoolFqdn", "trustedPool.siteId",
                "trustedPool.applicationId", "trustedPool.port", "trustedPool.poolComputers[0]",
                "trustedPool.poolComputers[1]", "trustedPool.sipUriDialPlans[0]");
    }
}
