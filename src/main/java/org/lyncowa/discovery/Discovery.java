package org.lyncowa.discovery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.lyncowa.plan.HostName;
import org.lyncowa.plan.PlainText;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.SiteId;
import org.lyncowa.plan.Thumbprint;

/**
 * What the {@code discover} script read on the customer's servers (docs/discovery-format.md, format
 * {@code lync-owa-discovery}, version 1). Hostile input: every string carries the rule of the plan field it
 * may become (host names, SiteId, thumbprint) or is plain text of bounded length, and every list has a bound
 * that the reader checks before it reads the entries. Host names are lower-cased and thumbprints normalised
 * as P-3.4 says before the rules run. Either part may be absent (the script writes one part at a time).
 */
public record Discovery(@PlainText(max = Discovery.TEXT) String generator, @Valid Lync lync, @Valid Exchange exchange) {

    public static final String FORMAT = "lync-owa-discovery";
    public static final int VERSION = 1;
    public static final String FILE_SUFFIX = ".discovery.json";

    /** Bounds of the format (docs/discovery-format.md "Limits"). */
    static final int TEXT = 256;
    static final int LONG_TEXT = 1024;
    static final int SERVERS = PlanRules.SERVERS_MAX;
    static final int ITEMS = 200;
    static final int SMALL = 20;

    /** The Lync Server / Skype for Business Server part (P-2, P-5.5), read in its Management Shell. */
    public record Lync(
            Instant discoveredAt,
            @HostName String computer,
            @PlainText(max = TEXT) String productVersion,
            @Size(max = ITEMS) List<@Valid Pool> pools,
            @Size(max = ITEMS) List<@Valid Site> sites,
            @Size(max = ITEMS) List<@Valid TrustedApplicationPool> trustedApplicationPools) {
        public Lync {
            computer = host(computer);
            pools = copy(pools);
            sites = copy(sites);
            trustedApplicationPools = copy(trustedApplicationPools);
        }
    }

    /** A pool of the topology ({@code Get-CsPool}): registrar is true when it runs the Registrar service. */
    public record Pool(
            @HostName String fqdn,
            @PlainText(max = TEXT) String site,
            Boolean registrar,
            @Size(max = SERVERS) List<@HostName String> computers) {
        public Pool {
            fqdn = host(fqdn);
            computers = hosts(computers);
        }
    }

    /** A site ({@code Get-CsSite}): its Identity ({@code Site:Redmond}), its SiteId and display name (P-2.6). */
    public record Site(
            @PlainText(max = TEXT) String identity,
            @SiteId String siteId,
            @PlainText(max = TEXT) String displayName) {
    }

    /** An existing trusted application pool with its computers and applications (P-2.3, P-2.7, P-9.4). */
    public record TrustedApplicationPool(
            @HostName String fqdn,
            @HostName String registrar,
            @PlainText(max = TEXT) String site,
            @Size(max = SERVERS) List<@HostName String> computers,
            @Size(max = ITEMS) List<@Valid TrustedApplication> applications) {
        public TrustedApplicationPool {
            fqdn = host(fqdn);
            registrar = host(registrar == null ? null : registrar.replaceFirst("(?i)^registrar:", ""));
            computers = hosts(computers);
            applications = copy(applications);
        }
    }

    /** A trusted application ({@code Get-CsTrustedApplication}). */
    public record TrustedApplication(
            @PlainText(max = TEXT) String applicationId,
            @Min(1) @Max(65535) Integer port) {
    }

    /** The Exchange part (P-1, P-3, P-4, P-8), read in the Exchange Management Shell. */
    public record Exchange(
            Instant discoveredAt,
            @HostName String computer,
            @Size(max = SERVERS) List<@Valid Server> servers,
            @Size(max = ITEMS) List<@Valid DialPlan> umDialPlans,
            @Size(max = ITEMS) List<@Valid OwaVirtualDirectory> owaVirtualDirectories,
            @Size(max = ITEMS) List<@Valid OwaMailboxPolicy> owaMailboxPolicies,
            @Size(max = ITEMS) List<@Valid SettingOverride> imSettingOverrides) {
        public Exchange {
            computer = host(computer);
            servers = copy(servers);
            umDialPlans = copy(umDialPlans);
            owaVirtualDirectories = copy(owaVirtualDirectories);
            owaMailboxPolicies = copy(owaMailboxPolicies);
            imSettingOverrides = copy(imSettingOverrides);
        }
    }

