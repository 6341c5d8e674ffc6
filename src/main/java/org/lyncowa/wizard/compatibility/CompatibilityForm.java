package org.lyncowa.wizard.compatibility;

import java.util.List;

import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.wizard.FormValues;

/** The compatibility page as typed; every field is text so any value is shown back exactly. */
public record CompatibilityForm(String title, String lyncServer, String exchangeServer, String ucmaRuntimeConfirmed) {

    static CompatibilityForm from(Plan saved) {
        return from(saved.title(), saved.compatibility());
    }

    static Plan applyTo(CompatibilityForm form, Plan saved, List<PlanIssue> readErrors) {
        return new Plan(form.title(), form.toAnswer(readErrors), saved.trustedPool(), saved.instantMessaging(),
                saved.mailboxPolicy());
    }

    private static CompatibilityForm from(String title, Compatibility answer) {
        if (answer == null) {
            return new CompatibilityForm(title == null ? "" : title, "", "", "");
        }
        return new CompatibilityForm(title == null ? "" : title, FormValues.text(answer.lyncServer()),
                FormValues.text(answer.exchangeServer()), FormValues.text(answer.ucmaRuntimeConfirmed()));
    }

    Compatibility toAnswer(List<PlanIssue> readErrors) {
        return new Compatibility(
                FormValues.enumValue(lyncServer, LyncServer.class, "compatibility.lyncServer", readErrors),
                FormValues.enumValue(exchangeValue(), ExchangeServer.class, "compatibility.exchangeServer", readErrors),
                FormValues.booleanValue(ucmaRuntimeConfirmed, "compatibility.ucmaRuntimeConfirmed", readErrors));
    }

    /**
     * The page's "Exchange Server 2016 or later" choice is {@code EXCHANGE_2016}; a page posted
     * before plan format version 2 sends the version 1 name, read the way a version 1 file is.
     */
    private String exchangeValue() {
        return exchangeServer != null && exchangeServer.strip().equals(ExchangeServer.VERSION_1_2016_OR_LATER)
                ? ExchangeServer.EXCHANGE_2016.name() : exchangeServer;
    }
}
