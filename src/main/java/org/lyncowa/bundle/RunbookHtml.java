package org.lyncowa.bundle;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes {@code runbook.html}: a self-contained page (own style, no scripts, no links out) that is
 * opened from the ZIP, not served by the app. It is the Thymeleaf template
 * {@code bundle/runbook.html}, which takes the runbook's body from the same fragments
 * as the printable page ({@code summary/runbook.html}), so the HTML runbook is written once; Thymeleaf
 * escapes every text and value ({@code & < > " '} become entities).
 *
 * <p>The engine is private, as in thymeleafexamples-springmail: not a bean that Spring Boot would wire
 * into (or confuse with) the web engine. A {@link SpringTemplateEngine} for its SpEL expressions, with
 * the bundle's messages for the few {@code #{...}} the shared fragments hold.
 */
final class RunbookHtml {

    /** {@code bundle/runbook.html}: the document around the shared fragments. */
    static final String TEMPLATE = "runbook";

    private final SpringTemplateEngine engine;

    RunbookHtml(MessageSource messages) {
        engine = new SpringTemplateEngine();
        engine.addTemplateResolver(resolver("bundle/", 1, TEMPLATE));
        // The fragments the printable page uses too (summary/runbook :: body, facts, line).
        engine.addTemplateResolver(resolver("templates/", 2, "summary/*"));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(String prefix, int order, String pattern) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(RunbookHtml.class.getClassLoader());
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        resolver.setOrder(order);
        resolver.getResolvablePatternSpec().addPattern(pattern);
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        return resolver;
    }

    String render(Runbook runbook) {
        Context context = new Context(Locale.forLanguageTag(runbook.languageTag()));
        context.setVariable("runbook", runbook);
        return engine.process(TEMPLATE, context);
    }
}
