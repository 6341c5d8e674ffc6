package org.lyncowa.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanJson;
import org.springframework.mock.web.MockHttpSession;

/** Test fixtures: the example plans, wizard states answered up to a step, sessions holding them. */
public final class TestPlans {

    public static final String LITWARE = "litwareinc";
    public static final String EXCHANGE_2010 = "exchange2010-limited";
    public static final String COLOCATED = "colocated-um";
    public static final String DISABLE = "disable-im";
    public static final String[] PRESETS = {LITWARE, EXCHANGE_2010, COLOCATED, DISABLE};
    /** Plan format version 2 test plans (src/test/resources/plans), not presets: certificates per server (P-9.2). */
    public static final String PER_SERVER = "litware-certificates-per-server";
    /** The shared Skype for Business 2019 + Exchange 2019 example: read, but enabling IM is refused until P-8's scripts exist. */
    public static final String TAILSPIN = "tailspin-skype2019-exchange2019";

    private TestPlans() {
    }

    /** A preset, or else a test plan of src/test/resources/plans. */
    public static byte[] presetBytes(String name) {
        InputStream preset = TestPlans.class.getResourceAsStream("/presets/" + name + ".lyncowa.json");
        try (InputStream in = preset != null ? preset
                : TestPlans.class.getResourceAsStream("/plans/" + name + ".lyncowa.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset, read and normalised by the rules (it must be valid). */
    public static Plan preset(String name) {
        try {
            PlanCheck check = PlanJson.read(presetBytes(name));
            if (!check.valid()) {
                throw new IllegalStateException(name + ": " + check.errors());
            }
            return check.plan();
        } catch (PlanJson.NotJsonException e) {
            throw new IllegalStateException(e);
        }
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
        if (step.ordinal() > Step.COMPATIBILITY.ordinal()) {
            state.saveCompatibility(plan.title(), plan.compatibility());
        }
        if (step.ordinal() > Step.TRUSTED_POOL.ordinal()) {
            state.saveTrustedPool(plan.trustedPool());
        }
        if (step.ordinal() > Step.INSTANT_MESSAGING.ordinal()) {
            state.saveInstantMessaging(plan.instantMessaging());
        }
        if (step.ordinal() > Step.MAILBOX_POLICY.ordinal() && plan.enablesIm()) {
            state.saveMailboxPolicy(plan.mailboxPolicy());
        }
        return state;
    }

    public static MockHttpSession session(WizardState state) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(WizardSession.ATTRIBUTE, state);
        return session;
    }

    public static WizardState stateOf(MockHttpSession session) {
        return (WizardState) session.getAttribute(WizardSession.ATTRIBUTE);
    }
}
