package org.lyncowa.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.lyncowa.bundle.Runbook.Command;
import org.lyncowa.bundle.Runbook.Fact;
import org.lyncowa.bundle.Runbook.Inline;
import org.lyncowa.bundle.Runbook.Line;
import org.lyncowa.bundle.Runbook.Section;
import org.lyncowa.bundle.Runbook.Step;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.system.IssueMessages;
import org.springframework.context.MessageSource;

/**
 * Builds the {@link Runbook} of a valid plan from {@code messages/runbook*.properties}.
 *
 * <p>Step texts are keyed by script purpose: {@code runbook.step.<purpose>.<field>}, where a
 * more specific {@code runbook.step.<purpose>.<variant>.<field>} (variant {@code exchange2010} or
 * {@code disable}) wins when it exists. List fields ({@code do}, {@code expected}, {@code failure},
 * {@code note}) are numbered from 1: {@code runbook.step.verify.expected.1}, {@code .2}, ...
 */
final class RunbookComposer {

    static final String PREREQUISITES_2010 = "prerequisites-2010";
    private static final String PREFIX = "runbook.";
    private static final String[] BLOCKS = {"do", "expected", "failure", "note"};
    /** Purposes that only read: they are run once, without a -WhatIf rehearsal. */
    private static final List<String> READ_ONLY = List.of("verify", "discover");
    private static final List<String> VERIFY_PART_ORDER = List.of("Exchange", "MailboxServer", "ClientAccessServer", "Lync");
    /** P-6: undo in the reverse order of the set-up (web.config, then OWA settings, then the Lync pool). */
    private static final List<String> ROLLBACK_PART_ORDER = List.of("SettingOverride", "MailboxServer", "ClientAccessServer", "Exchange",
            "Lync");

    private final MessageSource messages;
    private final IssueMessages issueMessages;
    private final Locale locale;
    /** The product names of the plan being composed (its versions), for the texts' name tokens. */
    private ProductNames names;

    RunbookComposer(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.issueMessages = new IssueMessages(messages);
        this.locale = locale;
    }

    /**
     * @param generatedAt the manifest's time text (ISO-8601, UTC)
     * @param generator   {@code "<name> <version>"}
     */
    Runbook compose(Plan plan, List<PlanIssue> warnings, List<GeneratedScript> scripts, String generatedAt,
            String generator) {
        return compose(plan, warnings, scripts, generatedAt, generator, false);
    }

    /**
     * As {@link #compose(Plan, List, List, String, String)}; a {@code renewal} runbook (certificate
     * renewal: the scripts of {@code ScriptGenerator.renewal}) says so in its title and introduction,
     * and asks before its first step that the renewed certificate is in place on every server.
     */
    Runbook compose(Plan plan, List<PlanIssue> warnings, List<GeneratedScript> scripts, String generatedAt,
            String generator, boolean renewal) {
        names = ProductNames.of(plan, messages, locale);
        Line title = plan.title() == null ? Line.message(msg("untitled")) : Line.of(Inline.words(plan.title()));
        if (renewal) {
            title = Line.message(msg("renewal.title")).append(Inline.words(": ")).append(title);
        }
        Line generated = Line.message(msg("generated", generatedAt, generator));
        List<Line> intro = List.of(Line.message(msg(renewal ? "renewal.intro" : "intro.1")), Line.message(msg("intro.2")),
                Line.message(msg("intro.3")));

        List<Line> warningLines = new ArrayList<>();
        for (String w : issueMessages.messages(warnings, locale)) {
            warningLines.add(Line.of(Inline.words(w)));
        }
        if (warningLines.isEmpty()) {
            warningLines.add(Line.message(msg("warnings.none")));
        }

        List<Step> steps = new ArrayList<>();
        if (plan.isExchange2010() && plan.enablesIm() && !renewal) {
            steps.add(prerequisites2010(steps.size() + 1, plan));
        }
        for (GeneratedScript script : scripts) {
            steps.add(scriptStep(steps.size() + 1, plan, script, renewal));
        }
        return new Runbook(locale.toLanguageTag(), title, generated, intro, summary(plan),
                new Section(msg("warnings.heading"), List.of(), warningLines), msg("steps.heading"), steps);
    }

