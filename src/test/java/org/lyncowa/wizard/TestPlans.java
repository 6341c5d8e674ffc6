package org.lyncowa.wizard;


import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.support.TestPresets;
import org.springframework.mock.web.MockHttpSession;

/** Test fixtures: the example plans (from {@link TestPresets}), wizard states answered up to a step, sessions holding them. */
public final class TestPlans {

    public static final String LITWARE = TestPresets.LITWARE;
    public static final String EXCHANGE_2010 = TestPresets.EXCHANGE_2010;
    public static final String COLOCATED = TestPresets.COLOCATED;
    public static final String DISABLE = TestPresets.DISABLE;
    public static final String[] PRESETS = {LITWARE, EXCHANGE_2010, COLOCATED, DISABLE};
    /** Plan format version 2 test plans (src/test/resources/plans), not presets: certificates per server (P-9.2). */
    public static final String PER_SERVER = TestPresets.PER_SERVER;
    /** The shared Skype for Business 2019 + Exchange 2019 example: read, but enabling IM is refused until P-8's scripts exist. */
    public static final String TAILSPIN = "tailspin-skype2019-exchange2019";

    private TestPlans() {
    }

    /** A preset, or else a test plan of src/test/resources/plans: {@link TestPresets#bytes}. */
    public static byte[] presetBytes(String name) {
        return TestPresets.bytes(name);
    }

    /** The preset as the app loads it, or else a test plan: {@link TestPresets#plan}, the tests' one fixture. */
    public static Plan preset(String name) {
        return TestPresets.plan(name);
    }

    /** A state with every step of the preset answered, as an import leaves it. */
    public static WizardState complete(String name) {
        WizardState state = new WizardState();
        state.replaceWith(preset(name));
        return state;
    }

    /** A state where the steps before {@code step} are answered from the preset, and nothing else. */
    public static WizardState answeredBefore(Step step, String name) {
        Plan plan = preset(name);
        WizardState state = new WizardState();
        for (Step earlier : Step.values()) {
            if (earlier.ordinal() >= step.ordinal() || earlier == Step.VERIFICATION
                    || earlier == Step.MAILBOX_POLICY && !plan.enablesIm()) {
                continue;
            }
            state.save(earlier, plan);
        }
        return state;
    }

    /** Saves one section as its step's answer, the other sections as they are. */
    public static void save(WizardState state, Object section) {
        Plan p = state.plan();
        if (section instanceof Compatibility c) {
            state.save(Step.COMPATIBILITY, new Plan(p.title(), c, null, null, null));
        } else if (section instanceof TrustedPool t) {
            state.save(Step.TRUSTED_POOL, new Plan(null, null, t, null, null));
        } else if (section instanceof InstantMessaging im) {
            state.save(Step.INSTANT_MESSAGING, new Plan(null, null, null, im, null));
        } else if (section instanceof MailboxPolicy m) {
            state.save(Step.MAILBOX_POLICY, new Plan(null, null, null, null, m));
        } else {
            throw new IllegalArgumentException(String.valueOf(section));
        }
    }

    /** A session holding the state as the app stores it. */
    public static MockHttpSession session(WizardState state) {
        MockHttpSession session = new MockHttpSession();
        WizardSession.write(session, state);
        return session;
    }

    public static WizardState stateOf(MockHttpSession session) {
        return WizardSession.read(session).orElse(null);
    }
}
