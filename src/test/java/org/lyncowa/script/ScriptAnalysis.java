package org.lyncowa.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the PowerShell grammar says about each script, for both checks that use it: the grammar check
 * ({@link PowerShellParser}: ERROR/MISSING nodes, string literals) and the cmdlet contract
 * ({@link CmdletContract}: commands, parameters, property reads). One {@code node --liftoff-only
 * test-tools/ps-commands.mjs --parse} run parses each script once and answers both; a script already
 * analysed in this test JVM (the same text, by SHA-256) is not parsed again, so the example plans'
 * scripts, which several test classes check, are parsed once per run. Of batches of more than
 * {@value #CACHE_UP_TO} new scripts (the fuzz test's, each seen once) only the last one is kept, for
 * its caller's second check of the same scripts.
 * Many scripts go to two node processes at once (one per core).
 */
final class ScriptAnalysis {

    /** The analyses of one call, by the caller's names; {@code analyserMillis}: node's own time (0 if all were known). */
    record Batch(Map<String, JsonNode> byName, long analyserMillis, String grammar) {
    }

    static final int CACHE_UP_TO = 400;
    private static final int PARALLEL_FROM = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** SHA-256 of a script's text to ps-commands.mjs's entry for it (without file name). */
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();
    /** The last batch too large to keep: its caller's next check of the same scripts still finds it. */
    private static volatile Map<String, JsonNode> lastLarge = Map.of();
    private static volatile String grammar = "";

    private ScriptAnalysis() {
    }

    /** Analyses each text (name: any label; text: the script without BOM). */
    static Batch of(Map<String, String> nameToText) {
        Map<String, String> hashOfName = new LinkedHashMap<>();
        Map<String, String> newByHash = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : nameToText.entrySet()) {
            String hash = sha256(e.getValue());
            hashOfName.put(e.getKey(), hash);
            if (known(hash) == null) {
                newByHash.putIfAbsent(hash, e.getValue());
            }
        }
        Map<String, JsonNode> fresh = new ConcurrentHashMap<>();
        long millis = 0;
        if (!newByHash.isEmpty()) {
            List<Map<String, String>> parts = new ArrayList<>(List.of(new LinkedHashMap<>(), new LinkedHashMap<>()));
            int n = 0;
            for (Map.Entry<String, String> e : newByHash.entrySet()) {
                parts.get(newByHash.size() > PARALLEL_FROM && n++ % 2 == 1 ? 1 : 0).put(e.getKey(), e.getValue());
            }
            CompletableFuture<Long> second = parts.get(1).isEmpty() ? null
                    : CompletableFuture.supplyAsync(() -> run(parts.get(1), fresh));
            millis = run(parts.get(0), fresh);
            if (second != null) {
                millis = Math.max(millis, second.join());
            }
            if (newByHash.size() <= CACHE_UP_TO) {
                CACHE.putAll(fresh);
            } else {
                lastLarge = Map.copyOf(fresh);
            }
        }
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        hashOfName.forEach((name, hash) -> {
            JsonNode entry = fresh.containsKey(hash) ? fresh.get(hash) : known(hash);
            byName.put(name, entry);
        });
        return new Batch(byName, millis, grammar);
    }

    private static JsonNode known(String hash) {
        JsonNode entry = CACHE.get(hash);
        return entry != null ? entry : lastLarge.get(hash);
    }

    /** One node process over these scripts (hash to text); puts each entry by hash; returns node's time. */
    private static long run(Map<String, String> hashToText, Map<String, JsonNode> out) {
        Path tools = PowerShellParser.testTools();
        Path work = Path.of("target", "ps-analysis", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(work);
            // Neutral file names: the labels may hold anything, including hostile text.
            Map<String, String> fileToHash = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, String> e : hashToText.entrySet()) {
                String file = String.format("%06d.ps1", i++);
                fileToHash.put(file, e.getKey());
                Files.write(work.resolve(file), new GeneratedScript(file, "-", "-", "-", i, e.getValue()).bytes());
            }
            Path stderr = work.resolve("stderr.txt");
            Process process = new ProcessBuilder(PowerShellParser.node(), "--liftoff-only",
                    tools.resolve("ps-commands.mjs").toString(), "--parse", work.toString())
                    .redirectError(stderr.toFile()).start();
            byte[] bytes;
            try (InputStream in = process.getInputStream()) {
                bytes = in.readAllBytes();
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("ps-commands.mjs --parse failed (exit " + exit + "): "
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            grammar = root.get("grammar").asString();
            int seen = 0;
            boolean allParse = true;
            for (JsonNode f : root.get("files")) {
                String file = Path.of(f.get("file").asString()).getFileName().toString();
                ((tools.jackson.databind.node.ObjectNode) f).remove("file");
                out.put(fileToHash.get(file), f);
                allParse &= f.get("problems").isEmpty();
                seen++;
            }
            if (seen != hashToText.size()) {
                throw new IllegalStateException("ps-commands.mjs returned " + seen + " results for "
                        + hashToText.size() + " scripts");
            }
            if (allParse) {
                deleteTree(work); // kept otherwise, for a look at the failing files
            }
            return root.get("millis").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
