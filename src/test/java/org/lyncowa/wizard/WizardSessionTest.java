package org.lyncowa.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/** The session keeps the answers as plan-file JSON, so a journey in progress survives an upgrade. */
class WizardSessionTest {

    final WizardSession wizardSession = new WizardSession();

    static WizardState roundTrip(WizardState state) {
        return WizardSession.read(TestPlans.session(state)).orElseThrow();
    }

    @Nested
    class TheStateIsStoredAsText {

        @ParameterizedTest
        @ValueSource(strings = {TestPlans.LITWARE, TestPlans.EXCHANGE_2010, TestPlans.COLOCATED, TestPlans.DISABLE,
                TestPlans.PER_SERVER})
        void aCompletePlanReadsBackTheSame(String name) {
            WizardState state = TestPlans.complete(name);
            WizardState copy = roundTrip(state);
            assertThat(copy.plan()).isEqualTo(state.plan());
            assertThat(copy.completeSteps()).isEqualTo(state.completeSteps());
        }

        @ParameterizedTest
        @EnumSource(Step.class)
        void aJourneyInProgressReadsBackTheSame(Step step) {
            WizardState state = TestPlans.answeredBefore(step, TestPlans.LITWARE);
            WizardState copy = roundTrip(state);
            assertThat(copy.plan()).isEqualTo(state.plan());
            assertThat(copy.completeSteps()).isEqualTo(state.completeSteps());
        }

        @Test
        void exampleDataStaysMarked() {
            WizardState state = new WizardState();
            state.loadExample(TestPlans.preset(TestPlans.COLOCATED));
            assertThat(roundTrip(state).isExample()).isTrue();
            assertThat(roundTrip(TestPlans.complete(TestPlans.COLOCATED)).isExample()).isFalse();
        }

        @Test
        void theAttributeIsAStringWithThePlanFileAndItsVersion() {
            Object stored = TestPlans.session(TestPlans.complete(TestPlans.LITWARE)).getAttribute(WizardSession.ATTRIBUTE);
            assertThat(stored).isInstanceOf(String.class);
            assertThat((String) stored).contains("\"format\":\"lync-owa-plan\"").contains("\"version\":2");
        }
    }

    /** The state is parsed once per request (issue 17), and never goes stale or is shared. */
    @Nested
    class OneRequestReadsTheStateOnce {

        private MockHttpServletRequest request(MockHttpSession session) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setSession(session);
            return request;
        }

        @Test
        void aSecondReadGivesAStateOfItsOwn() {
            MockHttpServletRequest request = request(
                    TestPlans.session(TestPlans.answeredBefore(Step.MAILBOX_POLICY, TestPlans.LITWARE)));

            WizardState first = wizardSession.require(request);
            first.markVerificationSeen();
            WizardState second = wizardSession.require(request);

            assertThat(second).isNotSameAs(first);
            assertThat(second.plan()).isEqualTo(first.plan());
            // A change not saved stays with the state it was made on.
            assertThat(second.isComplete(Step.VERIFICATION)).isFalse();
        }

        @Test
        void anotherTextInTheSessionIsReadAnew() {
            MockHttpSession session = TestPlans.session(TestPlans.answeredBefore(Step.MAILBOX_POLICY, TestPlans.LITWARE));
            MockHttpServletRequest request = request(session);
            assertThat(wizardSession.require(request).isComplete(Step.MAILBOX_POLICY)).isFalse();

            WizardSession.write(session, TestPlans.complete(TestPlans.COLOCATED));

            WizardState read = wizardSession.require(request);
            assertThat(read.plan()).isEqualTo(TestPlans.complete(TestPlans.COLOCATED).plan());
            assertThat(read.isComplete(Step.MAILBOX_POLICY)).isTrue();
        }

        @Test
        void aSavedStateIsWhatTheNextReadGives() {
            MockHttpServletRequest request = request(TestPlans.session(new WizardState()));
            WizardState state = wizardSession.require(request);
            state.loadExample(TestPlans.preset(TestPlans.LITWARE));
            wizardSession.save(request, state);
            state.startDraft(TestPlans.preset(TestPlans.COLOCATED));

            WizardState read = wizardSession.require(request);
            assertThat(read.isExample()).isTrue();
            assertThat(read.plan()).isEqualTo(TestPlans.preset(TestPlans.LITWARE));
            assertThat(read.completeSteps()).isNotEmpty()
                    .isEqualTo(WizardSession.read(request.getSession(false)).orElseThrow().completeSteps());
        }
    }

    @Nested
    class AStateStoredByAnOlderRelease {

        /** A journey stored with a version 1 plan (the presets are version 1 files) is read into the current model. */
        @Test
        void aVersion1PlanIsReadIntoTheCurrentModel() {
            String v1 = new String(TestPlans.presetBytes(TestPlans.LITWARE), StandardCharsets.UTF_8);
            assertThat(v1).contains("\"version\": 1");
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(WizardSession.ATTRIBUTE,
                    "{\"steps\":[\"COMPATIBILITY\",\"TRUSTED_POOL\"],\"example\":false,\"plan\":" + v1 + "}");
            WizardState state = WizardSession.read(session).orElseThrow();
            assertThat(state.plan()).isEqualTo(TestPlans.preset(TestPlans.LITWARE));
            assertThat(state.completeSteps()).containsExactly(Step.COMPATIBILITY, Step.TRUSTED_POOL);
        }

        /**
         * Before the JSON form the state was a Java-serialised WizardState (the bytes below were
         * written by that release, for a journey answered up to the mailbox-policy step). Its classes
         * changed, so the bytes no longer deserialise: the session store's converter fails on read,
         * and the app ends the session and sends the person to the recovery page, never a 500.
         */
        @Test
        void aJavaSerialisedStateOfThePreviousReleaseIsDroppedAndTheRequestGoesToRecovery() throws Exception {
            byte[] stored;
            try (var in = getClass().getResourceAsStream("/sessions/wizard-state-java-serialised.bin")) {
                stored = in.readAllBytes();
            }
            // What Spring Session JDBC does with ATTRIBUTE_BYTES when the attribute is read.
            DeserializingConverter storeReads = new DeserializingConverter();
            MockHttpSession session = new MockHttpSession() {
                @Override
                public Object getAttribute(String name) {
                    Object value = super.getAttribute(name);
                    return value instanceof byte[] bytes ? storeReads.convert(bytes) : value;
                }
            };
            session.setAttribute(WizardSession.LEGACY_ATTRIBUTE, stored);
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setSession(session);

            assertThatThrownBy(() -> storeReads.convert(stored)).isInstanceOf(SerializationFailedException.class);
            assertThat(wizardSession.find(request)).isEmpty();
            assertThat(WizardSession.expired(request)).isTrue();
            assertThat(session.isInvalid()).isTrue();
        }

        @Test
        void aDamagedStateIsDroppedAndTheRequestGoesToRecovery() {
            MockHttpServletRequest request = new MockHttpServletRequest();
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(WizardSession.ATTRIBUTE, "{\"steps\":[\"NO_SUCH_STEP\"],\"plan\":{}}");
            request.setSession(session);

            assertThat(wizardSession.find(request)).isEmpty();
            assertThat(WizardSession.expired(request)).isTrue();
            assertThat(session.isInvalid()).isTrue();
        }

        @Test
        void noStateAtAllIsNotALostSession() {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setSession(new MockHttpSession());
            assertThat(wizardSession.find(request)).isEmpty();
            assertThat(WizardSession.expired(request)).isFalse();
        }
    }
}
