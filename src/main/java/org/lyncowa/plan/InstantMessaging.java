package org.lyncowa.plan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 3 answers (P-3, P-7.4). Certificates (plan format version 2, P-9.2): {@code certificateSource} says
 * whether the plan names thumbprints or each server's IIS certificate is taken; {@code certificateThumbprint}
 * is the thumbprint every server uses unless {@code certificates} (server host name to thumbprint, in the
 * order given) names another one for it.
 */
public record InstantMessaging(
        ImMode mode,
        List<String> mailboxServers,
        List<String> clientAccessServers,
        CertificateSource certificateSource,
        String certificateThumbprint,
        Map<String, String> certificates,
        String imServerName) implements Serializable {

    public InstantMessaging {
        mailboxServers = Lists.copyOrEmpty(mailboxServers);
        clientAccessServers = Lists.copyOrEmpty(clientAccessServers);
        certificateSource = certificateSource == null ? CertificateSource.THUMBPRINT : certificateSource;
        certificates = certificates == null || certificates.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(certificates));
    }

    /** A version 1 shape: one thumbprint for every server. */
    public InstantMessaging(ImMode mode, List<String> mailboxServers, List<String> clientAccessServers,
            String certificateThumbprint, String imServerName) {
        this(mode, mailboxServers, clientAccessServers, CertificateSource.THUMBPRINT, certificateThumbprint,
                Map.of(), imServerName);
    }

    public boolean enables() {
        return mode == ImMode.ENABLE;
    }

    /** The thumbprint the plan names for this server: its own entry, else the shared one (null for IIS). */
    public String thumbprintFor(String server) {
        if (certificateSource == CertificateSource.IIS) {
            return null;
        }
        String own = server == null ? null : certificates.get(server);
        return own != null ? own : certificateThumbprint;
    }

    public static InstantMessaging disable() {
        return new InstantMessaging(ImMode.DISABLE, List.of(), List.of(), null, null);
    }
}