    // ---- plan summary ------------------------------------------------------------------------

    /** The same rows as check-answers and the printable runbook show ({@link PlanSummary}). */
    private Section summary(Plan plan) {
        return new Section(msg("summary.heading"), PlanSummary.of(plan, messages, locale).facts(), List.of());
    }

    // ---- steps -------------------------------------------------------------------------------

    /** P-7.1: a manual step before any script, on every Client Access server. */
    private Step prerequisites2010(int number, Plan plan) {
        String key = "step." + PREREQUISITES_2010 + ".";
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("step.runOn", words(msg(key + "runOn"))));
        facts.add(fact("summary.clientAccessServers", values(plan.instantMessaging().clientAccessServers())));
        facts.add(fact("step.shell", words(msg(key + "shell"))));
        List<Section> blocks = new ArrayList<>();
        for (String block : BLOCKS) {
            List<Line> items = numbered(key + block);
            if (!items.isEmpty()) {
                blocks.add(new Section(msg("step.block." + block), List.of(), items));
            }
        }
        return new Step(msg("step.heading", number, msg(key + "title")), facts, List.of(), blocks, PREREQUISITES_2010);
    }

    private Step scriptStep(int number, Plan plan, GeneratedScript script, boolean renewal) {
        String purpose = script.purpose();
        String variant = variant(plan);
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("step.runOn", words(stepText(purpose, variant, "runOn", script.runOn()))));
        List<String> servers = servers(plan, purpose);
        if (!servers.isEmpty()) {
            // Named by kind: a verify step also runs on a Lync server, which this list does not hold.
            String label = plan.isExchange2010() ? "summary.clientAccessServers" : "summary.mailboxServers";
            facts.add(fact(label, values(servers)));
        }
        facts.add(fact("step.shell", words(stepText(purpose, variant, "shell", script.shell()))));
        facts.add(fact("step.script", values(List.of(script.fileName()))));

        List<Command> commands = commands(script);

        List<Section> blocks = new ArrayList<>();
        for (String block : BLOCKS) {
            List<Line> items = new ArrayList<>();
            if (block.equals("expected")) {
                items.add(Line.message(msg("step.success")));
            }
            if (block.equals("do") && renewal && !READ_ONLY.contains(purpose)) {
                // The renewed certificate must be in place before the script can check and use it (P-9.2).
                items.addAll(numbered("renewal.do"));
            }
            items.addAll(stepList(purpose, variant, block));
            if (block.equals("note")) {
                // What a part does beyond its label, e.g. what the Lync rollback removes and what it leaves (P-9.4).
                for (String part : partsInRunOrder(script)) {
                    String text = find("step." + purpose + ".part." + part);
                    if (text != null) {
                        items.add(Line.message(text));
                    }
                }
            }
            if (!items.isEmpty()) {
                blocks.add(new Section(msg("step.block." + block), List.of(), items));
            }
        }
        String title = stepText(purpose, variant, "title", purpose);
        return new Step(msg("step.heading", number, title) + " (" + script.fileName() + ")", facts, commands, blocks,
                purpose);
    }

    /**
     * The command lines of a script: a rehearsal with {@code -WhatIf}, then the real run; a read-only
     * script runs once. A script with a mandatory {@code -Part} (verify, rollback) runs once per part,
     * each part where its label says.
     */
    private List<Command> commands(GeneratedScript script) {
        String run = ".\\" + script.fileName();
        boolean readOnly = READ_ONLY.contains(script.purpose());
        List<String> parts = partsInRunOrder(script);
        if (parts.isEmpty()) {
            return readOnly
                    ? List.of(new Command(Line.message(msg("step.command.readOnly")), List.of(run)))
                    : List.of(new Command(Line.message(msg("step.command.whatIf")), List.of(run + " -WhatIf")),
                            new Command(Line.message(msg("step.command.run")), List.of(run)));
        }
        List<Command> commands = new ArrayList<>();
        for (String part : parts) {
            String line = run + " -Part " + part;
            String where = partLabel(part);
            commands.add(readOnly
                    ? new Command(Line.message(msg("step.command.part.readOnly", where)), List.of(line))
                    : new Command(Line.message(msg("step.command.part.whatIfThenRun", where)), List.of(line + " -WhatIf", line)));
        }
        return commands;
    }

    /** Parts in the order the runbook gives them: checks from the Exchange side first, undo in reverse set-up order. */
    private static List<String> partsInRunOrder(GeneratedScript script) {
        List<String> parts = ScriptParts.of(script.text());
        List<String> order = script.purpose().equals("rollback") ? ROLLBACK_PART_ORDER : VERIFY_PART_ORDER;
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(p -> order.indexOf(p) < 0 ? order.size() : order.indexOf(p)));
        return sorted;
    }

    private String partLabel(String part) {
        String label = find("part." + part);
        // A part this runbook has no words for is still named, so the command stays usable.
        return label != null ? label : part;
    }

    /** The more specific key set of the plan, tried before the plain one. */
    private static String variant(Plan plan) {
        if (!plan.enablesIm()) {
            return "disable";
        }
        if (plan.isExchange2016OrLater()) {
            return "exchange2016";
        }
        return plan.isExchange2010() ? "exchange2010" : "exchange2013";
    }

    /** The servers a step names, so the admin knows exactly where to go. */
    private static List<String> servers(Plan plan, String purpose) {
        InstantMessaging im = plan.instantMessaging();
        return switch (purpose) {
            case "owa-web-config", "owa-setting-override" -> im.mailboxServers();
            case "owa-virtual-directories" -> plan.isExchange2010() ? im.clientAccessServers() : List.of();
            case "verify" -> plan.isExchange2010() ? im.clientAccessServers() : im.mailboxServers();
            default -> List.of();
        };
    }

    private String stepText(String purpose, String variant, String field, String fallback) {
        String text = find("step." + purpose + "." + variant + "." + field);
        if (text == null) {
            text = find("step." + purpose + "." + field);
        }
        return text != null ? text : fallback;
    }

    private List<Line> stepList(String purpose, String variant, String field) {
        List<Line> specific = numbered("step." + purpose + "." + variant + "." + field);
        return specific.isEmpty() ? numbered("step." + purpose + "." + field) : specific;
    }

    /** {@code key.1}, {@code key.2}, ... until one is missing; {@code key.N.medium} marks a (medium) item (P-7). */
    private List<Line> numbered(String key) {
        List<Line> lines = new ArrayList<>();
        for (int i = 1; ; i++) {
            String text = find(key + "." + i);
            if (text == null) {
                return lines;
            }
            Line line = Line.message(text);
            if (find(key + "." + i + ".medium") != null) {
                line = line.append(Inline.words(" ")).append(Line.message(msg("medium")));
            }
            lines.add(line);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Fact fact(String labelKey, Line value) {
        return new Fact(msg(labelKey), value);
    }

    private static Line words(String text) {
        return Line.message(text);
    }

    private Line values(List<String> values) {
        if (values.isEmpty()) {
            return Line.message(msg("value.none"));
        }
        List<Inline> parts = new ArrayList<>();
        for (String v : values) {
            if (!parts.isEmpty()) {
                parts.add(Inline.words(", "));
            }
            parts.add(Inline.value(v));
        }
        return new Line(parts);
    }

    private String msg(String key, Object... args) {
        return named(messages.getMessage(PREFIX + key, args, locale));
    }

    private String find(String key) {
        return named(messages.getMessage(PREFIX + key, null, null, locale));
    }

    private String named(String text) {
        return names == null ? text : names.apply(text);
    }
}
