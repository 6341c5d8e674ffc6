package org.lyncowa.plan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the plan file. Reading walks the JSON tree by hand so that every unknown
 * field and every wrong type is reported at once, with its JSON path, before the plan rules run.
 */
public final class PlanJson {

    /** Plans larger than this are refused before parsing (plan-and-bundle.md: 256 KiB). */
    public static final int MAX_BYTES = 256 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> TOP = Set.of("format", "version", "title", "compatibility", "trustedPool",
            "instantMessaging", "mailboxPolicy");
    private static final Set<String> COMPATIBILITY = Set.of("lyncServer", "exchangeServer", "ucmaRuntimeConfirmed");
    private static final Set<String> TRUSTED_POOL = Set.of("umServicesColocated", "owaPoolFqdn", "registrarPoolFqdn",
            "siteId", "applicationId", "port", "poolComputers", "sipUriDialPlans");
    private static final Set<String> INSTANT_MESSAGING = Set.of("mode", "mailboxServers", "clientAccessServers",
            "certificateSource", "certificateThumbprint", "certificates", "imServerName", "settingOverrideName");
    private static final Set<String> MAILBOX_POLICY = Set.of("scope", "policies");

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
            root = MAPPER.readTree(json);
        } catch (StreamReadException e) {
            PlanIssue duplicate = duplicateName(e);
            if (duplicate != null) {
                return new PlanCheck(new Plan(null, null, null, null, null), List.of(duplicate), List.of());
            }
            throw new NotJsonException(e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new NotJsonException(e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new NotJsonException("empty document", null);
        }
        return read(root);
    }

    /** Reads a plan file's bytes: strict UTF-8 (a leading byte order mark is allowed), then as {@link #read(String)}. */
    public static PlanCheck read(byte[] json) throws NotJsonException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        }
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
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
        String duplicated = Reader.safeName(String.valueOf(e.processor().currentName()));
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext c = e.processor().streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else {
                String name = c.currentName();
                segments.add(0, Reader.safeName(name == null ? "" : name));
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

    static PlanCheck read(JsonNode root) {
        Reader r = new Reader();
        Plan raw = r.plan(root);
        return PlanRules.check(raw, r.errors);
    }

    /** Writes a plan as the canonical, pretty-printed file (fields in the documented order; absent and empty omitted). */
    public static String write(Plan plan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Plan.FORMAT);
        root.put("version", Plan.VERSION);
        putText(root, "title", plan.title());
        Compatibility c = plan.compatibility();
        if (c != null) {
            ObjectNode n = root.putObject("compatibility");
            putEnum(n, "lyncServer", c.lyncServer());
            putEnum(n, "exchangeServer", c.exchangeServer());
            if (c.ucmaRuntimeConfirmed() != null) {
                n.put("ucmaRuntimeConfirmed", c.ucmaRuntimeConfirmed());
            }
        }
        TrustedPool p = plan.trustedPool();
        if (p != null) {
            ObjectNode n = root.putObject("trustedPool");
            if (p.umServicesColocated() != null) {
                n.put("umServicesColocated", p.umServicesColocated());
            }
            putText(n, "owaPoolFqdn", p.owaPoolFqdn());
            putText(n, "registrarPoolFqdn", p.registrarPoolFqdn());
            putText(n, "siteId", p.siteId());
            putText(n, "applicationId", p.applicationId());
            if (p.port() != null) {
                n.put("port", p.port());
            }
            putList(n, "poolComputers", p.poolComputers());
            putList(n, "sipUriDialPlans", p.sipUriDialPlans());
        }
        InstantMessaging im = plan.instantMessaging();
        if (im != null) {
            ObjectNode n = root.putObject("instantMessaging");
            putEnum(n, "mode", im.mode());
            putList(n, "mailboxServers", im.mailboxServers());
            putList(n, "clientAccessServers", im.clientAccessServers());
            if (im.enables()) {
                putEnum(n, "certificateSource", im.certificateSource());
            }
            putText(n, "certificateThumbprint", im.certificateThumbprint());
            if (!im.certificates().isEmpty()) {
                ObjectNode certificates = n.putObject("certificates");
                im.certificates().forEach((server, thumbprint) -> {
                    if (thumbprint == null) {
                        certificates.putNull(server);
                    } else {
                        certificates.put(server, thumbprint);
                    }
                });
            }
            putText(n, "imServerName", im.imServerName());
            putText(n, "settingOverrideName", im.settingOverrideName());
        }
        MailboxPolicy mp = plan.mailboxPolicy();
        if (mp != null) {
            ObjectNode n = root.putObject("mailboxPolicy");
            putEnum(n, "scope", mp.scope());
            putList(n, "policies", mp.policies());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void putEnum(ObjectNode node, String name, Enum<?> value) {
        if (value != null) {
            node.put(name, value.name());
        }
    }

    private static void putList(ObjectNode node, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }

    /** Walks the tree, keeping what has the right type and recording an error for everything else. */
    private static final class Reader {
        private final List<PlanIssue> errors = new ArrayList<>();
        /** The version the file says it is (the current one when it says nothing readable). */
        private int fileVersion = Plan.VERSION;

        Plan plan(JsonNode root) {
            if (!root.isObject()) {
                errors.add(PlanIssue.of("$", "type.object"));
                return new Plan(null, null, null, null, null);
            }
            unknown(root, "", TOP);
            JsonNode format = root.get("format");
            if (format == null || format.isNull()) {
                errors.add(PlanIssue.of("format", "required"));
            } else if (!format.isString() || !Plan.FORMAT.equals(format.stringValue())) {
                errors.add(PlanIssue.of("format", "format.invalid", Plan.FORMAT));
            }
            JsonNode version = root.get("version");
            if (version == null || version.isNull()) {
                errors.add(PlanIssue.of("version", "required"));
            } else if (!version.isIntegralNumber() || !version.canConvertToInt()
                    || version.intValue() < Plan.OLDEST_READ_VERSION || version.intValue() > Plan.VERSION) {
                errors.add(PlanIssue.of("version", "version.unsupported", Plan.VERSION));
            } else {
                fileVersion = version.intValue();
            }
            String title = string(root, "title", "title");
            return new Plan(title,
                    section(root, "compatibility", COMPATIBILITY, this::compatibility),
                    section(root, "trustedPool", TRUSTED_POOL, this::trustedPool),
                    section(root, "instantMessaging", INSTANT_MESSAGING, this::instantMessaging),
                    section(root, "mailboxPolicy", MAILBOX_POLICY, this::mailboxPolicy));
        }

        private <T> T section(JsonNode root, String name, Set<String> fields, Function<JsonNode, T> reader) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isObject()) {
                errors.add(PlanIssue.of(name, "type.object"));
                return null;
            }
            unknown(node, name + ".", fields);
            return reader.apply(node);
        }

        private Compatibility compatibility(JsonNode n) {
            ExchangeServer exchange;
            JsonNode e = n.get("exchangeServer");
            if (fileVersion == 1 && e != null && e.isString()
                    && ExchangeServer.VERSION_1_2016_OR_LATER.equals(e.stringValue())) {
                // Version 1 had one value for every Exchange after 2013 (plan-and-bundle.md "Version 2").
                exchange = ExchangeServer.EXCHANGE_2016;
            } else {
                exchange = enumValue(n, "compatibility.exchangeServer", "exchangeServer", ExchangeServer.class);
            }
            return new Compatibility(
                    enumValue(n, "compatibility.lyncServer", "lyncServer", LyncServer.class),
                    exchange,
                    bool(n, "compatibility.ucmaRuntimeConfirmed", "ucmaRuntimeConfirmed"));
        }

        private TrustedPool trustedPool(JsonNode n) {
            String p = "trustedPool.";
            return new TrustedPool(
                    bool(n, p + "umServicesColocated", "umServicesColocated"),
                    string(n, p + "owaPoolFqdn", "owaPoolFqdn"),
                    string(n, p + "registrarPoolFqdn", "registrarPoolFqdn"),
                    string(n, p + "siteId", "siteId"),
                    string(n, p + "applicationId", "applicationId"),
                    integer(n, p + "port", "port"),
                    strings(n, p + "poolComputers", "poolComputers"),
                    strings(n, p + "sipUriDialPlans", "sipUriDialPlans"));
        }

        private InstantMessaging instantMessaging(JsonNode n) {
            String p = "instantMessaging.";
            return new InstantMessaging(
                    enumValue(n, p + "mode", "mode", ImMode.class),
                    strings(n, p + "mailboxServers", "mailboxServers"),
                    strings(n, p + "clientAccessServers", "clientAccessServers"),
                    enumValue(n, p + "certificateSource", "certificateSource", CertificateSource.class),
                    string(n, p + "certificateThumbprint", "certificateThumbprint"),
                    certificates(n, p + "certificates", "certificates"),
                    string(n, p + "imServerName", "imServerName"),
                    string(n, p + "settingOverrideName", "settingOverrideName"));
        }

        /**
         * Server name to thumbprint, in the file's order. A value that is not text is reported at
         * {@link PlanRules#certificatePath} and kept as null, so the rules raise nothing more for it.
         */
        private Map<String, String> certificates(JsonNode n, String path, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                errors.add(PlanIssue.of(path, "type.object"));
                return null;
            }
            if (v.size() > PlanRules.SERVERS_MAX) {
                // More entries than a plan has servers: one error, not one per entry.
                errors.add(PlanIssue.of(path, "list.tooMany", PlanRules.SERVERS_MAX));
                return null;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                JsonNode item = e.getValue();
                if (item.isString()) {
                    out.put(e.getKey(), item.stringValue());
                } else if (item.isNull()) {
                    out.put(e.getKey(), null);
                } else {
                    errors.add(PlanIssue.of(PlanRules.certificatePath(e.getKey()), "type.string"));
                    out.put(e.getKey(), null);
                }
            }
            return out;
        }

        private MailboxPolicy mailboxPolicy(JsonNode n) {
            return new MailboxPolicy(
                    enumValue(n, "mailboxPolicy.scope", "scope", PolicyScope.class),
                    strings(n, "mailboxPolicy.policies", "policies"));
        }

        private void unknown(JsonNode node, String prefix, Set<String> known) {
            Set<String> names = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                names.add(e.getKey());
            }
            for (String name : names) {
                if (!known.contains(name)) {
                    errors.add(PlanIssue.of(prefix + safeName(name), "field.unknown"));
                }
            }
        }

        /** Unknown names go into paths and messages: keep them short and printable. */
        private static String safeName(String name) {
            StringBuilder out = new StringBuilder();
            name.codePoints().limit(64).forEach(cp -> out.appendCodePoint(
                    Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp));
            return out.toString();
        }

        private String string(JsonNode n, String path, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isString()) {
                errors.add(PlanIssue.of(path, "type.string"));
                return null;
            }
            return v.stringValue();
        }

        private Boolean bool(JsonNode n, String path, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                errors.add(PlanIssue.of(path, "type.boolean"));
                return null;
            }
            return v.booleanValue();
        }

        private Integer integer(JsonNode n, String path, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber()) {
                errors.add(PlanIssue.of(path, "type.integer"));
                return null;
            }
            if (!v.canConvertToInt()) {
                errors.add(PlanIssue.of(path, "port.range"));
                return null;
            }
            return v.intValue();
        }

        private List<String> strings(JsonNode n, String path, String name) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isArray()) {
                errors.add(PlanIssue.of(path, "type.array"));
                return null;
            }
            if (v.size() > PlanRules.maxEntries(path) && entries(v) > PlanRules.maxEntries(path)) {
                // One error for a list longer than the procedure allows, not one per entry (issue 12).
                errors.add(PlanIssue.of(path, "list.tooMany", PlanRules.maxEntries(path)));
                return null;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (item.isString()) {
                    out.add(item.stringValue());
                } else {
                    errors.add(PlanIssue.of(path + "[" + i + "]", "type.string"));
                    out.add(null);
                }
            }
            return out;
        }

        /** The entries of a list as the rules count them: blank strings are not entries. */
        private static int entries(JsonNode array) {
            int entries = 0;
            for (JsonNode item : array) {
                if (!item.isString() || !item.stringValue().isBlank()) {
                    entries++;
                }
            }
            return entries;
        }

        private <E extends Enum<E>> E enumValue(JsonNode n, String path, String name, Class<E> type) {
            JsonNode v = n.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (v.isString()) {
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equals(v.stringValue())) {
                        return constant;
                    }
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            errors.add(PlanIssue.of(path, "value.unknown", String.join(", ", allowed)));
            return null;
        }
    }
}
