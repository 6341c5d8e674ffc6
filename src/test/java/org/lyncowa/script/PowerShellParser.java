package org.lyncowa.script;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses PowerShell text with a real PowerShell grammar: the npm package
 * {@code tree-sitter-powershell} 0.26.4 (WebAssembly build, via {@code web-tree-sitter} 0.26.4),
 * run by {@code test-tools/ps-parse.mjs} in one {@code node --liftoff-only} process per call, so
 * thousands of scripts cost one start-up. Needs {@code node} on the PATH and
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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PowerShellParser() {
    }

    /** Parses each text (name: any label, e.g. a file name; text: the script without BOM). */
    public static Results parse(Map<String, String> nameToText) {
        return parse(nameToText, false);
    }

    /** As {@link #parse(Map)}; with {@code strings} also every string-literal node of each script. */
    public static Results parse(Map<String, String> nameToText, boolean strings) {
        long started = System.nanoTime();
        Path tools = testTools();
        Path work = Path.of("target", "ps-parse", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(work);
            // Files get neutral names: the labels may hold anything, including hostile text.
            Map<String, String> fileToName = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, String> e : nameToText.entrySet()) {
                String file = String.format("%06d.ps1", i++);
                fileToName.put(file, e.getKey());
                byte[] bytes = new GeneratedScript(file, "-", "-", "-", i, e.getValue()).bytes();
                Files.write(work.resolve(file), bytes);
            }
            List<String> command = new ArrayList<>(List.of(node(), "--liftoff-only",
                    tools.resolve("ps-parse.mjs").toString()));
            if (strings) {
                command.add("--strings");
            }
            command.add(work.toString());
            Path stderr = work.resolve("stderr.txt");
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("ps-parse.mjs failed (exit " + exit + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            JsonNode root = JSON.readTree(new String(out, StandardCharsets.UTF_8));
            Map<String, Result> byName = new LinkedHashMap<>();
            for (JsonNode f : root.get("files")) {
                String file = Path.of(f.get("file").asString()).getFileName().toString();
                List<Problem> problems = new ArrayList<>();
                for (JsonNode e : f.get("errors")) {
                    problems.add(new Problem(e.get("type").asString(), e.get("node").asString(), e.get("line").asInt(),
                            e.get("column").asInt(), e.get("text").asString()));
                }
                List<StringLiteral> literals = new ArrayList<>();
                if (f.has("strings")) {
                    for (JsonNode s : f.get("strings")) {
                        literals.add(new StringLiteral(s.get("type").asString(), s.get("text").asString(),
                                s.get("line").asInt(), s.get("column").asInt()));
                    }
                }
                String name = fileToName.get(file);
                byName.put(name, new Result(name, List.copyOf(problems), List.copyOf(literals)));
            }
            if (byName.size() != nameToText.size()) {
                throw new IllegalStateException("ps-parse.mjs returned " + byName.size() + " results for "
                        + nameToText.size() + " scripts");
            }
            if (byName.values().stream().allMatch(Result::ok)) {
                deleteTree(work); // kept otherwise, for a look at the failing files
            }
            return new Results(byName, root.get("millis").asLong(), (System.nanoTime() - started) / 1_000_000,
                    root.get("grammar").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
