package org.lyncowa.plan;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one normalising step before the rules, for every field by its type and constraint: text trimmed
 * (all-space as absent), {@link HostName host names} lower-case, each list's entries so; then what the
 * procedure adds (the cmdlets' prefixes stripped, thumbprints normalised as P-3.4 says, defaults filled
 * in) and the shape the answers give the plan: what does not apply to them is left out (a co-located
 * pool has no fields, IM switched off names no server, ...). {@link #normalise} keeps the lists' blank
 * entries in place as null, so that the rules report each entry at the file's index; {@link #compact}
 * then drops them and the mailbox policy that does not apply. A new text or list question needs nothing here.
 */
final class PlanNormaliser {

    private static final String URN_APPLICATION = "urn:application:";
    private static final String REGISTRAR_PREFIX = "registrar:";

    private PlanNormaliser() {
    }

    static Plan normalise(Plan raw, RuleContext read) {
        Compatibility compatibility = raw.compatibility();
        ExchangeServer exchange = compatibility == null ? null : compatibility.exchangeServer();
        ImMode mode = raw.instantMessaging() == null ? null : raw.instantMessaging().mode();
        return new Plan(PlanValues.clean(raw.title()), compatibility,
                trustedPool(raw.trustedPool(), exchange, mode, read),
                instantMessaging(raw.instantMessaging(), exchange, read), mailboxPolicy(raw.mailboxPolicy(), read));
    }

    /** The plan as checked: lists without their blank entries, no mailbox policy where none applies. */
    static Plan compact(Plan plan) {
        TrustedPool pool = plan.trustedPool();
        InstantMessaging im = plan.instantMessaging();
        MailboxPolicy policy = plan.mailboxPolicy();
        if (policy != null && policy.scope() != null && !Plan.asksMailboxPolicy(im)) {
            policy = null;
        }
        return new Plan(plan.title(), plan.compatibility(), pool != null && pool.createsPool() ? compacted(pool) : pool,
                im != null && im.enables() ? compacted(im) : im,
                policy != null && policy.scope() == PolicyScope.NAMED ? compacted(policy) : policy);
    }

    /** Step 2 (P-2): unanswered, co-located (no fields) or a pool to create (P-2.3; the UM rule: {@link PlanRules#umQuestions}). */
    private static TrustedPool trustedPool(TrustedPool raw, ExchangeServer exchange, ImMode mode, RuleContext read) {
        if (raw == null) {
            return null;
        }
        PlanRules.UmQuestions um = PlanRules.umQuestions(raw, exchange, mode);
        if (um.colocated() == null) {
            return raw;
        }
        if (um.colocated()) {
            return TrustedPool.colocated();
        }
        String applicationId = stripPrefix(PlanValues.clean(raw.applicationId()), URN_APPLICATION);
        Integer port = raw.port();
        if (port == null && !read.known("trustedPool.port")) {
            port = PlanRules.DEFAULT_PORT;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("umServicesColocated", false);
        given.put("registrarPoolFqdn", stripPrefix(host(raw.registrarPoolFqdn()), REGISTRAR_PREFIX));
        given.put("applicationId", applicationId == null ? PlanRules.DEFAULT_APPLICATION_ID : applicationId);
        given.put("port", port);
        if (!um.dialPlansAsked()) {
            given.put("sipUriDialPlans", List.of());
        }
        return cleaned(raw, "trustedPool.", read, given);
    }

    /** Step 3 (P-3, P-7.4, P-9.2): unanswered, switched off, or enabled with its servers and certificates. */
    private static InstantMessaging instantMessaging(InstantMessaging raw, ExchangeServer exchange, RuleContext read) {
        if (raw == null || raw.mode() == null) {
            return raw;
        }
        if (raw.mode() == ImMode.DISABLE) {
            return InstantMessaging.disable();
        }
        Map<String, Object> given = new LinkedHashMap<>();
        if (exchange == ExchangeServer.EXCHANGE_2010) {
            given.put("mailboxServers", List.of());
        }
        String thumbprint = null;
        Map<String, String> certificates = Map.of();
        if (raw.certificateSource() != CertificateSource.IIS) {
            certificates = certificates(raw.certificates());
            boolean perServerGiven = !certificates.isEmpty() || read.known("instantMessaging.certificates");
            if (PlanValues.clean(raw.certificateThumbprint()) != null || !perServerGiven
                    || read.known("instantMessaging.certificateThumbprint")) {
                thumbprint = PlanValues.normaliseThumbprint(raw.certificateThumbprint());
            }
        }
        given.put("certificateThumbprint", thumbprint);
        given.put("certificates", certificates);
        String overrideName = null;
        if (exchange != null && exchange.is2016OrLater()) {
            overrideName = PlanValues.clean(raw.settingOverrideName());
            if (overrideName == null && !read.known("instantMessaging.settingOverrideName")) {
                overrideName = InstantMessaging.DEFAULT_SETTING_OVERRIDE_NAME;
            }
        }
        given.put("settingOverrideName", overrideName);
        return cleaned(raw, "instantMessaging.", read, given);
    }

    /** Server host name (lower-case) to normalised thumbprint, in the file's order; empty over the bound. */
    private static Map<String, String> certificates(Map<String, String> raw) {
        if (raw.isEmpty() || raw.size() > PlanRules.SERVERS_MAX) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> out.putIfAbsent(certificateHost(key), PlanValues.normaliseThumbprint(value)));
        return out;
    }

    /** A key of {@code instantMessaging.certificates} as the rules compare it. */
    static String certificateHost(String key) {
        String host = host(key);
        return host == null ? "" : host;
    }

    /** Step 4 (P-4): names only with the NAMED choice. */
    private static MailboxPolicy mailboxPolicy(MailboxPolicy raw, RuleContext read) {
        if (raw == null || raw.scope() == null) {
            return raw;
        }
        if (raw.scope() != PolicyScope.NAMED) {
            return new MailboxPolicy(raw.scope(), List.of());
        }
        return cleaned(raw, "mailboxPolicy.", read, Map.of());
    }

    /**
     * A section with each text trimmed (a {@link HostName} lower-case) and each list's entries so, in
     * place, none over its bound; the {@code given} values instead of those of their fields.
     */
    private static <R extends Record> R cleaned(R section, String prefix, RuleContext read, Map<String, Object> given) {
        return rebuilt(section, (c, value) -> {
            if (given.containsKey(c.name())) {
                return given.get(c.name());
            }
            if (value instanceof String text) {
                return c.hosts() ? host(text) : PlanValues.clean(text);
            }
            if (value instanceof List<?> list) {
                return entries(read, prefix + c.name(), (List<String>) list, PlanValues.maxEntries(prefix + c.name()),
                        c.hosts());
            }
            return value;
        });
    }

    /** A section with the blank entries of its lists dropped. */
    private static <R extends Record> R compacted(R section) {
        return rebuilt(section, (c, value) -> value instanceof List<?> list ? RuleContext.compact((List<String>) list) : value);
    }

    private interface Field {
        Object value(Component component, Object value);
    }

    /** A section's field: its name, accessor, and whether it holds host names (itself or its entries). */
    private record Component(String name, Method accessor, boolean hosts) {
    }

    /** A section record's fields and canonical constructor, looked up once per record type. */
    private record Shape(List<Component> components, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            List<Component> out = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                boolean hosts = c.getAccessor().isAnnotationPresent(HostName.class)
                        || c.getAnnotatedType() instanceof AnnotatedParameterizedType t
                                && t.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(HostName.class);
                out.add(new Component(c.getName(), c.getAccessor(), hosts));
            }
            try {
                return new Shape(List.copyOf(out), type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("plan record without its canonical constructor: " + type, e);
            }
        }
    };

    private static <R extends Record> R rebuilt(R section, Field field) {
        Shape shape = SHAPES.get(section.getClass());
        Object[] values = new Object[shape.components().size()];
        try {
            for (int i = 0; i < values.length; i++) {
                Component c = shape.components().get(i);
                values[i] = field.value(c, c.accessor().invoke(section));
            }
            return (R) shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("plan record not rebuilt: " + section.getClass(), e);
        }
    }

    /** A list's entries normalised in place (blank ones as null, so indexes stay the file's); none over its bound. */
    private static List<String> entries(RuleContext read, String path, List<String> raw, int max, boolean hosts) {
        if (read.tooMany(path, raw, max)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String value : raw) {
            out.add(entry(value, hosts));
        }
        return Collections.unmodifiableList(out);
    }

    static String entry(String value, boolean hosts) {
        return hosts ? host(value) : PlanValues.clean(value);
    }

    /** A host name as the rules compare it: trimmed, lower-case. */
    static String host(String raw) {
        String host = PlanValues.clean(raw);
        return host == null ? null : host.toLowerCase(Locale.ROOT);
    }

    private static String stripPrefix(String value, String prefix) {
        if (value != null && value.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return PlanValues.clean(value.substring(prefix.length()));
        }
        return value;
    }
}
