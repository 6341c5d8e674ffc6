package org.lyncowa.plan;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/**
 * Step 3 answers (P-3, P-7.4). Certificates (plan format version 2, P-9.2): {@code certificateSource} says
 * whether the plan names thumbprints or each server's IIS certificate is taken; {@code certificateThumbprint}
 * is the thumbprint every server uses unless {@code certificates} (server host name to thumbprint, in the
 * order given) names another one for it. {@code settingOverrideName} (Exchange 2016 and later, P-8.5, P-8.8) is
 * the name of the Outlook on the web setting override; null for other versions.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstantMessaging(
        ImMode mode,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.SERVERS_MAX, groups = Bound.class)
        List<@HostName String> mailboxServers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.SERVERS_MAX, groups = Bound.class)
        List<@HostName String> clientAccessServers,
        CertificateSource certificateSource,
        @Thumbprint String certificateThumbprint,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = PlanRules.SERVERS_MAX, groups = Bound.class)
        Map<String, String> certificates,
        @HostName String imServerName,
        @PlainText(max = PlanRules.NAME_MAX) String settingOverrideName) implements Serializable {

    /** The name P-8.5's setting override gets when the plan names none. */
    public static final String DEFAULT_SETTING_OVERRIDE_NAME = "OWA IM integration";

    public InstantMessaging {
        mailboxServers = Lists.copyOrEmpty(mailboxServers);
        clientAccessServers = Lists.copyOrEmpty(clientAccessServers);
        certificateSource = certificateSource == null ? CertificateSource.THUMBPRINT : certificateSource;
        certificates = certificates == null || certificates.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(certificates));
    }

    /** Certificates per server without a setting override name (Exchange 2013 and 2010 plans). */
    public InstantMessaging(ImMode mode, List<String> mailboxServers, List<String> clientAccessServers,
            CertificateSource certificateSource, String certificateThumbprint, Map<String, String> certificates,
            String imServerName) {
        this(mode, mailboxServers, clientAccessServers, certificateSource, certificateThumbprint, certificates,
                imServerName, null);
    }

    /** A version 1 shape: one thumbprint for every server. */
    public InstantMessaging(ImMode mode, List<String> mailboxServers, List<String> clientAccessServers,
            String certificateThumbprint, String imServerName) {
        this(mode, mailboxServers, clientAccessServers, CertificateSource.THUMBPRINT, certificateThumbprint,
                Map.of(), imServerName, null);
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
