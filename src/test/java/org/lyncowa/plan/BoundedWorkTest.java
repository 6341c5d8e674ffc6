package org.lyncowa.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lyncowa.plan.PlanRulesTest.codesAt;
import static org.lyncowa.plan.PlanRulesTest.im;
import static org.lyncowa.plan.PlanRulesTest.pool;
import static org.lyncowa.plan.PlanRulesTest.withIm;
import static org.lyncowa.plan.PlanRulesTest.withPool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 12, findings 1 and 2: a list longer than its bound is one error, values quoted back in
 * messages are cut short, reading errors are looked up by path (not walked again for every rule
 * error), and only the first {@link PlanCheck#ERRORS_REPORTED} errors are reported. The time it
 * takes is measured against the real server in {@code BoundedWorkIT}; here, what is reported.
 */
class BoundedWorkTest {

    @Test
    void aHugeListOfBadHostNamesIsOneError() {
        List<String> bad = Collections.nCopies(65_000, "-bad-");
        PlanCheck check = PlanRules.check(withIm(i -> im(bad, bad, i.certificateThumbprint(), i.imServerName())));
        assertThat(check.errors()).containsExactly(
                PlanIssue.of("instantMessaging.mailboxServers", "list.tooMany", PlanRules.SERVERS_MAX),
                PlanIssue.of("instantMessaging.clientAccessServers", "list.tooMany", PlanRules.SERVERS_MAX));
    }

    @Test
    void everyListHasItsBound() {
        List<String> many = new ArrayList<>();
        for (int n = 0; n < 101; n++) {
            many.add("host" + n + ".litwareinc.com");
        }
        PlanCheck check = PlanRules.check(withPool(t -> pool("a.b.c", "d.e.f", "1", null, null, many, many)));
        assertThat(check.errorsIn("trustedPool")).containsExactly(
                PlanIssue.of("trustedPool.poolComputers", "list.tooMany", PlanRules.POOL_COMPUTERS_MAX),
                PlanIssue.of("trustedPool.sipUriDialPlans", "list.tooMany", PlanRules.DIAL_PLANS_MAX));
        assertThat(PlanRules.maxEntries("instantMessaging.mailboxServers")).isEqualTo(100);
        assertThat(PlanRules.maxEntries("instantMessaging.clientAccessServers")).isEqualTo(100);
        assertThat(PlanRules.maxEntries("trustedPool.poolComputers")).isEqualTo(100);
        assertThat(PlanRules.maxEntries("trustedPool.sipUriDialPlans")).isEqualTo(50);
        assertThat(PlanRules.maxEntries("mailboxPolicy.policies")).isEqualTo(50);
    }

    @Test
    void aLongValueIsQuotedBackCutShort() {
        String host = "x".repeat(300) + ".litwareinc.com";
        PlanCheck check = PlanRules.check(withIm(i -> im(List.of(host), null, i.certificateThumbprint(), i.imServerName())));
        assertThat(check.errors()).containsExactly(PlanIssue.of("instantMessaging.mailboxServers[0]", "hostname.tooLong",
                "x".repeat(PlanRules.SHOWN_MAX) + "\u2026"));
        assertThat(PlanRules.shown("short.example.com")).isEqualTo("short.example.com");
    }

    @Test
    void readingErrorsStillSilenceTheRulesForTheirOwnValuesOnly() {
        // 30,000 reading errors (as PlanJson reports them) under other paths, and three that matter.
        List<PlanIssue> readErrors = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            readErrors.add(PlanIssue.of("trustedPool.unknown" + i, "field.unknown"));
        }
        readErrors.add(PlanIssue.of("instantMessaging.mailboxServers[1]", "type.string"));
        readErrors.add(PlanIssue.of("trustedPool.port", "type.integer"));
        readErrors.add(PlanIssue.of("instantMessaging.certificateThumbprint", "type.string"));
        List<String> servers = new ArrayList<>(List.of("-bad-", "ignored", "-bad-"));
        servers.set(1, null);
        PlanCheck check = PlanRules.check(withIm(i -> im(servers, null, null, i.imServerName())), readErrors);
        assertThat(check.errors()).hasSize(30_005);
        assertThat(codesAt(check, "instantMessaging.mailboxServers[0]")).containsExactly("hostname.invalid");
        assertThat(codesAt(check, "instantMessaging.mailboxServers[1]")).containsExactly("type.string");
        assertThat(codesAt(check, "instantMessaging.mailboxServers[2]")).containsExactly("hostname.invalid");
        // A failed list entry or value keeps its list and the value itself from a second error.
        assertThat(codesAt(check, "instantMessaging.mailboxServers")).isEmpty();
        assertThat(codesAt(check, "trustedPool.port")).containsExactly("type.integer");
        assertThat(codesAt(check, "instantMessaging.certificateThumbprint")).containsExactly("type.string");
    }

    @Test
    void onlyTheFirstErrorsAreReportedAndTheOthersCounted() {
        List<PlanIssue> errors = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            errors.add(PlanIssue.of("x" + i, "field.unknown"));
        }
        PlanCheck many = new PlanCheck(null, errors, List.of());
        assertThat(many.reportedErrors()).hasSize(PlanCheck.ERRORS_REPORTED).isEqualTo(errors.subList(0, 100));
        assertThat(many.omittedErrors()).isEqualTo(150);
        PlanCheck exactly = new PlanCheck(null, errors.subList(0, 100), List.of());
        assertThat(exactly.reportedErrors()).hasSize(100);
        assertThat(exactly.omittedErrors()).isZero();
        assertThat(new PlanCheck(null, List.of(), List.of()).omittedErrors()).isZero();
    }
}
