package org.lyncowa.wizard.renewal;

import java.util.List;

/**
 * The renewal page as typed: the organisation's new thumbprint, or one per server in the order the
 * plan lists its servers (Mailbox servers; Client Access servers for Exchange 2010). Values are
 * normalised and checked by the plan's rules (P-3.4), never here.
 */
public record RenewalForm(String certificateThumbprint, List<String> serverThumbprints) {

    public RenewalForm {
        serverThumbprints = serverThumbprints == null ? List.of() : List.copyOf(serverThumbprints.stream()
                .map(v -> v == null ? "" : v).toList());
    }

    static RenewalForm empty() {
        return new RenewalForm("", List.of());
    }

    /** What was typed for the server at this index of the plan's list; blank when nothing came. */
    String forServer(int index) {
        return index < serverThumbprints.size() ? serverThumbprints.get(index) : "";
    }
}
