package org.lyncowa.wizard.im;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanValues;
import org.lyncowa.plan.TrustedPool;

/**
 * The instant-messaging page as typed; server lists are one host name per line. Where the
 * certificates come from (P-9.2) is one of three page choices ({@link Certificates}); with a
 * certificate per server, {@code certificates} holds one line per server: its name, a space (or
 * {@code =}, {@code :}, a comma, a tab) and its thumbprint, which may itself contain spaces as the
 * Windows certificate window shows it.
 */
public record InstantMessagingForm(ImMode mode, List<String> mailboxServers, List<String> clientAccessServers,
        Certificates certificateSource, String certificateThumbprint, String certificates, String imServerName,
        String settingOverrideName) {

    /** The page's certificate choices; the plan says THUMBPRINT (with or without per-server entries) or IIS. */
    public enum Certificates {
        /** One certificate for every server: the shared thumbprint (the version 1 shape). */
        SHARED,
        /** A certificate per server: one line per server. */
        PER_SERVER,
        /** Each server's IIS certificate, found by the script. */
        IIS
    }

    private static final Pattern LINE = Pattern.compile("(\\S+?)[\\s=:,;]+(.*)");
    private static final String CERTIFICATES_PATH = "instantMessaging.certificates";

    /** The version 1 page: one shared thumbprint. */
    public InstantMessagingForm(ImMode mode, List<String> mailboxServers, List<String> clientAccessServers,
            String certificateThumbprint, String imServerName) {
        this(mode, mailboxServers, clientAccessServers, Certificates.SHARED, certificateThumbprint, "", imServerName,
                "");
    }

    /**
     * Pre-fills a saved answer, or for a first visit the IM server name from the registrar pool,
     * which is what P-3.3 says it must be. A plan with per-server thumbprints shows every server
     * of the list with the thumbprint it uses (its own, else the shared one), so the page says
     * exactly which certificate each server gets.
     */
    static InstantMessagingForm from(Plan saved) {
        return from(saved.instantMessaging(), saved.trustedPool(), saved.isExchange2010(),
                saved.isExchange2016OrLater());
    }

    static Plan applyTo(InstantMessagingForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(saved.title(), saved.compatibility(), saved.trustedPool(),
                form.toAnswer(saved.isExchange2010(), readErrors), saved.mailboxPolicy());
    }

    private static InstantMessagingForm from(InstantMessaging answer, TrustedPool pool, boolean exchange2010,
            boolean exchange2016OrLater) {
        InstantMessagingForm form = carriedForward(from(answer, pool, exchange2010), pool, exchange2010);
        if (exchange2016OrLater && form.settingOverrideName().isBlank()) {
            // P-8.5: the name the rules would give it, shown so that it can be kept or changed.
            return new InstantMessagingForm(form.mode(), form.mailboxServers(), form.clientAccessServers(),
                    form.certificateSource(), form.certificateThumbprint(), form.certificates(), form.imServerName(),
                    InstantMessaging.DEFAULT_SETTING_OVERRIDE_NAME);
        }
        return form;
    }

    /**
     * Defaults carried forward: the computers of the OWA pool given in step 2 (P-2.10, P-7.3) are the
     * Mailbox servers (Exchange 2010: the Client Access servers of the CAS array) this step asks for,
     * so an empty list here starts from them instead of being typed again.
     */
    private static InstantMessagingForm carriedForward(InstantMessagingForm form, TrustedPool pool, boolean exchange2010) {
        List<String> computers = pool != null && pool.createsPool() ? pool.poolComputers() : List.of();
        if (computers.isEmpty()) {
            return form;
        }
        List<String> servers = exchange2010 ? form.clientAccessServers() : form.mailboxServers();
        if (servers != null && !servers.isEmpty()) {
            return form;
        }
        return new InstantMessagingForm(form.mode(), exchange2010 ? form.mailboxServers() : List.copyOf(computers),
                exchange2010 ? List.copyOf(computers) : form.clientAccessServers(), form.certificateSource(),
                form.certificateThumbprint(), form.certificates(), form.imServerName(), form.settingOverrideName());
    }

    private static InstantMessagingForm from(InstantMessaging answer, TrustedPool pool, boolean exchange2010) {
        if (answer == null) {
            String registrar = pool != null && pool.createsPool() && pool.registrarPoolFqdn() != null
                    ? pool.registrarPoolFqdn() : "";
            return new InstantMessagingForm(null, List.of(), List.of(), "", registrar);
        }
        Certificates choice = answer.certificateSource() == CertificateSource.IIS ? Certificates.IIS
                : answer.certificates().isEmpty() ? Certificates.SHARED : Certificates.PER_SERVER;
        String lines = "";
        if (choice == Certificates.PER_SERVER) {
            List<String> servers = new ArrayList<>(exchange2010 ? answer.clientAccessServers() : answer.mailboxServers());
            answer.certificates().keySet().stream().filter(s -> !servers.contains(s)).forEach(servers::add);
            List<String> out = new ArrayList<>();
            for (String server : servers) {
                String thumbprint = answer.thumbprintFor(server);
                out.add(thumbprint == null ? server : server + " " + thumbprint);
            }
            lines = String.join("\n", out);
        }
        return new InstantMessagingForm(answer.mode(), answer.mailboxServers(), answer.clientAccessServers(), choice,
                choice == Certificates.PER_SERVER ? "" : text(answer.certificateThumbprint()), lines,
                text(answer.imServerName()), text(answer.settingOverrideName()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    InstantMessaging toAnswer(boolean exchange2010, List<PlanIssue> readErrors) {
        ImMode chosen = mode;
        if (chosen == ImMode.DISABLE) {
            readErrors.clear();
            // P-3.8: nothing else is configured, so the other fields no longer apply.
            return InstantMessaging.disable();
        }
        // Exchange 2010 has no Mailbox-server settings (P-7.4); the page does not ask for them.
        List<String> mailbox = exchange2010 || mailboxServers == null ? List.of() : mailboxServers;
        // Blank is the shared thumbprint (the only choice before plan version 2).
        Certificates choice = certificateSource == null ? Certificates.SHARED : certificateSource;
        CertificateSource source = choice == Certificates.IIS ? CertificateSource.IIS : CertificateSource.THUMBPRINT;
        String thumbprint = choice == null || choice == Certificates.SHARED ? certificateThumbprint : null;
        Map<String, String> perServer = choice == Certificates.PER_SERVER ? perServer(readErrors) : Map.of();
        return new InstantMessaging(chosen, mailbox, clientAccessServers == null ? List.of() : clientAccessServers,
                source, thumbprint, perServer,
                imServerName, settingOverrideName);
    }

    /** The lines of the per-server field; a line the page cannot read is reported with its number. */
    private Map<String, String> perServer(List<PlanIssue> readErrors) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = certificates == null ? new String[0] : certificates.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches() || m.group(2).isBlank()) {
                // Page only (a file has no lines): the line number in brackets, so that every other line is still checked.
                readErrors.add(PlanIssue.of(CERTIFICATES_PATH + "[" + (i + 1) + "]", "certificates.lineInvalid", i + 1));
                continue;
            }
            String server = m.group(1);
            if (out.containsKey(server)) {
                readErrors.add(PlanIssue.of(PlanValues.certificatePath(server), "list.duplicate", server));
                continue;
            }
            out.put(server, m.group(2));
        }
        if (out.isEmpty() && readErrors.stream().noneMatch(e -> e.path().startsWith(CERTIFICATES_PATH))) {
            readErrors.add(PlanIssue.of(CERTIFICATES_PATH, "required"));
        }
        return out;
    }
}
