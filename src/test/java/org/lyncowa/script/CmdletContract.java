package org.lyncowa.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cmdlet contract check of issue 11: every command a generated script calls is in the catalogue
 * ({@code src/test/resources/cmdlets/catalogue.json}) or is one of PowerShell's own commands listed there
 * as exempt; every parameter it is given exists on that cmdlet (full name, any case: the unambiguous prefixes
 * PowerShell would accept are refused on purpose, scripts spell parameters out); a switch is not followed by a
 * value it cannot take and a valued parameter is not left without one; a bool parameter is not given a string;
 * and every property a script reads on a cmdlet's objects is one the catalogue lists for that cmdlet
 * (P-9.5: {@code $pool.Site} on {@code Get-CsTrustedApplicationPool} is the mistake this was built for).
 *
 * <p>The scripts are parsed with the real PowerShell grammar by {@code test-tools/ps-commands.mjs} (one
 * {@code node --liftoff-only} process for all scripts, two for many; see that file for what it attributes to
 * which command), once per distinct script and test JVM for this check and {@link PowerShellParser} together
 * ({@link ScriptAnalysis}).
 */
public final class CmdletContract {

    /** One breach of the contract; line is 1-based. */
    public record Violation(String script, int line, String command, String what) {
        @Override
        public String toString() {
            return script + ":" + line + "  " + command + "  " + what;
        }
    }

    /** The check's result: violations (sorted), scripts checked, and the analyser's own time. */
    public record Result(List<Violation> violations, int scripts, long analyserMillis, long wallMillis) {
        /** Every violation, one a line, for a failure message. */
        public String describe() {
            return violations.size() + " cmdlet contract violation(s) in " + scripts + " scripts"
                    + " (script:line  command  what; catalogue: src/test/resources/cmdlets/catalogue.json):\n"
                    + violations.stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
        }
    }

    static final Path CATALOGUE = Path.of("src/test/resources/cmdlets/catalogue.json");
    static final Set<String> KINDS = Set.of("switch", "bool", "string", "int", "list", "hashtable", "scriptblock",
            "object");
    private static final Set<String> STRING_NODES = Set.of("string_literal", "verbatim_string_characters",
            "expandable_string_literal", "verbatim_here_string_characters", "expandable_here_string_literal",
            "generic_token");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Catalogue catalogue;

    private CmdletContract() {
    }

    // ---- the catalogue ------------------------------------------------------------------

    /** A catalogued command (lower-case keys for case-insensitive look-ups). */
    record Entry(String name, String kind, String doc, Map<String, String> parameters, Map<String, String> parameterNames,
            List<String> positional, Map<String, String> properties, boolean outputChecked, List<String> options,
            List<String> verbs) {
    }

