package org.lyncowa.bundle;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lyncowa.plan.Plan;
import org.springframework.context.MessageSource;

/**
 * Product names in runbook texts follow the plan's versions (P-8.1): a text of
 * {@code messages/runbook*.properties} read without arguments may say {@code {lync}} (the chosen Lync or
 * Skype for Business Server version), {@code {short}} ("Lync" or "Skype for Business"), {@code {lyncShell}} (its management shell), {@code {frontEnd}}
 * (a front-end server of it) and {@code {owa}} (Outlook Web App up to Exchange 2013, Outlook on the web
 * from Exchange 2016 on), in the text's language. The scripts do the same with their own texts.
 */
public final class ProductNames {

    private final Map<String, String> names;

    private ProductNames(Map<String, String> names) {
        this.names = names;
    }

    /** The names for a plan's versions; a plan without versions keeps the texts' tokens out by naming Lync Server 2013. */
    public static ProductNames of(Plan plan, MessageSource messages, Locale locale) {
        boolean versions = plan.compatibility() != null && plan.compatibility().lyncServer() != null;
        String kind = plan.isSkypeForBusiness() ? "skype" : "lync";
        Map<String, String> names = new LinkedHashMap<>();
        names.put("{lync}", messages.getMessage("runbook.value." + (versions ? plan.compatibility().lyncServer().name()
                : "LYNC_2013"), null, locale));
        names.put("{short}", messages.getMessage("runbook.name.short." + kind, null, locale));
        names.put("{lyncShell}", messages.getMessage("runbook.name.lyncShell." + kind, null, locale));
        names.put("{frontEnd}", messages.getMessage("runbook.name.frontEnd." + kind, null, locale));
        names.put("{owa}", messages.getMessage(plan.isExchange2016OrLater() ? "runbook.name.owa.web" : "runbook.name.owa.app",
                null, locale));
        return new ProductNames(Map.copyOf(names));
    }

    /** The names by token without braces ({@code lync}, {@code lyncShell}, {@code frontEnd}, {@code owa}), for pages. */
    public Map<String, String> byName() {
        Map<String, String> out = new LinkedHashMap<>();
        names.forEach((token, name) -> out.put(token.substring(1, token.length() - 1), name));
        return out;
    }

    /** The text with every product-name token replaced; null stays null. */
    public String apply(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            out = out.replace(name.getKey(), name.getValue());
        }
        return out;
    }
}
