package org.lyncowa.plan;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;

/**
 * Binds a JSON tree to records, keeping what has the right type and recording an error for everything
 * else, so that every unknown field and every wrong type is reported at once with its JSON path
 * ({@code instantMessaging.mailboxServers[1]}). The names and types come from the records' components, the
 * list bounds from their {@link Size} constraints: nothing here names a field. Used for plan and discovery
 * files; each overrides the few places where their formats differ.
 */
public class RecordBinder {
    public final List<PlanIssue> errors = new ArrayList<>();

    /** A record: its unknown fields first, then its components in their declared order. */
    public <R extends Record> R record(JsonNode node, String prefix, Class<R> type, String... moreKnown) {
        unknown(node, prefix, type, moreKnown);
        return components(node, prefix, type);
    }

    public void unknown(JsonNode node, String prefix, Class<? extends Record> type, String... moreKnown) {
        Set<String> known = new HashSet<>(List.of(moreKnown));
        for (RecordComponent c : type.getRecordComponents()) {
            known.add(c.getName());
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                errors.add(PlanIssue.of(prefix + PlanJson.safeName(e.getKey()), "field.unknown"));
            }
        }
    }

    /** A record's fields, each bound by its declared type; null and absent fields are null. */
    public <R extends Record> R components(JsonNode node, String prefix, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode v = node.get(c.getName());
            values[i] = v == null || v.isNull() ? null : value(v, prefix + c.getName(), c);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record without its canonical constructor: " + type, e);
        }
    }

    private Object value(JsonNode v, String path, RecordComponent c) {
        Class<?> type = c.getType();
        if (type != List.class && type != Map.class) {
            return single(v, path, type);
        }
        Size size = c.getAccessor().getAnnotation(Size.class);
        int max = size == null ? Integer.MAX_VALUE : size.max();
        if (type == Map.class) {
            return map(v, path, max);
        }
        if (!v.isArray()) {
            return wrong(path, "type.array");
        }
        if (v.size() > max && entries(v) > max) {
            // One error for a list over its bound, and none of its entries is read (bounded work, issue 12).
            errors.add(PlanIssue.of(path, "list.tooMany", max));
            return null;
        }
        Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            out.add(item.isNull() ? nullEntry(path + "[" + i + "]") : single(item, path + "[" + i + "]", element));
        }
        return out;
    }

    /** The entries of a list as its bound counts them: every one (plans do not count blank strings). */
    protected int entries(JsonNode array) {
        return array.size();
    }

    /** A null in a list: a wrong type (discovery files say it differently). */
    protected Object nullEntry(String path) {
        return wrong(path, "type.string");
    }

    protected Object single(JsonNode v, String path, Class<?> type) {
        if (type == String.class) {
            return v.isString() ? v.stringValue() : wrong(path, "type.string");
        }
        if (type == Boolean.class) {
            return v.isBoolean() ? v.booleanValue() : wrong(path, "type.boolean");
        }
        if (type == Integer.class) {
            if (!v.isIntegralNumber()) {
                return wrong(path, "type.integer");
            }
            // Beyond int: the nearest int, which the value's range rule refuses (no second error here).
            return v.canConvertToInt() ? v.intValue() : v.bigIntegerValue().signum() < 0 ? Integer.MIN_VALUE
                    : Integer.MAX_VALUE;
        }
        if (type == Instant.class) {
            try {
                return v.isString() ? OffsetDateTime.parse(v.stringValue()).toInstant()
                        : wrong(path, "discovery.type.dateTime");
            } catch (DateTimeParseException e) {
                return wrong(path, "discovery.type.dateTime");
            }
        }
        if (type.isEnum()) {
            return enumValue(v, path, type.asSubclass(Enum.class));
        }
        if (Record.class.isAssignableFrom(type)) {
            return v.isObject() ? record(v, path + ".", type.asSubclass(Record.class)) : wrong(path, "type.object");
        }
        throw new IllegalStateException("no reading for " + type + " at " + path);
    }

    protected Object enumValue(JsonNode v, String path, Class<? extends Enum> type) {
        List<String> allowed = new ArrayList<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            if (v.isString() && constant.name().equals(v.stringValue())) {
                return constant;
            }
            allowed.add(constant.name());
        }
        return wrong(path, "value.unknown", String.join(", ", allowed));
    }

    /**
     * Text by key, in the file's order ({@code instantMessaging.certificates}). A value that is not
     * text is reported at the entry's path and kept as null, so the rules raise nothing more for it.
     */
    private Map<String, String> map(JsonNode v, String path, int max) {
        if (!v.isObject()) {
            return (Map<String, String>) wrong(path, "type.object");
        }
        if (v.size() > max) {
            // More entries than the bound: one error, not one per entry.
            return (Map<String, String>) wrong(path, "list.tooMany", max);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            JsonNode item = e.getValue();
            if (!item.isString() && !item.isNull()) {
                errors.add(PlanIssue.of(PlanValues.entryPath(path, e.getKey()), "type.string"));
            }
            out.put(e.getKey(), item.isString() ? item.stringValue() : null);
        }
        return out;
    }

    protected Object wrong(String path, String code, Object... args) {
        errors.add(PlanIssue.of(path, code, args));
        return null;
    }
}