    /** The catalogue file, read once. */
    record Catalogue(Map<String, Entry> commands, Map<String, String> exempt, Map<String, String> common,
            Set<String> intrinsic, JsonNode root) {

        /** The entry of a command as the script names it ({@code iisreset} finds {@code iisreset.exe}). */
        Entry entry(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            Entry e = commands.get(lower);
            return e != null ? e : commands.get(lower + ".exe");
        }

        boolean exempt(String name) {
            return exempt.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    static synchronized Catalogue catalogue() {
        if (catalogue == null) {
            try {
                JsonNode root = JSON.readTree(Files.readString(PowerShellParser.testTools().getParent()
                        .resolve(CATALOGUE), StandardCharsets.UTF_8));
                Map<String, Entry> commands = new LinkedHashMap<>();
                for (JsonNode c : root.get("commands")) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    Map<String, String> parameterNames = new LinkedHashMap<>();
                    if (c.has("parameters")) {
                        for (Map.Entry<String, JsonNode> p : c.get("parameters").properties()) {
                            parameters.put(p.getKey().toLowerCase(Locale.ROOT), p.getValue().asString());
                            parameterNames.put(p.getKey().toLowerCase(Locale.ROOT), p.getKey());
                        }
                    }
                    Map<String, String> properties = new LinkedHashMap<>();
                    for (JsonNode p : c.get("properties")) {
                        properties.put(p.get("name").asString().toLowerCase(Locale.ROOT), p.get("name").asString());
                    }
                    String name = c.get("name").asString();
                    commands.put(name.toLowerCase(Locale.ROOT), new Entry(name, c.get("kind").asString(),
                            c.path("doc").asString(""), parameters, parameterNames, texts(c.path("positional")), properties,
                            c.path("outputChecked").asBoolean(true), texts(c.path("options")), texts(c.path("verbs"))));
                }
                Map<String, String> exempt = new LinkedHashMap<>();
                for (JsonNode e : root.get("exempt")) {
                    exempt.put(e.get("name").asString().toLowerCase(Locale.ROOT), e.get("module").asString());
                }
                Map<String, String> common = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> p : root.get("commonParameters").get("parameters").properties()) {
                    common.put(p.getKey().toLowerCase(Locale.ROOT), p.getValue().asString());
                }
                Set<String> intrinsic = new HashSet<>();
                for (String n : texts(root.get("intrinsicMembers").get("names"))) {
                    intrinsic.add(n.toLowerCase(Locale.ROOT));
                }
                catalogue = new Catalogue(commands, exempt, common, intrinsic, root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalogue;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                out.add(n.asString());
            }
        }
        return out;
    }

    // ---- checking -------------------------------------------------------------------------

    /**
     * Checks every script (name: a label such as {@code en/litwareinc/06-verify.ps1}; text without BOM).
     * The parse is shared with {@link PowerShellParser} ({@link ScriptAnalysis}: one parse per distinct
     * script and test JVM).
     */
    public static Result check(Map<String, String> nameToText) {
        long started = System.nanoTime();
        Catalogue cat = catalogue();
        ScriptAnalysis.Batch batch = ScriptAnalysis.of(nameToText);
        List<Violation> violations = new ArrayList<>();
        batch.byName().forEach((script, file) -> collect(cat, script, file, violations));
        violations.sort(Comparator.comparing(Violation::script).thenComparingInt(Violation::line)
                .thenComparing(Violation::command).thenComparing(Violation::what));
        return new Result(List.copyOf(violations), nameToText.size(), batch.analyserMillis(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void collect(Catalogue cat, String script, JsonNode file, List<Violation> violations) {
        if (file.get("errors").asInt() > 0) {
            violations.add(new Violation(script, 1, "-", "the script does not parse (" + file.get("errors").asInt()
                    + " ERROR/MISSING nodes): its commands cannot be checked"));
        }
        Set<String> functions = new HashSet<>();
        for (String f : texts(file.get("functions"))) {
            functions.add(f.toLowerCase(Locale.ROOT));
        }
        for (JsonNode command : file.get("commands")) {
            checkCommand(cat, script, functions, command, violations);
        }
        for (JsonNode read : file.get("reads")) {
            checkRead(cat, script, read, violations);
        }
    }

    /** Checks the scripts and throws an AssertionError listing every violation when there is one. */
    public static Result assertKept(Map<String, String> nameToText, String context) {
        Result result = check(nameToText);
        if (!result.violations().isEmpty()) {
            throw new AssertionError(context + ": " + result.describe());
        }
        return result;
    }

    private static void checkCommand(Catalogue cat, String script, Set<String> functions, JsonNode command,
            List<Violation> out) {
        int line = command.get("line").asInt();
        String name = command.get("name").isNull() ? null : command.get("name").asString();
        JsonNode elements = command.get("elements");
        if (command.path("scriptBlock").asBoolean(false)) {
            return; // & $block: a script block of the same script, whose commands are checked where it is written
        }
        if (name == null) {
            out.add(new Violation(script, line, command.get("nameText").asString(),
                    "the program this call operator runs cannot be told: call it by a literal path, or through a"
                            + " variable assigned from an expression holding its .exe file name"));
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (functions.contains(lower)) {
            return; // defined in the same script
        }
        if (cat.exempt(name)) {
            if (lower.equals("get-command")) {
                checkCommandReferences(cat, script, functions, line, elements, out);
            }
            return;
        }
        Entry entry = cat.entry(name);
        if (entry == null) {
            out.add(new Violation(script, line, name, "not in the catalogue and not an exempt PowerShell command"));
            return;
        }
        if (entry.kind().equals("program")) {
            checkProgram(entry, script, line, elements, out);
            return;
        }
        Set<String> bound = new HashSet<>();
        List<JsonNode> positional = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode e = elements.get(i);
            String kindOfElement = e.get("kind").asString();
            int at = e.path("line").asInt(line);
            if (kindOfElement.equals("splat")) {
                out.add(new Violation(script, at, name, "splatted " + e.get("text").asString() + " cannot be checked:"
                        + " build the hashtable in the script (@{ Name = value }, $h.Name = / $h['Name'] = )"));
                continue;
            }
            if (kindOfElement.equals("arg")) {
                positional.add(e);
                continue;
            }
            String parameter = e.get("name").asString();
            String key = parameter.toLowerCase(Locale.ROOT);
            String kind = entry.parameters().getOrDefault(key, cat.common().get(key));
            if (kind == null) {
                List<String> longer = entry.parameters().keySet().stream().filter(p -> p.startsWith(key)).toList();
                out.add(new Violation(script, at, name, "-" + parameter + ": no such parameter"
                        + (longer.size() == 1 ? " (PowerShell would take it as a prefix of -" + entry.parameterNames().get(longer.get(0))
                                + "; write the full name)" : "")
                        + (e.has("splat") ? " (key of splatted " + e.get("splat").asString() + ")" : "")));
                continue;
            }
            bound.add(key);
            if (e.get("colon").asBoolean()) {
                continue; // -Name:value or a splatted key: the value is bound to the parameter
            }
            if (kind.equals("switch")) {
                continue;
            }
            JsonNode next = i + 1 < elements.size() ? elements.get(i + 1) : null;
            if (next == null || !next.get("kind").asString().equals("arg")) {
                out.add(new Violation(script, at, name, "-" + parameter + " takes a " + kind + " value, but none follows"));
                continue;
            }
            i++;
            if (kind.equals("bool") && STRING_NODES.contains(next.get("node").asString())
                    && !next.path("text").asString("").matches("(?i)\\$(true|false)")) {
                out.add(new Violation(script, at, name, "-" + parameter + " is a bool parameter given the string "
                        + next.path("text").asString("?") + " (write $true or $false)"));
            }
        }
        List<String> free = entry.positional().stream().filter(p -> !bound.contains(p.toLowerCase(Locale.ROOT))).toList();
        for (int p = 0; p < positional.size(); p++) {
            JsonNode arg = positional.get(p);
            if (p >= free.size()) {
                out.add(new Violation(script, arg.path("line").asInt(line), name, "positional argument "
                        + (arg.get("text").isNull() ? "(" + arg.get("node").asString() + ")" : arg.get("text").asString())
                        + " has no positional parameter left to bind to (a switch given a value, or a parameter name"
                        + " missing?)"));
            }
        }
    }

    /** {@code Get-Command X}: X must be a command the catalogue knows (the script depends on it being there). */
    private static void checkCommandReferences(Catalogue cat, String script, Set<String> functions, int line,
            JsonNode elements, List<Violation> out) {
        for (int i = 0; i < elements.size(); i++) {
            JsonNode e = elements.get(i);
            boolean named = e.get("kind").asString().equals("param");
            if (named && !e.get("name").asString().equalsIgnoreCase("Name")) {
                if (!e.get("colon").asBoolean() && i + 1 < elements.size()
                        && elements.get(i + 1).get("kind").asString().equals("arg")) {
                    i++; // -ErrorAction SilentlyContinue and the like
                }
                continue;
            }
            JsonNode arg = named ? (i + 1 < elements.size() ? elements.get(++i) : null) : e;
            if (arg == null || !arg.get("kind").asString().equals("arg") || arg.get("text").isNull()) {
                continue;
            }
            String referenced = arg.get("text").asString();
            if (cat.entry(referenced) == null && !cat.exempt(referenced)
                    && !functions.contains(referenced.toLowerCase(Locale.ROOT))) {
                out.add(new Violation(script, arg.path("line").asInt(line), "Get-Command",
                        "looks for " + referenced + ", which is not in the catalogue"));
            }
        }
    }

    /** An external program: its /options must be ones the catalogue lists, bare words its verbs. */
    private static void checkProgram(Entry entry, String script, int line, JsonNode elements, List<Violation> out) {
        for (JsonNode e : elements) {
            if (!e.get("kind").asString().equals("arg") || e.get("text").isNull()) {
                continue;
            }
            String text = e.get("text").asString();
            if (text.startsWith("/")) {
                String option = text.contains(":") ? text.substring(0, text.indexOf(':') + 1) : text;
                if (entry.options().stream().noneMatch(o -> o.equalsIgnoreCase(option))) {
                    out.add(new Violation(script, e.path("line").asInt(line), entry.name(), "option " + option
                            + " is not in the catalogue (" + String.join(" ", entry.options()) + ")"));
                }
            } else if (e.get("node").asString().equals("generic_token")
                    && entry.verbs().stream().noneMatch(v -> v.equalsIgnoreCase(text))) {
                out.add(new Violation(script, e.path("line").asInt(line), entry.name(), "argument " + text
                        + " is not in the catalogue (" + String.join(" ", entry.verbs()) + ")"));
            }
        }
    }

    private static void checkRead(Catalogue cat, String script, JsonNode read, List<Violation> out) {
        Entry entry = cat.entry(read.get("command").asString());
        if (entry == null || !entry.outputChecked()) {
            return; // exempt, unknown (reported as a command), a local function, or output not described
        }
        String property = read.get("property").asString();
        String key = property.toLowerCase(Locale.ROOT);
        if (cat.intrinsic().contains(key) || entry.properties().containsKey(key)) {
            return;
        }
        out.add(new Violation(script, read.get("line").asInt(), entry.name(), "reads ." + property + " (on "
                + read.get("via").asString() + "), which the catalogue does not list for its objects ("
                + String.join(", ", entry.properties().values()) + ")"));
    }
}
