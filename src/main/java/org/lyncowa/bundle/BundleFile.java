package org.lyncowa.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of the bundle as the manifest lists it.
 *
 * <p>Values for the files that are not scripts (documented here because the manifest format
 * leaves them open): {@code plan.json} has purpose {@code plan}, {@code runbook.md} and
 * {@code runbook.html} have purpose {@code runbook}; for all three {@code shell} and
 * {@code runOn} are JSON {@code null} (they are not run anywhere) and {@code order} is
 * {@code 0} (not a step; scripts count from 1).
 *
 * @param path    file name inside the folder-less ZIP
 * @param purpose a script purpose from plan-and-bundle.md, or {@code plan} / {@code runbook}
 * @param shell   the shell a script runs in; null for files that are not run
 * @param runOn   where a script runs; null for files that are not run
 * @param order   the script's step order (1-based); 0 for files that are not run
 * @param bytes   the exact bytes written to the ZIP (callers must not change the array)
 */
public record BundleFile(String path, String purpose, String shell, String runOn, int order, byte[] bytes) {

    public static final String PLAN_PURPOSE = "plan";
    public static final String RUNBOOK_PURPOSE = "runbook";

    static BundleFile document(String path, String purpose, String text) {
        return new BundleFile(path, purpose, null, null, 0, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of {@link #bytes()}. */
    public String sha256() {
        return sha256(bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest documentation).
            throw new IllegalStateException(e);
        }
    }

    /** The bytes as UTF-8 text (without a BOM if there is one). */
    public String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
