package org.lyncowa.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lyncowa.plan.Compatibility;
import org.lyncowa.plan.ExchangeServer;
import org.lyncowa.plan.ImMode;
import org.lyncowa.plan.InstantMessaging;
import org.lyncowa.plan.LyncServer;
import org.lyncowa.plan.MailboxPolicy;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanCheck;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.PolicyScope;
import org.lyncowa.plan.TrustedPool;
import org.lyncowa.script.CmdletContract;
import org.lyncowa.script.GeneratedScript;
import org.lyncowa.script.PowerShellParser;
import org.lyncowa.script.PsQuote;
import org.lyncowa.script.ScriptGenerator;

/**
 * Generated-input test of the scripts in the bundle (plan-and-bundle.md: "no plan value can change
 * what a script does"). A seeded {@link Random} builds thousands of hostile values (every kind of
 * quote, sub-expressions, variables, backticks, separators, here-string and block-comment markers,
 * Thymeleaf inline syntax, Korean, Hebrew and Arabic, values at the length limit) for every free-text
 * field: {@code title}, {@code trustedPool.siteId}, {@code trustedPool.sipUriDialPlans},
 * {@code mailboxPolicy.policies}. Only values the plan rules accept go into plans (refused ones are
 * counted and must be refused for a reason the rules give: control, invisible or bidi characters, or
 * length; issue 12). Each
 * plan's bundle is built, and every script is parsed with the PowerShell grammar; then:
 * <ul>
 *   <li>no script has an ERROR or MISSING node;</li>
 *   <li>each value carries a unique marker; every string literal holding a marker is a
 *       single-quoted literal that decodes (outer quotes off, doubled quotes undone) to exactly
 *       that value, and every non-title value appears as at least one such literal;</li>
 *   <li>every occurrence of a marker in a script lies inside such a literal or on a comment line,
 *       never in code; the title only appears, intact, in the header comment;</li>
 *   <li>the runbook HTML has no tag but its own, and the runbook Markdown shows each value as a
 *       code span (or, the title, as escaped words).</li>
 * </ul>
 * Run with {@code -Dfuzz.seed=N} to repeat a failing run; the seed is in every failure message.
 */
class HostileValuesFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 0x1C0FFEE2013L);
    private static final int PLANS = Integer.getInteger("fuzz.plans", 200);

    /** Pieces that each try a way out of a PowerShell string, comment or template. */
    private static final List<String> HOSTILE = List.of(
            "'", "''", "'''", "\"", "\"\"", "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E",
            "\u2018\u2019", "'\u2019", "$()", "$(Stop-Computer -Force)", "${}", "${env:Path}", "$env:x", "$x", "$_",
            "$true", "`", "``", "`'", "`\"", "`n", "`0", "`$", ";", "|", "||", "&", "&&", ">", "2>&1", "@'", "'@",
            "@\"", "\"@", "#>", "<#", "#", "# ", "[(${x})]", "[[${y}]]", "[# th:if=\"${true}\"]", "[/]", "${q.title}",
            "@{Add='z'}", "@()", "--%", "-WhatIf:$false", "\\", "/", "(", ")", "{", "}", "[", "]", ",", ".", "..",
            "리트웨어 정책", "사서함", "정책", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
            "\uD83D\uDE00", "Remove-Item C:\\ -Recurse", "exit 0", "'; exit; '", "\"; exit; \"", "'+'", "<script>",
            "&amp;", "%", "*", "?", "~", "^", "=", "+", "-", " ", "  ", "\u00A0", "\u3000");
    /** Characters the rules refuse in every free-text field (a few candidates get one). */
    private static final List<String> REFUSED = List.of("\n", "\r", "\r\n", "\u0000", "\u0007", "\t", "\u001B",
            "\u2028", "\u2029", "\u0085", "\u007F", "\u200F", "\u202E", "\u202C", "\u200E", "\u200B", "\u2066",
            "\uFEFF", "\u061C");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final Pattern TAG = Pattern.compile(
            "<(?:!DOCTYPE html|/?(?:html|head|meta|title|style|body|h1|h2|h3|h4|p|dl|dt|dd|ul|li|section|pre|code|bdi)\\b)");

    enum Field { TITLE, SITE, DIAL_PLAN, POLICY }

    /** One value put into a plan, with the marker that finds it in the scripts. */
    record Value(Field field, String marker, String text) {
    }

    record Case(int index, Plan plan, List<Value> values, Bundle bundle) {
    }

    /** Counts, for the summary line and for the "most candidates are accepted" check. */
    private static final class Stats {
        int candidates;
        int accepted;
        int refusedControl;
        int refusedLength;
        int atLengthLimit;
    }

    @TestFactory
    Stream<DynamicTest> hostileValuesStayInsideTheirStringLiterals() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        Stats stats = new Stats();
        ScriptGenerator generator = new ScriptGenerator(BundleFixtures.CLOCK, BundleFixtures.GENERATOR);
        BundleBuilder builder = new BundleBuilder(generator::generate, BundleFixtures.messages(), BundleFixtures.CLOCK,
                BundleFixtures.GENERATOR);

        List<Case> cases = new ArrayList<>();
        int[] markerCount = {0};
        for (int i = 0; i < PLANS; i++) {
            cases.add(makeCase(i, random, stats, markerCount, builder));
        }
        long built = System.nanoTime();

        // All scripts of all plans, parsed once for the grammar check and the cmdlet contract below
        // (ScriptAnalysis: two node processes at once, one per core).
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Case c : cases) {
            for (BundleFile f : c.bundle().files()) {
                if (f.path().endsWith(".ps1")) {
                    scripts.put(c.index() + "/" + f.path(), f.text());
                }
            }
        }
        PowerShellParser.Results grammar = PowerShellParser.parse(scripts, true);
        Map<String, PowerShellParser.Result> parsed = grammar.byName();
        long done = System.nanoTime();

        int values = cases.stream().mapToInt(c -> c.values().size()).sum();
        System.out.printf(Locale.ROOT, "Hostile-value fuzz (seed %d): %d candidates, %d accepted (%d at the length limit),"
                        + " %d refused for control characters, %d for length; %d values in %d plans, %d scripts;"
                        + " build %d ms, parse %d ms (grammar and command analysis, two processes: %d ms)%n",
                SEED, stats.candidates, stats.accepted, stats.atLengthLimit, stats.refusedControl, stats.refusedLength,
                values, cases.size(), scripts.size(), (built - started) / 1_000_000, (done - built) / 1_000_000,
                grammar.parseMillis());

        String seed = "seed " + SEED + " (repeat with -Dfuzz.seed=" + SEED + ")";
        Stream<DynamicTest> overall = Stream.of(DynamicTest.dynamicTest("most candidates are accepted, " + seed, () -> {
            assertThat(stats.accepted).as(seed).isGreaterThan(stats.candidates * 8 / 10);
            assertThat(stats.refusedControl).as(seed + ": some candidates exercise the refusal").isPositive();
            assertThat(stats.refusedLength).as(seed).isPositive();
            assertThat(stats.accepted + stats.refusedControl + stats.refusedLength).isEqualTo(stats.candidates);
            assertThat(values).as(seed).isGreaterThan(2000);
        }));
        // Issue 11: the cmdlet contract holds for the fuzz plans' scripts too (catalogue, parameters, properties);
        // from the analysis made above (no second parse).
        CmdletContract.Result contract = CmdletContract.check(scripts);
        System.out.printf(Locale.ROOT, "Hostile-value fuzz: cmdlet contract of %d scripts checked in %d ms (analyser %d ms)%n",
                contract.scripts(), contract.wallMillis(), contract.analyserMillis());
        overall = Stream.concat(overall, Stream.of(DynamicTest.dynamicTest("cmdlet contract (CmdletContract), " + seed,
                () -> assertThat(contract.violations()).as(seed + ": " + contract.describe()).isEmpty())));
        Stream<DynamicTest> perPlan = cases.stream().map(c -> DynamicTest.dynamicTest(
                "plan " + c.index() + " (" + c.values().size() + " values), " + seed,
                () -> checkCase(c, parsed, seed + ", plan " + c.index())));
        return Stream.concat(overall, perPlan);
    }

    /** The checks themselves must fail when a value does break out: a naive quoting (no doubling) is caught. */
    @Test
    void theChecksCatchAValueThatBreaksOutOfItsLiteral() {
        Value title = new Value(Field.TITLE, "\u04161\u0416", "Title \u04161\u0416");
        Value policy = new Value(Field.POLICY, "\u04162\u0416", "\u04162\u0416'; Stop-Computer; '");
        Plan plan = plan(2, title.text(), null, List.of(), List.of(policy.text()));
        assertThat(PlanRules.check(plan).valid()).isTrue();

        Case naive = caseWith(-1, plan, List.of(title, policy), p -> "'" + p + "'");
        Case quoted = caseWith(-2, plan, List.of(title, policy), PsQuote::literal);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Case c : List.of(naive, quoted)) {
            c.bundle().files().stream().filter(f -> f.path().endsWith(".ps1"))
                    .forEach(f -> texts.put(c.index() + "/" + f.path(), f.text()));
        }
        Map<String, PowerShellParser.Result> parsed = PowerShellParser.parse(texts, true).byName();
        // @('Ж2Ж'; Stop-Computer; '') is valid PowerShell: only the literal and marker checks can see the escape.
        assertThatThrownBy(() -> checkCase(naive, parsed, "naive quoting")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("naive quoting");
        checkCase(quoted, parsed, "PsQuote quoting");
    }

    /** A bundle whose one script lists the policies quoted by {@code quote}. */
    private static Case caseWith(int index, Plan plan, List<Value> values, UnaryOperator<String> quote) {
        ScriptSource source = (p, locale) -> List.of(new GeneratedScript("01-owa-mailbox-policy.ps1", "owa-mailbox-policy", "s",
                "r", 1, "# header\r\n#   Plan title            : " + PsQuote.comment(p.title()) + "\r\n$names = @("
                        + String.join(", ", p.mailboxPolicy().policies().stream().map(quote).toList())
                        + ")\r\nWrite-Host 'SUCCESS'\r\n"));
        Bundle bundle = new BundleBuilder(source, BundleFixtures.messages(), BundleFixtures.CLOCK,
                BundleFixtures.GENERATOR).build(plan, Locale.ENGLISH);
        return new Case(index, plan, values, bundle);
    }

    // ---- building plans ------------------------------------------------------------------

    private static Case makeCase(int index, Random random, Stats stats, int[] markerCount, BundleBuilder builder) {
        int kind = index % 3; // 0: Exchange 2013 with a pool, 1: Exchange 2010, 2: Exchange 2013, UM co-located
        List<Value> values = new ArrayList<>();
        Value title = accepted(Field.TITLE, random, stats, markerCount, kind);
        values.add(title);
        Value site = kind == 2 ? null : accepted(Field.SITE, random, stats, markerCount, kind);
        if (site != null) {
            values.add(site);
        }
        List<String> dialPlans = new ArrayList<>();
        if (kind == 0) {
            for (int i = 1 + random.nextInt(PlanRules.DIAL_PLANS_MAX); i > 0; i--) {
                Value v = accepted(Field.DIAL_PLAN, random, stats, markerCount, kind);
                values.add(v);
                dialPlans.add(v.text());
            }
        }
        List<String> policies = new ArrayList<>();
        for (int i = 1 + random.nextInt(PlanRules.POLICIES_MAX); i > 0; i--) {
            Value v = accepted(Field.POLICY, random, stats, markerCount, kind);
            values.add(v);
            policies.add(v.text());
        }
        Plan plan = plan(kind, title.text(), site == null ? null : site.text(), dialPlans, policies);
        PlanCheck check = PlanRules.check(plan);
        assertThat(check.errors()).as("seed " + SEED + ", plan " + index).isEmpty();
        // The rules must not have changed any accepted value (they only trim, and candidates come trimmed).
        assertThat(check.plan()).isEqualTo(plan);
        return new Case(index, plan, values, builder.build(plan, Locale.ENGLISH));
    }

    private static Plan plan(int kind, String title, String site, List<String> dialPlans, List<String> policies) {
        MailboxPolicy policy = new MailboxPolicy(PolicyScope.NAMED, policies);
        Compatibility c2013 = new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2013, true);
        return switch (kind) {
            case 0 -> new Plan(title, c2013,
                    new TrustedPool(false, "owa.fuzz.example", "pool.fuzz.example", site, "OutlookWebApp", 5199,
                            List.of(), dialPlans),
                    new InstantMessaging(ImMode.ENABLE, List.of("mbx1.fuzz.example"), List.of(),
                            "EA5A332496CC05DA69B75B66111C0F78A110D22D", "pool.fuzz.example"),
                    policy);
            case 1 -> new Plan(title, new Compatibility(LyncServer.LYNC_2013, ExchangeServer.EXCHANGE_2010, true),
                    new TrustedPool(false, "casarray.fuzz.example", "pool.fuzz.example", site, "OutlookWebApp", 5199,
                            List.of("cas1.fuzz.example"), List.of()),
                    new InstantMessaging(ImMode.ENABLE, List.of(), List.of("cas1.fuzz.example"),
                            "0123456789ABCDEF0123456789ABCDEF01234567", "pool.fuzz.example"),
                    policy);
            default -> new Plan(title, c2013, TrustedPool.colocated(),
                    new InstantMessaging(ImMode.ENABLE, List.of("mbx1.fuzz.example"), List.of(),
                            "EA5A332496CC05DA69B75B66111C0F78A110D22D", "lyncpool.fuzz.example"),
                    policy);
        };
    }

    /** Draws candidates for a field until the rules accept one; refused ones are counted by reason. */
    private static Value accepted(Field field, Random random, Stats stats, int[] markerCount, int kind) {
        while (true) {
            // Cyrillic Zhe is in no hostile piece and no random word, and "Ж12Ж" never contains "Ж2Ж":
            // a marker can only be found where its own value is.
            String marker = "\u0416" + markerCount[0]++ + "\u0416";
            String candidate = candidate(field, marker, random);
            stats.candidates++;
            PlanCheck check = PlanRules.check(withValue(field, candidate, kind));
            if (check.valid()) {
                stats.accepted++;
                int max = field == Field.TITLE ? PlanRules.TITLE_MAX : PlanRules.NAME_MAX;
                if (candidate.codePointCount(0, candidate.length()) == max) {
                    stats.atLengthLimit++;
                }
                return new Value(field, marker, candidate);
            }
            assertThat(check.errors()).as("seed " + SEED + ": " + field + " " + visible(candidate)).hasSize(1);
            String code = check.errors().get(0).code();
            if (code.equals("text.tooLong") || (field == Field.SITE && candidate.length() > PlanRules.NAME_MAX)) {
                stats.refusedLength++;
            } else {
                assertThat(code).as("seed " + SEED + ": " + field + " " + visible(candidate))
                        .isIn("text.control", "text.invisible", "siteId.invalid");
                assertThat(PlanRules.hasControl(candidate) || PlanRules.firstInvisible(candidate) >= 0)
                        .as(visible(candidate)).isTrue();
                stats.refusedControl++;
            }
        }
    }

    /** A plan that is valid except, perhaps, for the one candidate value. */
    private static Plan withValue(Field field, String value, int kind) {
        return switch (field) {
            case TITLE -> plan(kind, value, kind == 2 ? null : "Redmond", List.of(), List.of("Default"));
            case SITE -> plan(kind, null, value, List.of(), List.of("Default"));
            case DIAL_PLAN -> plan(kind, null, "Redmond", List.of(value), List.of("Default"));
            case POLICY -> plan(kind, null, kind == 2 ? null : "Redmond", List.of(), List.of(value));
        };
    }

    /**
     * A hostile candidate with the marker somewhere inside. About one in fifteen gets a refused
     * character, about one in forty is 10 KB long; about one in six is filled to the length limit.
     */
    private static String candidate(Field field, String marker, Random random) {
        int max = field == Field.TITLE ? PlanRules.TITLE_MAX : PlanRules.NAME_MAX;
        List<String> pieces = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            pieces.add(random.nextInt(4) == 0 ? word(random) : HOSTILE.get(random.nextInt(HOSTILE.size())));
        }
        if (random.nextInt(15) == 0) {
            pieces.add(random.nextInt(pieces.size() + 1), REFUSED.get(random.nextInt(REFUSED.size())));
        }
        pieces.add(random.nextInt(pieces.size() + 1), marker);
        StringBuilder text = new StringBuilder(String.join("", pieces));
        int roll = random.nextInt(40);
        if (roll == 0) {
            while (text.length() < 10 * 1024) {
                text.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
        } else if (roll < 7) {
            while (text.codePointCount(0, text.length()) < max) {
                text.append(HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
        }
        String value = text.toString();
        if (field == Field.SITE) {
            // The SiteId has no white space, colon or invisible characters (P-2.6): keep the rest of the hostility.
            value = value.codePoints().filter(cp -> !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || cp == ':' || Character.getType(cp) == Character.FORMAT) || PlanRules.hasControl(
                            new String(Character.toChars(cp))))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        if (value.codePointCount(0, value.length()) > max && roll != 0) {
            value = value.substring(0, value.offsetByCodePoints(0, max));
        }
        value = value.strip();
        // Cutting may have split the marker off; keep every value findable.
        return value.contains(marker) ? value : marker + value.substring(0, value.offsetByCodePoints(0,
                Math.max(0, Math.min(value.codePointCount(0, value.length()), max - marker.length())))).strip();
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return w.toString();
    }

    // ---- checking ------------------------------------------------------------------------

    private static void checkCase(Case c, Map<String, PowerShellParser.Result> parsed, String where) {
        List<BundleFile> scripts = c.bundle().files().stream().filter(f -> f.path().endsWith(".ps1")).toList();
        Map<String, Integer> literalsPerValue = new LinkedHashMap<>();
        for (BundleFile file : scripts) {
            assertThat(file.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            String text = file.text();
            assertThat(text.replace("\r\n", "")).as(where + " " + file.path()).doesNotContain("\r", "\n");
            PowerShellParser.Result result = parsed.get(c.index() + "/" + file.path());
            assertThat(result.problems()).as(where + " " + file.path() + " ERROR/MISSING nodes").isEmpty();

            for (Value v : c.values()) {
                int inLiterals = 0;
                for (PowerShellParser.StringLiteral literal : result.strings()) {
                    int hits = occurrences(literal.text(), v.marker());
                    if (hits == 0) {
                        continue;
                    }
                    String about = where + " " + file.path() + ":" + literal.line() + " " + v.field() + " "
                            + visible(v.text());
                    assertThat(v.field()).as(about + ": the title must only appear in comments").isNotEqualTo(Field.TITLE);
                    assertThat(literal.type()).as(about).isEqualTo("verbatim_string_characters");
                    assertThat(decodeVerbatim(literal.text(), about)).as(about).isEqualTo(v.text());
                    inLiterals += hits;
                    literalsPerValue.merge(v.marker(), 1, Integer::sum);
                }
                int inComments = 0;
                for (String line : text.split("\r\n")) {
                    if (line.stripLeading().startsWith("#")) {
                        inComments += occurrences(line, v.marker());
                    }
                }
                assertThat(occurrences(text, v.marker()))
                        .as(where + " " + file.path() + ": " + v.field() + " " + visible(v.text())
                                + " appears outside its literals and comments")
                        .isEqualTo(inLiterals + inComments);
            }
            // The title sits whole in a comment line (the header) of every script made from the plan; the
            // discover script reads the servers before there is a plan, so it carries no plan value at all.
            if (file.path().endsWith("-discover.ps1")) {
                for (Value v : c.values()) {
                    assertThat(text).as(where + " " + file.path() + ": no plan value").doesNotContain(v.marker());
                }
            } else {
                assertThat(text.split("\r\n")).as(where + " " + file.path() + ": title in a comment")
                        .anyMatch(line -> line.startsWith("#") && line.endsWith(c.plan().title()));
            }
        }
        for (Value v : c.values()) {
            if (v.field() != Field.TITLE) {
                assertThat(literalsPerValue.getOrDefault(v.marker(), 0))
                        .as(where + ": " + v.field() + " " + visible(v.text()) + " as a literal in some script")
                        .isPositive();
            }
        }

        String html = BundleBuilderTest.file(c.bundle(), "runbook.html");
        Matcher lt = Pattern.compile("<").matcher(html);
        while (lt.find()) {
            assertThat(TAG.matcher(html).region(lt.start(), html.length()).lookingAt())
                    .as(where + ": runbook.html has a tag it did not write at " + lt.start() + ": "
                            + html.substring(lt.start(), Math.min(html.length(), lt.start() + 40)))
                    .isTrue();
        }
        String md = BundleBuilderTest.file(c.bundle(), "runbook.md");
        assertThat(md).as(where).startsWith("# " + RunbookMarkdown.words(c.plan().title()) + "\n");
        for (Value v : c.values()) {
            if (v.field() != Field.TITLE) {
                assertThat(md).as(where + ": " + visible(v.text())).contains(RunbookMarkdown.code(v.text()));
            }
        }
    }

    /**
     * The value of a single-quoted PowerShell literal: outer quotes off, each doubled quote
     * character back to one. PowerShell takes ' and U+2018 to U+201B alike as single quotes.
     */
    static String decodeVerbatim(String literal, String about) {
        assertThat(literal.length()).as(about).isGreaterThanOrEqualTo(2);
        assertThat(isSingleQuote(literal.charAt(0)) && isSingleQuote(literal.charAt(literal.length() - 1)))
                .as(about + ": quoted " + literal).isTrue();
        String inner = literal.substring(1, literal.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char ch = inner.charAt(i);
            if (isSingleQuote(ch)) {
                // A lone quote would have ended the literal: quotes only come in pairs inside.
                assertThat(i + 1 < inner.length() && isSingleQuote(inner.charAt(i + 1)))
                        .as(about + ": lone quote at " + i + " in " + literal).isTrue();
                out.append(ch);
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean isSingleQuote(char ch) {
        return ch == '\'' || (ch >= '\u2018' && ch <= '\u201B');
    }

    private static int occurrences(String text, String marker) {
        int count = 0;
        for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + marker.length())) {
            count++;
        }
        return count;
    }

    /** The value with invisible and non-ASCII characters as \\uXXXX, for failure messages. */
    static String visible(String value) {
        StringBuilder out = new StringBuilder("\"");
        String head = value.length() > 300 ? value.substring(0, 300) + "…(" + value.length() + " chars)" : value;
        for (char ch : head.toCharArray()) {
            if (ch >= 0x20 && ch < 0x7F) {
                out.append(ch);
            } else {
                out.append(String.format("\\u%04X", (int) ch));
            }
        }
        return out.append('"').toString();
    }
}
