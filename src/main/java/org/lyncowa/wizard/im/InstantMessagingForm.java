package org.lyncowa.wizard.im;

import java.util.List;

import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.wizard.FormValues;
import org.lyncowa.wizard.Lines;

/** The instant-messaging page as typed; server lists are one host name per line. */
public record InstantMessagingForm(String mode, String mailboxServers, String clientAccessServers,
        String certificateThumbprint, String imServerName) {

    /**
     * Pre-fills a saved answer, or for a first visit the IM server name from the registrar pool,
     * which is what P-3.3 says it must be.
     */
    static InstantMessagingForm from(InstantMessaging answer, TrustedPool pool) {
        if (answer == null) {
            String registrar = pool != null && pool.createsPool() ? FormValues.text(pool.registrarPoolFqdn()) : "";
            return new InstantMessagingForm("", "", "", "", registrar);
        }
        return new InstantMessagingForm(FormValues.text(answer.mode()), Lines.join(answer.mailboxServers()),
                Lines.join(answer.clientAccessServers()), FormValues.text(answer.certificateThumbprint()),
                FormValues.text(answer.imServerName()));
    }

    InstantMessaging toAnswer(boolean exchange2010, List<PlanIssue> readErrors) {
        ImMode chosen = FormValues.enumValue(mode, ImMode.class, "instantMessaging.mode", readErrors);
        if (chosen == ImMode.DISABLE) {
            // P-3.8: nothing else is configured, so the other fields no longer apply.
            return InstantMessaging.disable();
        }
        // Exchange 2010 has no Mailbox-server settings (P-7.4); the page does not ask for them.
        List<String> mailbox = exchange2010 ? List.of() : Lines.split(mailboxServers);
        return new InstantMessaging(chosen, mailbox, Lines.split(clientAccessServers), certificateThumbprint,
                imServerName);
    }
}