    /**
     * An Exchange server ({@code Get-ExchangeServer}): its version (P-9.6), roles, the certificates bound to
     * IIS on it (P-8.6, P-9.2), the UCMA registry value (P-1.4) and the dial plans its UM services serve (P-2.9).
     */
    public record Server(
            @PlainText(max = TEXT) String name,
            @HostName String fqdn,
            @PlainText(max = TEXT) String adminDisplayVersion,
            Boolean mailbox,
            Boolean clientAccess,
            @Size(max = SMALL) List<@Valid Certificate> iisCertificates,
            @PlainText(max = LONG_TEXT) String ucmaImplementationDllPath,
            Boolean ucmaDllExists,
            @Size(max = ITEMS) List<@PlainText(max = TEXT) String> umServiceDialPlans,
            @Size(max = ITEMS) List<@PlainText(max = TEXT) String> callRouterDialPlans) {
        public Server {
            fqdn = host(fqdn);
            iisCertificates = copy(iisCertificates);
            umServiceDialPlans = copy(umServiceDialPlans);
            callRouterDialPlans = copy(callRouterDialPlans);
        }

        /** The server's FQDN, or its name when the file gave no FQDN. */
        public String label() {
            return fqdn != null ? fqdn : name;
        }
    }

    /** A certificate ({@code Get-ExchangeCertificate}). */
    public record Certificate(
            @Thumbprint String thumbprint,
            @PlainText(max = LONG_TEXT) String subject,
            @Size(max = ITEMS) List<@PlainText(max = TEXT) String> domains,
            Instant notBefore,
            Instant notAfter,
            Boolean hasPrivateKey) {
        public Certificate {
            thumbprint = thumbprint == null ? null : org.lyncowa.plan.PlanValues.normaliseThumbprint(thumbprint);
            domains = copy(domains) .stream().map(d -> d == null ? null : d.trim().toLowerCase(Locale.ROOT)).toList();
        }

        /** The CN of the subject, lower-case, or null. */
        public String subjectName() {
            if (subject == null) {
                return null;
            }
            var m = java.util.regex.Pattern.compile("(?:^|,)\\s*CN=([^,]+)").matcher(subject);
            return m.find() ? m.group(1).trim().toLowerCase(Locale.ROOT) : null;
        }

        /** Whether the subject or a SAN entry names this host, a wildcard entry included (P-3.4). */
        public boolean names(String host) {
            if (host == null) {
                return false;
            }
            List<String> names = new java.util.ArrayList<>(domains);
            if (subjectName() != null) {
                names.add(subjectName());
            }
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                if (name.equals(host) || name.startsWith("*.") && host.endsWith(name.substring(1))
                        && host.indexOf('.') == host.length() - name.length() + 1) {
                    return true;
                }
            }
            return false;
        }

        public boolean wildcard() {
            return domains.stream().anyMatch(d -> d != null && d.startsWith("*"))
                    || subjectName() != null && subjectName().startsWith("*");
        }

        public boolean validAt(Instant when) {
            return notBefore != null && notAfter != null && !when.isBefore(notBefore) && !when.isAfter(notAfter);
        }
    }

    /** A UM dial plan of URI type SipName ({@code Get-UMDialPlan}, P-2.1, P-2.9). */
    public record DialPlan(@PlainText(max = TEXT) String name, @PlainText(max = TEXT) String uriType) {
    }

    /** An OWA virtual directory's IM settings (P-3.1). */
    public record OwaVirtualDirectory(
            @PlainText(max = LONG_TEXT) String identity,
            @PlainText(max = TEXT) String server,
            Boolean instantMessagingEnabled,
            @PlainText(max = TEXT) String instantMessagingType) {
    }

    /** An OWA mailbox policy's IM settings (P-4). */
    public record OwaMailboxPolicy(
            @PlainText(max = TEXT) String name,
            Boolean isDefault,
            Boolean instantMessagingEnabled,
            @PlainText(max = TEXT) String instantMessagingType) {
    }

    /** An IM setting override of Exchange 2016 and later (P-8.5, P-8.8). */
    public record SettingOverride(
            @PlainText(max = TEXT) String name,
            @PlainText(max = TEXT) String component,
            @PlainText(max = TEXT) String section,
            @Size(max = SERVERS) List<@PlainText(max = TEXT) String> servers,
            @Size(max = SMALL) List<@PlainText(max = LONG_TEXT) String> parameters) {
        public SettingOverride {
            servers = copy(servers);
            parameters = copy(parameters);
        }

        /** The value of one {@code Name=value} parameter, or null. */
        public String parameter(String key) {
            for (String p : parameters) {
                if (p != null && p.regionMatches(true, 0, key + "=", 0, key.length() + 1)) {
                    return p.substring(key.length() + 1).trim();
                }
            }
            return null;
        }
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    static String host(String host) {
        if (host == null) {
            return null;
        }
        String trimmed = host.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? null : trimmed;
    }

    static List<String> hosts(List<String> hosts) {
        return copy(hosts).stream().map(Discovery::host).toList();
    }
}
