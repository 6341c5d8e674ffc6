package org.lyncowa.script;

/**
 * One generated PowerShell script of the bundle (plan-and-bundle.md, "The bundle").
 *
 * @param fileName {@code NN-<purpose>.ps1}
 * @param purpose  one of the documented purpose values ({@code trusted-pool}, {@code owa-web-config}, ...)
 * @param shell    the shell it runs in, as the manifest states it ("Lync Server Management Shell", ...)
 * @param runOn    where it runs, as the manifest states it ("each Mailbox server", ...)
 * @param order    its place in the runbook, 1-based
 * @param text     the script text exactly as written to the file, with CRLF line ends and no BOM
 *                 (the BOM is added when the file is written: see {@link #bytes()})
 */
public record GeneratedScript(String fileName, String purpose, String shell, String runOn, int order, String text) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The file's bytes: UTF-8 with BOM (Windows PowerShell 5.1 needs it to read non-ASCII text), CRLF. */
    public byte[] bytes() {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, out, UTF8_BOM.length, body.length);
        return out;
    }
}
