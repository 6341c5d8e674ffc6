package org.lyncowa.bundle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.ValidPlan;
import org.lyncowa.script.GeneratedScript;
import org.springframework.context.MessageSource;

/**
 * Builds the bundle of a plan (plan-and-bundle.md, "The bundle"): {@code plan.json}, the runbook
 * in Markdown and HTML and the generated scripts, listed with their SHA-256 in
 * {@code manifest.json}. A {@link Plan} is checked here; a {@link ValidPlan} was checked where it was
 * made and is not checked again: no bundle ever comes from an invalid plan (a pair P-8.1 does not
 * support enables nothing: P-1.3).
 */
public class BundleBuilder {

    public static final String PLAN_FILE = "plan.json";
    public static final String RUNBOOK_MD = "runbook.md";
    public static final String RUNBOOK_HTML = "runbook.html";

    private final ScriptSource scripts;
    private final MessageSource messages;
    private final Clock clock;
    private final String generator;
    private final RunbookHtml runbookHtml;

    /**
     * @param scripts   the script generator (production: {@code ScriptGenerator::generate})
     * @param messages  resolves {@code messages/runbook} and {@code messages/plan} keys
     * @param clock     the time written into the manifest, runbook and ZIP entries
     * @param generator {@code "<name> <version>"} for the manifest and runbook
     */
    public BundleBuilder(ScriptSource scripts, MessageSource messages, Clock clock, String generator) {
        this.scripts = scripts;
        this.messages = messages;
        this.clock = clock;
        this.generator = generator;
        this.runbookHtml = new RunbookHtml(messages);
    }

    /** The bundle of a valid plan, its runbook in the given language. */
    public Bundle build(Plan plan, Locale locale) {
        return bundleOf(validated(plan), locale);
    }

    /**
     * The bundle of a plan already checked (the downloads and the API): nothing checks it again.
     * Named apart from {@link #build(Plan, Locale)} so that {@code build(null, ...)} stays unambiguous.
     */
    public Bundle bundleOf(ValidPlan plan, Locale locale) {
        return assemble(plan, locale, scripts.generate(plan, locale), false);
    }

    /**
     * The bundle of a certificate renewal (P-8.8, P-3.6, P-7.4): the same files and conventions as
     * {@link #bundleOf}, with only the scripts of {@link ScriptSource#renewal} and a runbook of those
     * steps. Its {@code plan.json} is the plan with the new thumbprints, to keep for the next renewal.
     */
    public Bundle renewalOf(ValidPlan plan, Locale locale) {
        return assemble(plan, locale, scripts.renewal(plan, locale), true);
    }

    /** The runbook of {@link #renewalOf} as data, for the page that offers the renewal. */
    public Runbook renewalRunbook(ValidPlan plan, Locale locale) {
        return new RunbookComposer(messages, locale).compose(plan.plan(), plan.warnings(), scripts.renewal(plan, locale),
                Bundle.timeText(clock.instant()), generator, true);
    }

    /** The renewal scripts of a plan already checked (the pages list them and serve each one). */
    public List<GeneratedScript> renewalScripts(ValidPlan plan, Locale locale) {
        return scripts.renewal(plan, locale);
    }

    private Bundle assemble(ValidPlan plan, Locale locale, List<GeneratedScript> generated, boolean renewal) {
        Plan normalised = plan.plan();
        Instant now = clock.instant();
        Runbook runbook = new RunbookComposer(messages, locale).compose(normalised, plan.warnings(), generated,
                Bundle.timeText(now), generator, renewal);

        List<BundleFile> files = new ArrayList<>();
        files.add(BundleFile.document(PLAN_FILE, BundleFile.PLAN_PURPOSE, PlanJson.write(normalised)));
        files.add(BundleFile.document(RUNBOOK_MD, BundleFile.RUNBOOK_PURPOSE, RunbookMarkdown.render(runbook)));
        files.add(BundleFile.document(RUNBOOK_HTML, BundleFile.RUNBOOK_PURPOSE, runbookHtml.render(runbook)));
        Set<String> names = new HashSet<>(List.of(Bundle.MANIFEST, PLAN_FILE, RUNBOOK_MD, RUNBOOK_HTML));
        for (GeneratedScript s : generated) {
            if (!names.add(s.fileName()) || s.fileName().contains("/") || s.fileName().contains("\\")) {
                // The ZIP is folder-less and every name is unique; anything else is a generator bug.
                throw new IllegalStateException("script file name not usable in the bundle: " + s.fileName());
            }
            files.add(new BundleFile(s.fileName(), s.purpose(), s.shell(), s.runOn(), s.order(), s.bytes()));
        }
        return new Bundle(now, generator, files);
    }

    /**
     * The runbook of a valid plan as data, in the given language: the same text the bundle's
     * runbook files hold, for pages that show it (the printable runbook).
     */
    public Runbook runbook(Plan plan, Locale locale) {
        return runbook(validated(plan), locale);
    }

    /** As {@link #runbook(Plan, Locale)} for a plan already checked. */
    public Runbook runbook(ValidPlan plan, Locale locale) {
        return new RunbookComposer(messages, locale).compose(plan.plan(), plan.warnings(), scripts.generate(plan, locale),
                Bundle.timeText(clock.instant()), generator);
    }

    /** One script of the plan's bundle by its file name ({@code 03-owa-web-config.ps1}), for a single download. */
    public Optional<GeneratedScript> script(Plan plan, String fileName, Locale locale) {
        return script(validated(plan), fileName, locale);
    }

    /** As {@link #script(Plan, String, Locale)} for a plan already checked. */
    public Optional<GeneratedScript> script(ValidPlan plan, String fileName, Locale locale) {
        return scripts.generate(plan, locale).stream().filter(s -> s.fileName().equals(fileName)).findFirst();
    }

    private static ValidPlan validated(Plan plan) {
        if (plan == null) {
            throw new IllegalArgumentException("no plan");
        }
        return PlanRules.check(plan).validPlan();
    }
}
