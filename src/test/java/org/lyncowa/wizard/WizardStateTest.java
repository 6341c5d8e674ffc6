package org.lyncowa.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.TrustedPool;

class WizardStateTest {

    private final Plan litware = TestPlans.preset(TestPlans.LITWARE);

    @Test
    void disablingImDropsTheMailboxPolicyAnswer() {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);

        TestPlans.save(state, InstantMessaging.disable());

        assertThat(state.plan().mailboxPolicy()).isNull();
        assertThat(state.isComplete(Step.MAILBOX_POLICY)).isFalse();
        assertThat(state.isComplete(Step.VERIFICATION)).isTrue();
    }

    @Test
    void aCoLocatedAnswerMakesTheImServerNameFreeAgainAndKeepsImComplete() {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);

        TestPlans.save(state, TrustedPool.colocated());

        assertThat(state.plan().trustedPool().owaPoolFqdn()).isNull();
        assertThat(state.isComplete(Step.INSTANT_MESSAGING)).isTrue();
    }

    @Test
    void aNewRegistrarPoolMakesTheImStepIncompleteButKeepsItsValues() {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);
        TrustedPool pool = litware.trustedPool();

        TestPlans.save(state, new TrustedPool(false, pool.owaPoolFqdn(), "other-pool.litwareinc.com", pool.siteId(),
                pool.applicationId(), pool.port(), List.of(), List.of()));

        assertThat(state.isComplete(Step.INSTANT_MESSAGING)).isFalse();
        assertThat(state.plan().instantMessaging()).isEqualTo(litware.instantMessaging());
        assertThat(state.isComplete(Step.MAILBOX_POLICY)).isTrue();
    }

    @Test
    void unconfirmingTheRuntimeMakesAnEnabledImStepIncomplete() {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);

        TestPlans.save(state, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, false));

        assertThat(state.isComplete(Step.COMPATIBILITY)).isTrue();
        assertThat(state.isComplete(Step.INSTANT_MESSAGING)).isFalse();
    }

    @Test
    void switchingToExchange2010DropsMailboxServersAndAsksForClientAccessServers() {
        WizardState state = TestPlans.complete(TestPlans.LITWARE);

        TestPlans.save(state, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true));

        assertThat(state.plan().instantMessaging().mailboxServers()).isEmpty();
        assertThat(state.plan().instantMessaging().certificateThumbprint()).isEqualTo(litware.instantMessaging().certificateThumbprint());
        assertThat(state.isComplete(Step.INSTANT_MESSAGING)).isFalse();
    }

    @Test
    void switchingToExchange2010KeepsTheThumbprintsOfClientAccessServersOnly() {
        WizardState state = TestPlans.complete(TestPlans.PER_SERVER);
        var im = state.plan().instantMessaging();
        TestPlans.save(state, new org.lyncowa.plan.InstantMessaging(im.mode(), im.mailboxServers(),
                java.util.List.of("atl-mbx-002.litwareinc.com"), im.certificateSource(), null, im.certificates(),
                im.imServerName()));

        TestPlans.save(state, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true));

        assertThat(state.plan().instantMessaging().mailboxServers()).isEmpty();
        assertThat(state.plan().instantMessaging().certificates()).containsOnlyKeys("atl-mbx-002.litwareinc.com");
        assertThat(state.plan().instantMessaging().certificateSource()).isEqualTo(org.lyncowa.plan.CertificateSource.THUMBPRINT);
    }

    @Test
    void importReplacesEveryAnswerAndCompletesTheJourney() {
        WizardState state = TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.EXCHANGE_2010);

        state.replaceWith(litware);

        assertThat(state.plan()).isEqualTo(litware);
        for (Step step : Step.values()) {
            assertThat(state.isComplete(step)).as(step.name()).isTrue();
        }
    }
}
