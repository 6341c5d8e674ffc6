package org.lyncowa.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the plan file with Jackson. Reading binds the tree to the plan records with a
 * collecting step, so that every unknown field and every wrong type is reported at once, with its
 * JSON path, before the plan rules run; writing lets Jackson write the records.
 */
public final class PlanJson {

    /**
     * The plan format's size bound (plan-and-bundle.md: 256 KiB): the default of the one limit the app
     * applies to bodies, {@code lyncowa.limits.plan-size} ({@code org.lyncowa.system.PlanSizeLimit}).
     */
    public static final int MAX_BYTES = 256 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String FORMAT_FIELD = "format";
    private static final String VERSION_FIELD = "version";

    private PlanJson() {
    }

    /** The body is not JSON at all (or not well-formed): the API answers 400, the pages say so. */
    public static class NotJsonException extends Exception {
        public NotJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The file is not valid UTF-8 (RFC 8259 8.1): an overlong sequence, an encoded surrogate (CESU-8),
     * a stray byte. Refused rather than read with replacement characters that would reach scripts.
     */
    public static final class NotUtf8Exception extends NotJsonException {
        public NotUtf8Exception(Throwable cause) {
            super("not valid UTF-8", cause);
        }
    }

    /** Reads a plan document and checks it against every rule. */
    public static PlanCheck read(String json) throws NotJsonException {
        JsonNode root;
        try {
            root = tree(json);
        } catch (NotJsonException e) {
            PlanIssue duplicate = e.getCause() instanceof StreamReadException s ? duplicateName(s) : null;
            if (duplicate == null) {
                throw e;
            }
            return new PlanCheck(new Plan(null, null, null, null, null), List.of(duplicate), List.of());
        }
        return read(root);
    }

    /** Reads a plan file's bytes: strict UTF-8 (a leading byte order mark is allowed), then as {@link #read(String)}. */
    public static PlanCheck read(byte[] json) throws NotJsonException {
        return read(text(json));
    }

    /**
     * A JSON file's bytes as text, strict UTF-8 (RFC 8259 8.1) without a leading byte order mark: how plan
     * and discovery files are decoded.
     */
    public static String text(byte[] json) throws NotUtf8Exception {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        }
    }

    /**
     * A document's tree, names given twice refused (STRICT_DUPLICATE_DETECTION): how plan and discovery
     * files are parsed. Every reading error, an empty document included, is "not JSON" (the cause says which).
     */
    public static JsonNode tree(String json) throws NotJsonException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new NotJsonException(e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new NotJsonException("empty document", null);
        }
        return root;
    }

    /** Names from a file go into paths and messages: kept short and printable. */
    public static String safeName(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(64).forEach(cp -> out.appendCodePoint(
                Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp));
        return out.toString();
    }

    /**
     * A name given twice in one object (STRICT_DUPLICATE_DETECTION) as a plan error at the name's
     * path, {@code trustedPool.port}, instead of "not JSON"; null for every other reading error.
     * Jackson says which error it is only in its message.
     */
    private static PlanIssue duplicateName(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message == null || !message.startsWith("Duplicate Object property") || e.processor() == null) {
            return null;
        }
        String duplicated = safeName(String.valueOf(e.processor().currentName()));
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext c = e.processor().streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else {
                String name = c.currentName();
                segments.add(0, safeName(name == null ? "" : name));
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return PlanIssue.of(path.isEmpty() ? "$" : path.toString(), "field.duplicate", duplicated);
    }

    /**
     * Reads a plan this app wrote itself (a journey kept in a session) into the current model, older
     * format versions included, without checking it: its answers were checked when they were saved,
     * and a journey in progress is incomplete by nature. Pages that need a valid plan check it once.
     */
    public static Plan readWritten(JsonNode root) {
        return new Reader().plan(root);
    }

    static PlanCheck read(JsonNode root) {
        Reader r = new Reader();
        Plan raw = r.plan(root);
        return PlanRules.check(raw, r.errors);
    }

    /**
     * Writes a plan as the canonical, pretty-printed file: Jackson writes the records (components in
     * their declared order, absent values and empty lists omitted: {@code @JsonInclude} on the records)
     * after the format and version. The certificate source is an IM answer: not written when IM is off.
     */
    public static String write(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Plan.FORMAT);
        root.put("version", Plan.VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(plan));
        if (plan.instantMessaging() != null && !plan.instantMessaging().enables()) {
            ((ObjectNode) root.get("instantMessaging")).remove("certificateSource");
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Binds the tree to the plan records ({@link RecordBinder}), after the format and the version, which say
     * how to read the rest: a version 1 file's Exchange value is read into the current model.
     */
    private static final class Reader extends RecordBinder {
        /** The version the file says it is (the current one when it says nothing readable). */
        private int fileVersion = Plan.VERSION;

        Plan plan(JsonNode root) {
            if (!root.isObject()) {
                errors.add(PlanIssue.of("$", "type.object"));
                return new Plan(null, null, null, null, null);
            }
            unknown(root, "", Plan.class, FORMAT_FIELD, VERSION_FIELD);
            JsonNode format = root.get(FORMAT_FIELD);
            if (format == null || format.isNull()) {
                errors.add(PlanIssue.of(FORMAT_FIELD, "required"));
            } else if (!format.isString() || !Plan.FORMAT.equals(format.stringValue())) {
                errors.add(PlanIssue.of(FORMAT_FIELD, "format.invalid", Plan.FORMAT));
            }
            JsonNode version = root.get(VERSION_FIELD);
            if (version == null || version.isNull()) {
                errors.add(PlanIssue.of(VERSION_FIELD, "required"));
            } else if (!version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() < Plan.OLDEST_READ_VERSION || version.intValue() > Plan.VERSION) {
                errors.add(PlanIssue.of(VERSION_FIELD, "version.unsupported", Plan.VERSION));
            } else {
                fileVersion = version.intValue();
            }
            return components(root, "", Plan.class);
        }

        /** The entries of a list as the rules count them: blank strings are not entries. */
        @Override
        protected int entries(JsonNode array) {
            int entries = 0;
            for (JsonNode item : array) {
                if (!item.isString() || !item.stringValue().isBlank()) {
                    entries++;
                }
            }
            return entries;
        }

        @Override
        protected Object enumValue(JsonNode v, String path, Class<? extends Enum> type) {
            if (fileVersion == 1 && type == ExchangeServer.class && v.isString()
                    && ExchangeServer.VERSION_1_2016_OR_LATER.equals(v.stringValue())) {
                // Version 1 had one value for every Exchange after 2013 (plan-and-bundle.md "Version 2").
                return ExchangeServer.EXCHANGE_2016;
            }
            return super.enumValue(v, path, type);
        }
    }
}
