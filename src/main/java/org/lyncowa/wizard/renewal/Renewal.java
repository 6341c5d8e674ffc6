package org.lyncowa.wizard.renewal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.wizard.Navigator;
import org.lyncowa.wizard.WizardState;

/**
 * What a renewal can do with the plan of a session, and the plan with the new thumbprint(s) in place.
 * A plan that names one thumbprint for every server gets one new value; a plan with certificates per
 * server (P-9.2) gets one per server, each server then named with its own (the shared value no longer
 * applies to any). A plan that takes each server's IIS certificate needs no new value: the same scripts
 * find the renewed certificate (P-8.6).
 *
 * @param kind  what the page offers
 * @param valid the checked plan (null unless the plan is complete and valid)
 */
record Renewal(Kind kind, ValidPlan valid) {

    enum Kind {
        /** No answers in this session: open a plan file. */
        NONE,
        /** Answers that are not complete or not valid: they cannot be renewed. */
        INCOMPLETE,
        /** The plan switches IM off (P-3.8): no certificate to renew. */
        NOT_ENABLED,
        /** Each server's IIS certificate (P-8.6): nothing to type. */
        IIS,
        /** One thumbprint for the organisation. */
        SHARED,
        /** A thumbprint per server (P-9.2). */
        PER_SERVER;

        /** Whether the renewal scripts can be made for this plan. */
        boolean scripts() {
            return this == IIS || this == SHARED || this == PER_SERVER;
        }

        /** Whether the page asks for new thumbprints. */
        boolean asks() {
            return this == SHARED || this == PER_SERVER;
        }
    }

    static Renewal of(Optional<WizardState> state, Navigator navigator) {
        if (state.isEmpty() || state.get().isEmpty()) {
            return new Renewal(Kind.NONE, null);
        }
        if (!navigator.allAnswered(state.get())) {
            return new Renewal(Kind.INCOMPLETE, null);
        }
        PlanCheck check = PlanRules.check(state.get().plan());
        if (!check.valid()) {
            return new Renewal(Kind.INCOMPLETE, null);
        }
        InstantMessaging im = check.plan().instantMessaging();
        if (!im.enables()) {
            return new Renewal(Kind.NOT_ENABLED, check.validPlan());
        }
        Kind kind = im.certificateSource() == CertificateSource.IIS ? Kind.IIS
                : im.certificates().isEmpty() ? Kind.SHARED : Kind.PER_SERVER;
        return new Renewal(kind, check.validPlan());
    }

    Plan plan() {
        return valid.plan();
    }

    /** The servers whose certificate the plan names (P-9.2): Mailbox servers, Client Access servers on 2010. */
    List<String> servers() {
        InstantMessaging im = plan().instantMessaging();
        return plan().isExchange2010() ? im.clientAccessServers() : im.mailboxServers();
    }

    /** The thumbprint the plan has now for the organisation (SHARED) or a server. */
    String current(String server) {
        return plan().instantMessaging().thumbprintFor(server);
    }

    String current() {
        return plan().instantMessaging().certificateThumbprint();
    }

    /** The page's field of a server's thumbprint, by its place in {@link #servers()}. */
    static String serverField(int index) {
        return "thumbprint-" + (index + 1);
    }

    /** The plan with the thumbprints as typed (the rules normalise and check them). */
    Plan renewed(RenewalForm form) {
        InstantMessaging im = plan().instantMessaging();
        String shared = null;
        Map<String, String> perServer = new LinkedHashMap<>();
        if (kind == Kind.SHARED) {
            shared = form.certificateThumbprint();
        } else {
            List<String> servers = servers();
            for (int i = 0; i < servers.size(); i++) {
                perServer.put(servers.get(i), form.forServer(i));
            }
        }
        InstantMessaging renewed = new InstantMessaging(im.mode(), im.mailboxServers(), im.clientAccessServers(),
                im.certificateSource(), shared, perServer, im.imServerName(), im.settingOverrideName());
        Plan p = plan();
        return new Plan(p.title(), p.compatibility(), p.trustedPool(), renewed, p.mailboxPolicy());
    }

    /**
     * Whether the renewed plan names a new certificate anywhere: a renewal that keeps every thumbprint
     * as it was is almost certainly the old value pasted again.
     */
    boolean changesSomething(Plan renewed) {
        InstantMessaging im = renewed.instantMessaging();
        List<String> unchanged = new ArrayList<>();
        for (String server : servers()) {
            String now = im.thumbprintFor(server);
            if (now != null && now.equals(current(server))) {
                unchanged.add(server);
            }
        }
        return unchanged.size() < servers().size();
    }
}
