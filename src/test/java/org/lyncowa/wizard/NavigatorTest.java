package org.lyncowa.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.TrustedPool;

class NavigatorTest {

    private final Navigator navigator = new Navigator();

    @Nested
    class Journey {

        @Test
        void allFiveStepsWhileImIsUnanswered() {
            assertThat(navigator.journey(new WizardState())).containsExactly(Step.values());
        }

        @Test
        void disablingImSkipsTheMailboxPolicyStep() {
            WizardState state = TestPlans.answeredBefore(Step.INSTANT_MESSAGING, TestPlans.LITWARE);
            TestPlans.save(state, InstantMessaging.disable());

            assertThat(navigator.journey(state)).containsExactly(Step.COMPATIBILITY, Step.TRUSTED_POOL,
                    Step.INSTANT_MESSAGING, Step.VERIFICATION);
            assertThat(navigator.next(Step.INSTANT_MESSAGING, false, state)).isEqualTo(Step.Paths.VERIFICATION);
            assertThat(navigator.back(Step.VERIFICATION, false, state)).isEqualTo(Step.Paths.INSTANT_MESSAGING);
        }

        @Test
        void coLocatedUmStillVisitsThePoolPageAndSkipsNothingElse() {
            WizardState state = TestPlans.answeredBefore(Step.TRUSTED_POOL, TestPlans.LITWARE);
            TestPlans.save(state, TrustedPool.colocated());

            assertThat(navigator.journey(state)).containsExactly(Step.values());
            assertThat(navigator.next(Step.TRUSTED_POOL, false, state)).isEqualTo(Step.Paths.INSTANT_MESSAGING);
        }
    }

    @Nested
    class NormalMode {

        @Test
        void eachStepLeadsToTheNextAndTheLastToCheckAnswers() {
            WizardState state = TestPlans.complete(TestPlans.LITWARE);
            List<String> next = List.of(
                    navigator.next(Step.COMPATIBILITY, false, state),
                    navigator.next(Step.TRUSTED_POOL, false, state),
                    navigator.next(Step.INSTANT_MESSAGING, false, state),
                    navigator.next(Step.MAILBOX_POLICY, false, state),
                    navigator.next(Step.VERIFICATION, false, state));
            assertThat(next).containsExactly(Step.Paths.TRUSTED_POOL, Step.Paths.INSTANT_MESSAGING,
                    Step.Paths.MAILBOX_POLICY, Step.Paths.VERIFICATION, Navigator.CHECK_ANSWERS);
        }

        @Test
        void backLinksGoToThePreviousStepAndFromTheFirstToTheStartPage() {
            WizardState state = TestPlans.complete(TestPlans.LITWARE);
            assertThat(navigator.back(Step.COMPATIBILITY, false, state)).isEqualTo(Navigator.START);
            assertThat(navigator.back(Step.MAILBOX_POLICY, false, state)).isEqualTo(Step.Paths.INSTANT_MESSAGING);
        }
    }

    @Nested
    class Reachability {

        @Test
        void aLaterStepRedirectsToTheFirstUnansweredOne() {
            WizardState state = TestPlans.answeredBefore(Step.TRUSTED_POOL, TestPlans.LITWARE);

            assertThat(navigator.redirectIfUnreachable(Step.MAILBOX_POLICY, state)).contains(Step.Paths.TRUSTED_POOL);
            assertThat(navigator.redirectIfUnreachable(Step.TRUSTED_POOL, state)).isEmpty();
            assertThat(navigator.redirectIfUnreachable(Step.COMPATIBILITY, state)).isEmpty();
        }

        @Test
        void nothingAnsweredMeansTheFirstStep() {
            assertThat(navigator.firstUnanswered(new WizardState())).contains(Step.COMPATIBILITY);
            assertThat(navigator.redirectIfUnreachable(Step.VERIFICATION, new WizardState()))
                    .contains(Step.Paths.COMPATIBILITY);
        }

        @Test
        void theMailboxPolicyStepDoesNotApplyWhenImIsDisabled() {
            WizardState state = TestPlans.complete(TestPlans.DISABLE);
            assertThat(navigator.redirectIfUnreachable(Step.MAILBOX_POLICY, state)).contains(Navigator.CHECK_ANSWERS);
        }

        @Test
        void checkAnswersNeedsEveryApplicableStep() {
            WizardState state = TestPlans.answeredBefore(Step.VERIFICATION, TestPlans.LITWARE);
            assertThat(navigator.redirectIfIncomplete(state)).contains(Step.Paths.VERIFICATION);
            state.markVerificationSeen();
            assertThat(navigator.redirectIfIncomplete(state)).isEmpty();
        }
    }

    @Nested
    class ChangeMode {

        @Test
        void returnsToCheckAnswersWhenNothingElseIsNeeded() {
            WizardState state = TestPlans.complete(TestPlans.LITWARE);
            assertThat(navigator.next(Step.TRUSTED_POOL, true, state)).isEqualTo(Navigator.CHECK_ANSWERS);
            assertThat(navigator.back(Step.TRUSTED_POOL, true, state)).isEqualTo(Navigator.CHECK_ANSWERS);
        }

        @Test
        void goesOnToALaterStepThatNowNeedsAnAnswer() {
            Plan colocated = TestPlans.preset(TestPlans.COLOCATED);
            WizardState state = TestPlans.complete(TestPlans.COLOCATED);
            TestPlans.save(state, InstantMessaging.disable());
            TestPlans.save(state, colocated.instantMessaging());

            assertThat(navigator.next(Step.INSTANT_MESSAGING, true, state))
                    .isEqualTo(Step.Paths.MAILBOX_POLICY + "?change=true");
        }

        @Test
        void goesBackToAStepThatTheChangeMadeInvalid() {
            // Enabling IM while the runtime is unconfirmed (P-1.4) leaves the IM step unanswered.
            WizardState state = TestPlans.complete(TestPlans.DISABLE);
            TestPlans.save(state, TestPlans.preset(TestPlans.COLOCATED).instantMessaging());

            assertThat(navigator.next(Step.INSTANT_MESSAGING, true, state))
                    .isEqualTo(Step.Paths.INSTANT_MESSAGING + "?change=true");
        }

        @Test
        void changeLinksPointAtTheField() {
            assertThat(navigator.changeUrl(Step.TRUSTED_POOL, "siteId")).isEqualTo("/steps/trusted-pool?change=true#siteId");
        }
    }
}
