package org.lyncowa.plan;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Reads and writes the plan file with Jackson. Reading binds the tree to the plan records with Jackson's
 * own data binding, configured so that every unknown field and every wrong type is reported at once, with
 * its JSON path, before the plan rules run ({@link Problems}, {@link Exact}); writing lets Jackson write
 * the records.
 */
public final class PlanJson {

    /**
     * The plan format's size bound (plan-and-bundle.md: 256 KiB): the default of the one limit the app
     * applies to bodies, {@code lyncowa.limits.plan-size} ({@code org.lyncowa.system.PlanSizeLimit}).
     */
    public static final int MAX_BYTES = 256 * 1024;

    private static final String FORMAT_FIELD = "format";
    private static final String VERSION_FIELD = "version";
    private static final Map<String, int[]> DECLARED = Map.copyOf(declared(Plan.class, "", new int[0], new HashMap<>()));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Binds a plan document's tree to the records, each value only from the JSON type it is written as
     * ({@link Exact}); the problems go to a {@link Problems} handler per document. The format and the
     * version are read before, from the tree.
     */
    private static final ObjectReader READER = MAPPER.rebuild()
            .withConfigOverride(Plan.class, o -> o.setIgnorals(
                    JsonIgnoreProperties.Value.forIgnoredProperties(FORMAT_FIELD, VERSION_FIELD)))
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .addModule(new SimpleModule().setDeserializerModifier(new Exact.Everywhere()))
            .build().readerFor(Plan.class);

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
        return PlanIssue.of(path(e.processor().streamReadContext()), "field.duplicate",
                safeName(String.valueOf(e.processor().currentName())));
    }

    /**
     * The JSON path of the value a parser is at: {@code instantMessaging.mailboxServers[1]}, a map's entry
     * as {@code instantMessaging.certificates["name"]}, {@code $} for the root. At the start of an object or
     * an array the parser is already inside it: its path is that of the enclosing context.
     */
    private static String path(JsonParser p) {
        TokenStreamContext c = p.streamReadContext();
        return path(p.isExpectedStartObjectToken() || p.isExpectedStartArrayToken() ? c.getParent() : c);
    }

    private static String path(TokenStreamContext context) {
        String path = within(context);
        return path.isEmpty() ? "$" : path;
    }

    private static String within(TokenStreamContext c) {
        if (c == null || c.inRoot()) {
            return "";
        }
        String parent = within(c.getParent());
        if (c.inArray()) {
            return parent + "[" + Math.max(0, c.getCurrentIndex()) + "]";
        }
        String name = c.currentName() == null ? "" : c.currentName();
        return PlanValues.keyed(parent) ? PlanValues.entryPath(parent, name) : field(parent, name);
    }

    private static String field(String parent, String name) {
        return parent.isEmpty() ? safeName(name) : parent + "." + safeName(name);
    }

    /**
     * Reads a plan this app wrote itself (a journey kept in a session) into the current model, older
     * format versions included, without checking it: its answers were checked when they were saved,
     * and a journey in progress is incomplete by nature. Pages that need a valid plan check it once.
     */
    public static Plan readWritten(JsonNode root) {
        return bind(root, new ArrayList<>());
    }

    static PlanCheck read(JsonNode root) {
        List<PlanIssue> issues = new ArrayList<>();
        return PlanRules.check(bind(root, issues), issues);
    }

    /**
     * The plan as Jackson binds it to the records, after the format and the version, which say how to read
     * the rest. Every problem goes into {@code issues} ({@link Problems}) and leaves its value null, so that
     * the rules raise nothing more for it.
     */
    private static Plan bind(JsonNode root, List<PlanIssue> issues) {
        if (!root.isObject()) {
            issues.add(PlanIssue.of("$", "type.object"));
            return new Plan(null, null, null, null, null);
        }
        JsonNode format = root.get(FORMAT_FIELD);
        if (format == null || format.isNull()) {
            issues.add(PlanIssue.of(FORMAT_FIELD, "required"));
        } else if (!format.isString() || !Plan.FORMAT.equals(format.stringValue())) {
            issues.add(PlanIssue.of(FORMAT_FIELD, "format.invalid", Plan.FORMAT));
        }
        JsonNode version = root.get(VERSION_FIELD);
        int fileVersion = Plan.VERSION;
        if (version == null || version.isNull()) {
            issues.add(PlanIssue.of(VERSION_FIELD, "required"));
        } else if (!version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() < Plan.OLDEST_READ_VERSION || version.intValue() > Plan.VERSION) {
            issues.add(PlanIssue.of(VERSION_FIELD, "version.unsupported", Plan.VERSION));
        } else {
            fileVersion = version.intValue();
        }
        Plan plan = READER.withHandler(new Problems(issues, fileVersion)).readValue(withinBounds((ObjectNode) root, issues));
        Map<String, int[]> order = new HashMap<>();
        issues.sort(Comparator.comparing(issue -> order.computeIfAbsent(issue.path(), PlanJson::declaredOrder), Arrays::compare));
        return plan;
    }

    /**
     * Where a path comes in the records' declared order, the order of every plan error: in an object its
     * unknown fields first (ties, so the file's order), then the format and the version, then its
     * components as declared, a list before its entries. Jackson meets the problems in the file's order,
     * and a record's unknown fields only once the record is built.
     */
    private static int[] declaredOrder(String path) {
        int bracket = path.indexOf('[');
        String field = bracket < 0 ? path : path.substring(0, bracket);
        int[] known = DECLARED.get(field);
        if (known == null) {
            int[] parent = new int[0];
            for (int dot = field.indexOf('.'); dot > 0 && DECLARED.containsKey(field.substring(0, dot));
                    dot = field.indexOf('.', dot + 1)) {
                parent = DECLARED.get(field.substring(0, dot));
            }
            int[] order = Arrays.copyOf(parent, parent.length + 1);
            order[parent.length] = parent.length == 0 ? List.of(FORMAT_FIELD, VERSION_FIELD).indexOf(field) - 2 : -3;
            return order;
        }
        int[] order = Arrays.copyOf(known, known.length + 1);
        order[known.length] = bracket < 0 ? -1 : 0;
        for (int i = bracket + 1; bracket >= 0 && i < path.length() && path.charAt(i) >= '0' && path.charAt(i) <= '9'; i++) {
            order[known.length] = order[known.length] * 10 + path.charAt(i) - '0';
        }
        return order;
    }

    /** The place of each field of the records by path, as {@link #declaredOrder} compares them. */
    private static Map<String, int[]> declared(Class<?> type, String prefix, int[] at, Map<String, int[]> out) {
        RecordComponent[] components = type.getRecordComponents();
        for (int c = 0; c < components.length; c++) {
            int[] order = Arrays.copyOf(at, at.length + 1);
            order[at.length] = c;
            out.put(prefix + components[c].getName(), order);
            if (components[c].getType().isRecord()) {
                declared(components[c].getType(), prefix + components[c].getName() + ".", order, out);
            }
        }
        return out;
    }

    /**
     * The document without its lists (and {@code certificates}) over their {@code @Size} bound: one
     * {@code list.tooMany} each, and none of their entries is read (bounded work, issue 12). Blank
     * strings are not entries: the rules drop them.
     */
    private static ObjectNode withinBounds(ObjectNode root, List<PlanIssue> issues) {
        ObjectNode within = root;
        for (Map.Entry<String, Integer> bound : PlanValues.bounds().entrySet()) {
            String[] names = bound.getKey().split("\\.");
            JsonNode value = root.path(names[0]).path(names[1]);
            long entries = value.isObject() && PlanValues.keyed(bound.getKey()) ? value.size()
                    : value.isArray() ? value.valueStream().filter(v -> !v.isString() || !v.stringValue().isBlank()).count()
                    : 0;
            if (entries > bound.getValue()) {
                issues.add(PlanIssue.of(bound.getKey(), "list.tooMany", bound.getValue()));
                within = within == root ? root.deepCopy() : within;
                ((ObjectNode) within.get(names[0])).remove(names[1]);
            }
        }
        return within;
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
     * Collects every problem Jackson meets while binding, at the path of its value, and leaves the value
     * null: an unknown field (skipped), a value of the wrong JSON type or an unknown name. A version 1
     * file's Exchange value is read into the current model here.
     */
    private static final class Problems extends DeserializationProblemHandler {
        private final List<PlanIssue> issues;
        private final int fileVersion;

        Problems(List<PlanIssue> issues, int fileVersion) {
            this.issues = issues;
            this.fileVersion = fileVersion;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
            // Fields after the last component come at once; the others once their record is read, from a
            // buffer that knows nothing of the record's place: the parser has just read the record then.
            JsonParser main = ctxt.getParser();
            issues.add(PlanIssue.of(p == main ? path(p) : field(within(main.streamReadContext()), propertyName),
                    "field.unknown"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
            if (fileVersion == 1 && targetType == ExchangeServer.class && ExchangeServer.VERSION_1_2016_OR_LATER.equals(value)) {
                // Version 1 had one value for every Exchange after 2013 (plan-and-bundle.md "Version 2").
                return ExchangeServer.EXCHANGE_2016;
            }
            return wrong(ctxt.getParser(), targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            return wrong(p, targetType.getRawClass());
        }

        private Object wrong(JsonParser p, Class<?> type) {
            String path = path(p);
            if (type.isEnum()) {
                issues.add(PlanIssue.of(path, "value.unknown", Arrays.stream(type.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
            } else {
                issues.add(PlanIssue.of(path, type == String.class ? "type.string" : type == Boolean.class ? "type.boolean"
                        : type == Integer.class ? "type.integer" : Collection.class.isAssignableFrom(type) ? "type.array"
                        : "type.object"));
            }
            p.skipChildren();
            return null;
        }
    }

    /**
     * Every value only from the JSON type it is written as: text, true/false, a whole number, an enum's
     * exact name, an array for a list, an object for a record or a map. Anything else goes to the problem
     * handler, which Jackson would instead coerce ({@code "true"}, {@code 5} as text, a trimmed name) or
     * refuse by throwing (an empty string). A whole number beyond int is the nearest int, which the value's
     * range rule refuses; a null in a list is a wrong type, an absent value is not.
     */
    private static final class Exact extends DelegatingDeserializer {
        Exact(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new Exact(delegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Class<?> type = handledType();
            boolean exact = switch (p.currentToken()) {
                case VALUE_STRING -> type == String.class
                        || type.isEnum() && !p.getString().isBlank() && p.getString().trim().equals(p.getString());
                case VALUE_TRUE, VALUE_FALSE -> type == Boolean.class;
                case VALUE_NUMBER_INT -> type == Integer.class;
                case START_ARRAY -> Collection.class.isAssignableFrom(type);
                case START_OBJECT -> type.isRecord() || Map.class.isAssignableFrom(type);
                default -> false;
            };
            if (!exact) {
                return ctxt.handleUnexpectedToken(type, p);
            }
            if (type == Integer.class && p.getNumberType() != JsonParser.NumberType.INT) {
                return p.getBigIntegerValue().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            return super.deserialize(p, ctxt);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            return p.hasToken(JsonToken.VALUE_NULL) && p.streamReadContext().inArray()
                    ? ctxt.handleUnexpectedToken(handledType(), p) : super.getNullValue(ctxt);
        }

        /** Wraps the deserializer of every type. */
        static final class Everywhere extends ValueDeserializerModifier {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                    ValueDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }

            @Override
            public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                    BeanDescription.Supplier bean, ValueDeserializer<?> deserializer) {
                return new Exact(deserializer);
            }
        }
    }
}
