package org.lyncowa.wizard.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lyncowa.plan.CertificateSource;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.script.PsQuote;
import org.lyncowa.script.ScriptGenerator;
import org.lyncowa.wizard.Step;
import org.lyncowa.wizard.StepValidation.StepCheck;
import org.lyncowa.wizard.TestPlans;
import org.lyncowa.wizard.trainer.Presets;

/**
 * The step preview is not a second script generator: every command line it shows is a line of the
 * generated scripts of the same plan, for every example plan and both script languages. A line
 * matches when, for each of its pipeline stages, a script line has the same words in the same order
 * (the script may add words where the preview has a space: {@code -ErrorAction Stop}, the
 * {@code -Identity} of its loop), where each value the preview shows (a quoted literal or a number)
 * stands in the script either as that very literal (same quoting, {@code PsQuote}) or as the variable
 * that holds it; and every plan value the preview shows is also in the scripts, quoted the same way. Lines that show a file rather than a command
 * ({@code web.config}'s XML) are checked for their values only.
 */
class PreviewInScriptTest {

    private static final ScriptGenerator SCRIPTS = new ScriptGenerator(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test 1");
    private static final StepPreview PREVIEW = new StepPreview();
    /** A PowerShell variable, with member access or an index: what a value may stand as in a script. */
    private static final String VARIABLE = "\\$[A-Za-z_][\\w]*(?:\\.[A-Za-z_]\\w*|\\[\\d+\\])*";

    static Stream<Arguments> plans() {
        // Every example plan the app ships (each version pair and path of P-8.1: Exchange 2013, 2010, the
        // setting override of Exchange 2016 and later, co-located UM, IM switched off) and per-server certificates.
        List<String> names = new ArrayList<>(new Presets().all().stream().map(Presets.Preset::id).toList());
        names.add(TestPlans.PER_SERVER);
        List<Arguments> all = new ArrayList<>();
        for (String name : names) {
            Plan plan = TestPlans.preset(name);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
                all.add(Arguments.of(name, plan, locale));
                if (plan.enablesIm()) {
                    all.add(Arguments.of(name + " (IIS certificates)", iis(plan), locale));
                }
            }
        }
        return all.stream();
    }

    private static Plan iis(Plan plan) {
        InstantMessaging im = plan.instantMessaging();
        return new Plan(plan.title(), plan.compatibility(), plan.trustedPool(), new InstantMessaging(im.mode(),
                im.mailboxServers(), im.clientAccessServers(), CertificateSource.IIS, null, null, im.imServerName()),
                plan.mailboxPolicy());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("plans")
    void everyPreviewLineIsAScriptLine(String name, Plan plan, Locale locale) {
        PlanCheck check = PlanRules.check(plan);
        assertThat(check.errors()).as(name).isEmpty();
        // A command continued with a backtick is one line.
        List<String> scriptLines = SCRIPTS.generate(check.plan(), locale).stream()
                .map(s -> s.text().replaceAll("`\r\n\\s*", "")).flatMap(String::lines).toList();
        String scripts = String.join("\n", scriptLines);
        List<String> planValues = planValues(check.plan());
        int checked = 0;
        List<String> missing = new ArrayList<>();
        for (Step step : Step.values()) {
            Preview preview = PREVIEW.preview(step, new StepCheck(check.plan(), List.of(), List.of(), java.util.Map.of()));
            for (Preview.Block block : preview.blocks()) {
                for (String line : block.lines()) {
                    List<String> literals = literals(line);
                    for (String literal : literals) {
                        if (planValues.contains(literal) && !scripts.contains(literal)) {
                            missing.add(step + ": the value " + literal + " of " + line);
                        }
                    }
                    for (Pattern stage : line.startsWith("<") ? List.<Pattern>of() : stages(line)) {
                        if (scriptLines.stream().noneMatch(s -> stage.matcher(s).find())) {
                            missing.add(step + ": no script line has " + stage + " of " + line);
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as(name + ": lines checked").isPositive();
        assertThat(missing).as(name + " " + locale).isEmpty();
    }

    /** Every value of the plan as the scripts quote it ({@code PsQuote}). */
    static List<String> planValues(Plan plan) {
        List<String> values = new ArrayList<>();
        TrustedPool pool = plan.trustedPool();
        if (pool != null) {
            values.addAll(Stream.of(pool.owaPoolFqdn(), pool.registrarPoolFqdn(), pool.siteId(), pool.applicationId())
                    .filter(Objects::nonNull).toList());
            values.addAll(pool.poolComputers());
            values.addAll(pool.sipUriDialPlans());
        }
        InstantMessaging im = plan.instantMessaging();
        if (im != null) {
            values.addAll(im.mailboxServers());
            values.addAll(im.clientAccessServers());
            values.addAll(im.certificates().keySet());
            values.addAll(im.certificates().values());
            Stream.of(im.certificateThumbprint(), im.imServerName()).filter(Objects::nonNull).forEach(values::add);
        }
        if (plan.mailboxPolicy() != null) {
            values.addAll(plan.mailboxPolicy().policies());
        }
        return values.stream().map(PsQuote::literal).toList();
    }

    /** The single-quoted literals of a line (PsQuote's: the four typographic single quotes count too). */
    static List<String> literals(String line) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (isQuote(line.charAt(i))) {
                int end = literalEnd(line, i);
                literals.add(line.substring(i, end));
                i = end - 1;
            }
        }
        return literals;
    }

    /**
     * The line as patterns, one per pipeline stage ({@code a | b}: the script may pipe or loop): its words
     * in order, each value either itself or a variable; where the line has a space, the script may have
     * more words (its {@code -ErrorAction Stop}, {@code -Confirm:$false}, an {@code -Identity} from its loop).
     */
    static List<Pattern> stages(String line) {
        List<Pattern> stages = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            boolean number = Character.isDigit(ch) && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1))
                    && line.charAt(i - 1) != '.' && line.charAt(i - 1) != '-');
            if (isQuote(ch) || number) {
                int end = isQuote(ch) ? literalEnd(line, i) : digitsEnd(line, i);
                regex.append(code(code)).append("(?:").append(Pattern.quote(line.substring(i, end))).append('|')
                        .append(VARIABLE).append(')');
                code.setLength(0);
                i = end - 1;
            } else if (line.startsWith(" | ", i)) {
                stages.add(Pattern.compile(regex.append(code(code)).toString()));
                regex.setLength(0);
                code.setLength(0);
                i += 2;
            } else {
                code.append(ch);
            }
        }
        stages.add(Pattern.compile(regex.append(code(code)).toString()));
        return stages;
    }

    /** Code as a pattern: each run of whitespace matches any run of whitespace, the rest is literal. */
    private static String code(CharSequence code) {
        StringBuilder out = new StringBuilder();
        for (String piece : code.toString().split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)")) {
            if (!piece.isEmpty()) {
                out.append(piece.isBlank() ? "\\s(?:.*\\s)?" : Pattern.quote(piece));
            }
        }
        return out.toString();
    }

    private static int literalEnd(String line, int start) {
        int i = start + 1;
        while (i < line.length()) {
            if (isQuote(line.charAt(i))) {
                if (i + 1 < line.length() && isQuote(line.charAt(i + 1))) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new AssertionError("unterminated literal in " + line);
    }

    private static int digitsEnd(String line, int start) {
        int i = start;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isQuote(char ch) {
        return ch == '\'' || (ch >= '\u2018' && ch <= '\u201B');
    }
}
