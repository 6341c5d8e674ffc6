package org.lyncowa.wizard;

import java.util.Map;

/**
 * "How to find this" for every question whose answer lives on a server: the read-only command that
 * shows it (the same in every language, so it is kept here rather than twice in the messages) and
 * an example value of the right shape. The words around them (which shell, what to take from the
 * output) are messages: {@code find.shell.<shell>} and {@code find.<field>.read}. Commands follow
 * docs/procedure.md where it names one (P-2.6 Get-CsSite, P-3.4/P-8.6 Get-ExchangeCertificate).
 * Templates ask {@code findCommands.of(field, exchange2010)} (a model attribute of {@link LayoutAdvice}).
 */
public final class FindCommands {

    /** The one instance: the table is fixed. */
    public static final FindCommands INSTANCE = new FindCommands();

    private FindCommands() {
    }

    /** {@code shell}: {@code lync} (Lync/Skype for Business Server Management Shell) or {@code exchange}. */
    public record Finder(String field, String shell, String command, String example) {
    }

    private static final String MAILBOX_SERVERS =
            "Get-ExchangeServer | Where-Object { $_.ServerRole -match 'Mailbox' } | Select-Object Name, Fqdn, AdminDisplayVersion";
    private static final String CLIENT_ACCESS_SERVERS =
            "Get-ExchangeServer | Where-Object { $_.ServerRole -match 'ClientAccess' } | Select-Object Name, Fqdn, AdminDisplayVersion";
    private static final String REGISTRAR_POOLS =
            "Get-CsPool | Where-Object { $_.Services -like 'Registrar:*' } | Select-Object Fqdn, Site";
    private static final String SIP_DIAL_PLANS =
            "Get-UMDialPlan | Where-Object { $_.URIType -eq 'SipName' } | Select-Object Name";
    private static final String THUMBPRINT = "EA5A332496CC05DA69B75B66111C0F78A110D22D";

    private static final Map<String, Finder> COMMON = Map.ofEntries(
            finder("umServicesColocated", "exchange",
                    "Get-ExchangeServer | Where-Object { $_.ServerRole -match 'Mailbox' -and $_.ServerRole -match 'ClientAccess' } | Select-Object Name, ServerRole\n"
                            + SIP_DIAL_PLANS + "\n"
                            + "Get-UMService | Select-Object Name, DialPlans",
                    null),
            finder("owaPoolFqdn", "exchange",
                    "Get-OwaVirtualDirectory | Select-Object Server, InternalUrl, ExternalUrl\n"
                            + "Get-ExchangeCertificate | Where-Object { $_.Services -match 'IIS' } | Select-Object Subject, CertificateDomains",
                    "atl-owa-001.litwareinc.com"),
            finder("registrarPoolFqdn", "lync", REGISTRAR_POOLS, "atl-cs-001.litwareinc.com"),
            // P-2.6: the SiteId column, not DisplayName, not Identity.
            finder("siteId", "lync", "Get-CsSite | Select-Object DisplayName, SiteID", "1"),
            finder("poolComputers", "exchange", MAILBOX_SERVERS, "atl-mbx-001.litwareinc.com"),
            finder("sipUriDialPlans", "exchange", SIP_DIAL_PLANS, "Litware SIP dial plan"),
            finder("mailboxServers", "exchange", MAILBOX_SERVERS, "atl-mbx-001.litwareinc.com"),
            finder("clientAccessServers", "exchange", CLIENT_ACCESS_SERVERS, "atl-cas-001.litwareinc.com"),
            // P-3.4, P-8.6: on the server itself; the one serving IIS on Exchange 2010 and 2016 and later.
            finder("certificateThumbprint", "exchange",
                    "Get-ExchangeCertificate | Format-List Thumbprint, Subject, CertificateDomains, Services, NotAfter, HasPrivateKey",
                    THUMBPRINT),
            finder("certificates", "exchange", certificatesOf("Mailbox"), "atl-mbx-001.litwareinc.com " + THUMBPRINT),
            finder("imServerName", "lync", REGISTRAR_POOLS, "atl-cs-001.litwareinc.com"),
            finder("settingOverrideName", "exchange",
                    "Get-SettingOverride | Select-Object Name, ComponentName, SectionName, Server", "OWA IM integration"),
            finder("policies", "exchange",
                    "Get-OwaMailboxPolicy | Select-Object Name, InstantMessagingEnabled, InstantMessagingType", "Default"));

    /** Exchange 2010: the certificates are those of the Client Access servers (P-7.2). */
    private static final Map<String, Finder> EXCHANGE_2010 = Map.of(
            "certificates", new Finder("certificates", "exchange", certificatesOf("ClientAccess"),
                    "atl-cas-001.litwareinc.com " + THUMBPRINT));

    /** The finder of a field, or null when its answer is not read from a server. */
    public Finder of(String field, boolean exchange2010) {
        if (exchange2010 && EXCHANGE_2010.containsKey(field)) {
            return EXCHANGE_2010.get(field);
        }
        return COMMON.get(field);
    }

    /** One line per server, in the form the certificates field takes: FQDN, a space, the IIS certificate's thumbprint. */
    private static String certificatesOf(String role) {
        return "Get-ExchangeServer | Where-Object { $_.ServerRole -match '" + role + "' } | ForEach-Object { $fqdn = $_.Fqdn; "
                + "Get-ExchangeCertificate -Server $_.Name | Where-Object { $_.Services -match 'IIS' } | "
                + "ForEach-Object { '{0} {1}' -f $fqdn, $_.Thumbprint } }";
    }

    private static Map.Entry<String, Finder> finder(String field, String shell, String command, String example) {
        return Map.entry(field, new Finder(field, shell, command, example));
    }
}
