package org.lyncowa.wizard.preview;

import java.util.ArrayList;
import java.util.List;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.script.PsQuote;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns one step's checked answers into the commands the generated scripts run for them, written
 * out with the values in place so a trainer can show what each answer does. The scripts hold the
 * same values in variables; here every value is a {@link PsQuote#literal}, exactly as the scripts'
 * parameter lines quote it, and the port is the validated integer. Only answers that pass the
 * rules are shown: anything else gets the "fix the errors" note, so a half-typed or hostile value
 * never appears as if it were runnable. {@code PreviewInScriptTest} holds every line to the generated
 * scripts: each is a script line with the plan's values in place of the variables that hold them.
 */
@Component
public class StepPreview {

    public static final String MODEL = "preview";
    /** The fragment the preview endpoints answer with (the same one the step pages include). */
    public static final String FRAGMENT = "fragments/preview :: commands";

    static final String UCMA_KEY = "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\MSExchange OWA\\InstantMessaging";
    static final String UCWEB_2010 = "ClientAccess\\Owa\\bin\\Microsoft.Rtc.UCWeb.dll";
    static final String IM_ENABLE = "-InstantMessagingEnabled $true -InstantMessagingType OCS";

    /** Adds the preview of this step (from the answers as checked) and its endpoint to the model. */
    public void show(Model model, Step step, StepCheck check) {
        model.addAttribute(MODEL, preview(step, check));
        // The verification page has nothing to type, so no endpoint to ask as one types.
        model.addAttribute("previewUrl", step == Step.VERIFICATION ? null : url(step));
    }

    public static String url(Step step) {
        return step.path() + "/preview";
    }

    public Preview preview(Step step, StepCheck check) {
        if (!check.valid()) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        Plan plan = check.plan();
        return switch (step) {
            case COMPATIBILITY -> compatibility(plan);
            case TRUSTED_POOL -> trustedPool(plan);
            case INSTANT_MESSAGING -> instantMessaging(plan);
            case MAILBOX_POLICY -> mailboxPolicy(plan.mailboxPolicy());
            case VERIFICATION -> verification(plan);
        };
    }

    /** P-1.4 (2013) and P-7.1 (2010): the registry value and the file it must point to. */
    private static Preview compatibility(Plan plan) {
        Compatibility c = plan.compatibility();
        if (c == null || c.exchangeServer() == null) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        if (c.exchangeServer().is2016OrLater()) {
            return Preview.note("preview.compatibility.unsupported");
        }
        if (plan.instantMessaging() != null && !plan.instantMessaging().enables()) {
            // Switching IM off needs no IM runtime: no script checks it then (P-3.8).
            return Preview.note("preview.none");
        }
        if (c.exchangeServer() == ExchangeServer.EXCHANGE_2010) {
            // P-7.1: the verification script looks for the file where Exchange 2010 installed OWA.
            return Preview.of(List.of(new Preview.Block("preview.compatibility.2010", List.of(
                    "$expected = Join-Path $installPath " + PsQuote.literal(UCWEB_2010),
                    "Test-Path -LiteralPath $expected -PathType Leaf"))));
        }
        List<String> lines = List.of(
                "$imKey = Get-ItemProperty -Path " + PsQuote.literal(UCMA_KEY) + " -ErrorAction SilentlyContinue",
                "$dllPath = [string]$imKey.ImplementationDLLPath",
                "Test-Path -LiteralPath $dllPath -PathType Leaf");
        return Preview.of(List.of(new Preview.Block("preview.compatibility.2013", lines)));
    }

    /** P-2.3, P-2.7, P-2.8, P-2.10 and P-7.3, in the order the trusted-pool script runs them. */
    private static Preview trustedPool(Plan plan) {
        TrustedPool pool = plan.trustedPool();
        if (pool == null || pool.umServicesColocated() == null) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        if (!pool.createsPool()) {
            return Preview.note("preview.pool.colocated");
        }
        String owaPool = PsQuote.literal(pool.owaPoolFqdn());
        List<String> computers = pool.poolComputers();
        String first = computers.isEmpty() ? pool.owaPoolFqdn() : computers.get(0);
        // The parameters as the script splats them (P-2.3; P-7.3 adds two for Exchange 2010).
        List<String> lines = new ArrayList<>();
        lines.add("$poolParameters = @{");
        lines.add("    Identity = " + owaPool);
        lines.add("    Registrar = " + PsQuote.literal(pool.registrarPoolFqdn()));
        lines.add("    Site = " + PsQuote.literal(pool.siteId()));
        if (plan.isExchange2010()) {
            lines.add("    ComputerFqdn = " + PsQuote.literal(first));
            lines.add("    ThrottleAsServer = $true");
            lines.add("    TreatAsAuthenticated = $true");
        }
        lines.add("    RequiresReplication = $false");
        lines.add("}");
        if (!plan.isExchange2010() && !first.equals(pool.owaPoolFqdn())) {
            lines.add("$poolParameters['ComputerFqdn'] = " + PsQuote.literal(first));
        }
        lines.add("New-CsTrustedApplicationPool @poolParameters");
        for (String extra : computers.size() > 1 ? computers.subList(1, computers.size()) : List.<String>of()) {
            lines.add("New-CsTrustedApplicationComputer -Identity " + PsQuote.literal(extra) + " -Pool " + owaPool);
        }
        lines.add("New-CsTrustedApplication -ApplicationId " + PsQuote.literal(pool.applicationId())
                + " -TrustedApplicationPoolFqdn " + owaPool + " -Port " + port(pool.port()));
        lines.add("Enable-CsTopology");
        // Dial plans only where Unified Messaging exists (P-8.4), as ScriptGenerator picks the scripts.
        if (plan.isExchange2010() || (plan.isExchange2016OrLater()
                && !plan.compatibility().exchangeServer().hasUnifiedMessagingQuestions())) {
            return Preview.of(List.of(new Preview.Block(lyncKey(plan, "preview.pool"), lines)));
        }
        return Preview.of(List.of(new Preview.Block(lyncKey(plan, "preview.pool"), lines),
                new Preview.Block("preview.pool.dialPlans", dialPlans(pool.sipUriDialPlans()))));
    }

    /** P-2.9 as the dial-plans script does it: add to each server's list, never replace it. */
    private static List<String> dialPlans(List<String> names) {
        List<String> lines = new ArrayList<>();
        if (names.isEmpty()) {
            lines.add("$sipDialPlans = @(Get-UMDialPlan | Where-Object { [string]$_.URIType -eq 'SipName' })");
        } else {
            lines.add("$DialPlanNames = @(" + String.join(", ", names.stream().map(PsQuote::literal).toList()) + ")");
        }
        lines.add("Set-UMService -Identity $server -DialPlans @{Add = $dialPlan.Identity}");
        lines.add("Set-UMCallRouterSettings -Server $server -DialPlans @{Add = $dialPlan.Identity}");
        return lines;
    }

    /** P-3.1, P-3.2, P-3.7 (Exchange 2013), P-7.4 (Exchange 2010) or P-3.8 (switching IM off). */
    private static Preview instantMessaging(Plan plan) {
        InstantMessaging im = plan.instantMessaging();
        if (im == null || im.mode() == null) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        if (!im.enables()) {
            return Preview.of(List.of(new Preview.Block("preview.im.disable",
                    List.of("Get-OwaVirtualDirectory | Set-OwaVirtualDirectory -InstantMessagingEnabled $false"))));
        }
        String server = PsQuote.literal(im.imServerName());
        boolean iis = im.certificateSource() == CertificateSource.IIS;
        if (plan.isExchange2010()) {
            List<String> lines = new ArrayList<>();
            for (String cas : im.clientAccessServers()) {
                String identity = cas.split("\\.", 2)[0] + "\\owa (Default Web Site)";
                String thumbprint = "$thumbprint";
                if (iis) {
                    // P-7.2, P-9.2: the IIS certificate of that Client Access server, found on it.
                    lines.add("$iis = @(" + iisCertificate(cas) + ")");
                    lines.add("$thumbprint = [string]$iis[0].Thumbprint");
                } else {
                    thumbprint = PsQuote.literal(im.thumbprintFor(cas));
                }
                lines.add("Set-OwaVirtualDirectory -Identity " + PsQuote.literal(identity) + " " + IM_ENABLE
                        + " -InstantMessagingServerName " + server + " -InstantMessagingCertificateThumbprint "
                        + thumbprint);
            }
            lines.add("iisreset /noforce");
            return Preview.of(List.of(new Preview.Block("preview.im.2010", lines)));
        }
        List<String> directories = new ArrayList<>();
        if (im.clientAccessServers().isEmpty()) {
            directories.add("Get-OwaVirtualDirectory | Set-OwaVirtualDirectory " + IM_ENABLE);
        } else {
            for (String cas : im.clientAccessServers()) {
                directories.add("Get-OwaVirtualDirectory -Server " + PsQuote.literal(cas)
                        + " | Set-OwaVirtualDirectory " + IM_ENABLE);
            }
        }
        List<String> recycle = List.of("$appcmd = Join-Path $env:windir 'System32\\inetsrv\\appcmd.exe'",
                "& $appcmd recycle apppool ('/apppool.name:' + 'MSExchangeOWAAppPool')");
        if (plan.isExchange2016OrLater()) {
            return settingOverride(im, directories, iis);
        }
        String imServerKey = "<add key=\"IMServerName\" value=\"" + xml(im.imServerName()) + "\"/>";
        if (iis || !im.certificates().isEmpty()) {
            // P-9.2: a certificate per server; each web.config gets its own server's thumbprint.
            List<String> certificates = new ArrayList<>();
            for (String mailbox : im.mailboxServers()) {
                certificates.add(iis ? iisCertificate(mailbox) : "Get-ExchangeCertificate -Server "
                        + PsQuote.literal(mailbox) + " -Thumbprint " + PsQuote.literal(im.thumbprintFor(mailbox)));
            }
            return Preview.of(List.of(new Preview.Block("preview.im.directories", directories),
                    new Preview.Block(iis ? "preview.im.certificatesIis" : "preview.im.certificates", certificates),
                    new Preview.Block("preview.im.values", List.of("$ImServerName = " + server)),
                    new Preview.Block("preview.im.webConfigPerServer", List.of(imServerKey)),
                    new Preview.Block("preview.im.recycle", recycle)));
        }
        // web.config holds XML, not PowerShell: the values are shown as the script's XML writer stores them.
        List<String> keys = List.of(
                "<add key=\"IMCertificateThumbprint\" value=\"" + xml(im.certificateThumbprint()) + "\"/>",
                imServerKey);
        // The table the scripts take each server's thumbprint from (P-9.2), built as ScriptGenerator builds it.
        String table = im.mailboxServers().stream()
                .map(m -> PsQuote.literal(m) + " = " + PsQuote.literal(im.certificateThumbprint()))
                .collect(java.util.stream.Collectors.joining("; ", "@{ ", " }"));
        List<String> values = List.of("$Certificates = " + table, "$ImServerName = " + server);
        return Preview.of(List.of(new Preview.Block("preview.im.directories", directories),
                new Preview.Block("preview.im.values", values),
                new Preview.Block("preview.im.webConfig", keys),
                new Preview.Block("preview.im.recycle", recycle)));
    }

    /**
     * P-8.5 to P-8.7 (Exchange 2016 and later): the setting override instead of web.config, one for every
     * server (or one per server when their certificates differ), then each server reads it at once.
     */
    private static Preview settingOverride(InstantMessaging im, List<String> directories, boolean iis) {
        List<String> values = new ArrayList<>();
        if (!iis) {
            values.add("$Certificates = " + im.mailboxServers().stream()
                    .map(m -> PsQuote.literal(m) + " = " + PsQuote.literal(im.thumbprintFor(m)))
                    .collect(java.util.stream.Collectors.joining("; ", "@{ ", " }")));
        }
        values.add("$ImServerName = " + PsQuote.literal(im.imServerName()));
        values.add("$OverrideName = " + PsQuote.literal(im.settingOverrideName()));
        List<String> certificates = new ArrayList<>();
        List<String> refresh = new ArrayList<>();
        for (String mailbox : im.mailboxServers()) {
            certificates.add(iis ? iisCertificate(mailbox) : "Get-ExchangeCertificate -Server "
                    + PsQuote.literal(mailbox) + " -Thumbprint " + PsQuote.literal(im.thumbprintFor(mailbox)));
            refresh.add("Get-ExchangeDiagnosticInfo -Server " + PsQuote.literal(mailbox.split("\\.", 2)[0])
                    + " -Process Microsoft.Exchange.Directory.TopologyService -Component VariantConfiguration -Argument Refresh");
        }
        refresh.add("Restart-WebAppPool -Name 'MSExchangeOWAAppPool'");
        List<String> override = List.of(
                "$parameters = @(('IMServerName=' + $ImServerName), ('IMCertificateThumbprint=' + $override.Thumbprint))",
                "New-SettingOverride -Name " + PsQuote.literal(im.settingOverrideName())
                        + " -Component OwaServer -Section IMSettings -Parameters $parameters -Reason $Reason");
        return Preview.of(List.of(new Preview.Block("preview.im.directories", directories),
                new Preview.Block("preview.im.overrideValues", values),
                new Preview.Block(iis ? "preview.im.certificatesIis" : "preview.im.certificates", certificates),
                new Preview.Block("preview.im.settingOverride", override),
                new Preview.Block("preview.im.refresh", refresh)));
    }

    /** P-8.6: the Exchange certificate assigned to IIS on that server. */
    private static String iisCertificate(String server) {
        return "Get-ExchangeCertificate -Server " + PsQuote.literal(server)
                + " | Where-Object { [string]$_.Services -match 'IIS' }";
    }

    /** P-4.1 (Default or each named policy) and P-4.2 (all policies). */
    private static Preview mailboxPolicy(MailboxPolicy policy) {
        if (policy == null || policy.scope() == null) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        String settings = "-InstantMessagingEnabled $true -InstantMessagingType 'OCS'";
        List<String> lines = new ArrayList<>();
        if (policy.scope() == PolicyScope.ALL) {
            lines.add("Get-OwaMailboxPolicy | Set-OwaMailboxPolicy " + settings);
        } else {
            List<String> names = policy.scope() == PolicyScope.DEFAULT ? List.of("Default") : policy.policies();
            for (String name : names) {
                lines.add("Set-OwaMailboxPolicy -Identity " + PsQuote.literal(name) + " " + settings);
            }
        }
        return Preview.of(List.of(new Preview.Block("preview.policy", lines)));
    }

    /** P-5.2, P-5.3 and P-5.5: the read-only checks the verification script makes with these answers. */
    private static Preview verification(Plan plan) {
        // The verification step's check is the whole plan's (StepValidation): valid here means complete.
        if (plan.instantMessaging() == null
                || plan.compatibility().exchangeServer().is2016OrLater()) {
            return Preview.note(Preview.FIX_ERRORS);
        }
        InstantMessaging im = plan.instantMessaging();
        if (!im.enables()) {
            return Preview.note("preview.none");
        }
        List<Preview.Block> blocks = new ArrayList<>();
        if (!plan.isExchange2010()) {
            List<String> exchange = new ArrayList<>();
            for (String server : im.mailboxServers()) {
                exchange.add(im.certificateSource() == CertificateSource.IIS ? iisCertificate(server)
                        : "Get-ExchangeCertificate -Server " + PsQuote.literal(server) + " -Thumbprint "
                                + PsQuote.literal(im.thumbprintFor(server)));
            }
            blocks.add(new Preview.Block("preview.verify.exchange", exchange));
            blocks.add(new Preview.Block("preview.verify.events", List.of(
                    "Get-WinEvent -FilterHashtable @{ LogName = 'Application'; ProviderName = 'MSExchange OWA'; "
                            + "Id = 112, 75, 78, 83, 84, 88, 100, 101, 102, 103, 104, 105, 106 } -MaxEvents 50")));
        }
        if (plan.createsPool()) {
            blocks.add(new Preview.Block(lyncKey(plan, "preview.verify"), List.of(
                    "Get-CsTrustedApplicationPool -Identity " + PsQuote.literal(plan.trustedPool().owaPoolFqdn()),
                    "Get-CsSite | Where-Object { [string]$_.SiteId -eq " + PsQuote.literal(plan.trustedPool().siteId())
                            + " }")));
        }
        return blocks.isEmpty() ? Preview.note("preview.none") : Preview.of(blocks);
    }

    private static String port(Integer port) {
        if (port == null || port < 1 || port > 65535) {
            // The rules refuse such a port, so a valid check never gets here.
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return Integer.toString(port);
    }

    private static String xml(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    /** The label of a block run in the Lync or the Skype for Business Server Management Shell (P-8.1 names). */
    private static String lyncKey(Plan plan, String prefix) {
        return prefix + (plan.isSkypeForBusiness() ? ".skype" : ".lync");
    }
}
