package org.lyncowa.plan;

import java.io.Serializable;
import java.util.List;

/** Step 3 answers (P-3, P-7.4). */
public record InstantMessaging(
        ImMode mode,
        List<String> mailboxServers,
        List<String> clientAccessServers,
        String certificateThumbprint,
        String imServerName) implements Serializable {

    public InstantMessaging {
        mailboxServers = Lists.copyOrEmpty(mailboxServers);
        clientAccessServers = Lists.copyOrEmpty(clientAccessServers);
    }

    public boolean enables() {
        return mode == ImMode.ENABLE;
    }

    public static InstantMessaging disable() {
        return new InstantMessaging(ImMode.DISABLE, List.of(), List.of(), null, null);
    }
}
