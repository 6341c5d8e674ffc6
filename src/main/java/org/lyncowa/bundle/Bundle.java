package org.lyncowa.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundle of one plan (plan-and-bundle.md, "The bundle"): the files in ZIP order and the
 * manifest that lists them. Everything is derived from the fields, so the same bundle always
 * gives the same bytes.
 *
 * @param generatedAt when it was generated (the time in the manifest and the ZIP entries)
 * @param generator   {@code "<name> <version>"}
 * @param files       every file except {@code manifest.json}, in ZIP and manifest order
 */
public record Bundle(Instant generatedAt, String generator, List<BundleFile> files) {

    public static final String FORMAT = "lync-owa-bundle";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    public Bundle {
        generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        files = List.copyOf(files);
    }

    /** The manifest timestamp: ISO-8601 in UTC, whole seconds. */
    public String generatedAtText() {
        return timeText(generatedAt);
    }

    /** An instant as the manifest and the runbook show it: ISO-8601 in UTC, whole seconds. */
    public static String timeText(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code manifest.json}: format, version, time, generator and every other file with its SHA-256. */
    public String manifestJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("generatedAt", generatedAtText());
        root.put("generator", generator);
        ArrayNode list = root.putArray("files");
        for (BundleFile f : files) {
            ObjectNode n = list.addObject();
            n.put("path", f.path());
            n.put("purpose", f.purpose());
            n.put("shell", f.shell());
            n.put("runOn", f.runOn());
            n.put("order", f.order());
            n.put("sha256", f.sha256());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** One folder-less ZIP: {@code manifest.json} first, then the files in order. */
    public byte[] zip() {
        // Entry times come from generatedAt (read as UTC wall time) so the ZIP is the same in any time zone.
        LocalDateTime time = LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            write(zip, MANIFEST, manifestJson().getBytes(StandardCharsets.UTF_8), time);
            for (BundleFile f : files) {
                write(zip, f.path(), f.bytes(), time);
            }
        } catch (IOException e) {
            // A ByteArrayOutputStream does not fail.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ZipOutputStream zip, String path, byte[] bytes, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
