package org.lyncowa.script;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Parses PowerShell text with a real PowerShell grammar: the npm package
 * {@code tree-sitter-powershell} 0.26.4 (WebAssembly build, via {@code web-tree-sitter} 0.26.4),
 * run by {@code test-tools/ps-commands.mjs --parse} (the walk of {@code test-tools/ps-parse.mjs}, which
 * stays the command-line tool) in one {@code node --liftoff-only} process per call, so thousands of
 * scripts cost one start-up; each distinct script is parsed once per test JVM ({@link ScriptAnalysis}). Needs {@code node} on the PATH and
 * {@code npm ci --prefix test-tools}; without them it throws (tests fail, never skip).
 *
 * <p>Node types of that grammar, found by parsing samples:
 * <ul>
 *   <li>{@code verbatim_string_characters}: a single-quoted string literal, text including both
 *       quotes ({@code 'it''s'}) — what {@link PsQuote#literal} produces;</li>
 *   <li>{@code verbatim_here_string_characters}: a single-quoted here-string {@code @'...'@};</li>
 *   <li>{@code expandable_string_literal} / {@code expandable_here_string_literal}: double-quoted
 *       strings (their {@code $variables} are child nodes);</li>
 *   <li>each of them sits under a {@code string_literal} node; syntax errors are {@code ERROR}
 *       nodes and tokens the parser had to invent are MISSING nodes.</li>
 * </ul>
 * Known grammar gap: a bare-word list as a command argument ({@code Format-Table A, B}) parses as
 * an ERROR; the templates quote such names ({@code -Property 'A', 'B'}).
 */
public final class PowerShellParser {

    /** An ERROR or MISSING node; line and column are 1-based. */
    public record Problem(String kind, String node, int line, int column, String text) {
    }

    /** A string-literal node (see the class comment for the types). */
    public record StringLiteral(String type, String text, int line, int column) {
    }

    /** What the grammar found in one script. */
    public record Result(String name, List<Problem> problems, List<StringLiteral> strings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Every script's result by name (in input order), the grammar's parse time and the whole call's time. */
    public record Results(Map<String, Result> byName, long parseMillis, long wallMillis, String grammar) {
        public List<Result> failures() {
            return byName.values().stream().filter(r -> !r.ok()).toList();
        }
    }

    private PowerShellParser() {
    }

    /** Parses each text (name: any label, e.g. a file name; text: the script without BOM). */
    public static Results parse(Map<String, String> nameToText) {
        return parse(nameToText, false);
    }

    /**
     * As {@link #parse(Map)}; with {@code strings} also every string-literal node of each script. The
     * parse is shared with {@link CmdletContract} ({@link ScriptAnalysis}: one parse per distinct
     * script and test JVM).
     */
    public static Results parse(Map<String, String> nameToText, boolean strings) {
        long started = System.nanoTime();
        ScriptAnalysis.Batch batch = ScriptAnalysis.of(nameToText);
        Map<String, Result> byName = new LinkedHashMap<>();
        batch.byName().forEach((name, f) -> {
            List<Problem> problems = new ArrayList<>();
            for (JsonNode e : f.get("problems")) {
                problems.add(new Problem(e.get("type").asString(), e.get("node").asString(), e.get("line").asInt(),
                        e.get("column").asInt(), e.get("text").asString()));
            }
            List<StringLiteral> literals = new ArrayList<>();
            if (strings) {
                for (JsonNode l : f.get("strings")) {
                    literals.add(new StringLiteral(l.get("type").asString(), l.get("text").asString(),
                            l.get("line").asInt(), l.get("column").asInt()));
                }
            }
            byName.put(name, new Result(name, List.copyOf(problems), List.copyOf(literals)));
        });
        return new Results(byName, batch.analyserMillis(), (System.nanoTime() - started) / 1_000_000, batch.grammar());
    }

    /** {@code test-tools/} of this repository, with its npm packages installed. */
    static Path testTools() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("test-tools/ps-parse.mjs"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("test-tools/ps-parse.mjs not found above " + Path.of("").toAbsolutePath());
        }
        Path tools = dir.resolve("test-tools");
        if (!Files.isRegularFile(tools.resolve("node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm"))
                || !Files.isDirectory(tools.resolve("node_modules/web-tree-sitter"))) {
            throw new IllegalStateException("The PowerShell grammar is not installed: run `npm ci --prefix test-tools`"
                    + " in " + dir + " (needs Node.js 18 or later), then run the tests again.");
        }
        return tools;
    }

    /** The {@code node} executable on the PATH. */
    static String node() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : List.of("node", "node.exe")) {
                    Path candidate = Path.of(dir, name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return candidate.toString();
                    }
                }
            }
        }
        throw new IllegalStateException("`node` (Node.js 18 or later) is not on the PATH; it is needed to check"
                + " generated scripts with the PowerShell grammar (then run `npm ci --prefix test-tools`).");
    }
}
