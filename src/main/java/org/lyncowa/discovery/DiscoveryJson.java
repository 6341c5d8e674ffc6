package org.lyncowa.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.lyncowa.plan.Plan;
import org.lyncowa.plan.PlanIssue;
import org.lyncowa.plan.PlanJson;
import org.lyncowa.plan.PlanRules;
import org.lyncowa.plan.RecordBinder;

import tools.jackson.databind.JsonNode;

/**
 * Reads a discovery file (docs/discovery-format.md). Jackson reads the document; its tree is bound to the
 * {@link Discovery} records component by component, so that every unknown field, every wrong type and every
 * list over its bound is reported at once with its JSON path ({@code exchange.servers[1].fqdn}); then the
 * records' constraints (the plan's own host name, SiteId, thumbprint and text rules) check every string.
 * A plan file given here is recognised by its {@code format} and refused with its own code, so that
 * the page and the API can say what it is.
 */
public final class DiscoveryJson {

    /** The same bound as a plan (and the upload limit of the pages). */
    public static final int MAX_BYTES = PlanJson.MAX_BYTES;

    /** The file is a plan, not a discovery file: the code of that refusal. */
    public static final String IS_PLAN = "discovery.isPlan";

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private DiscoveryJson() {
    }

    /** What reading a discovery file gave: the discovery (null when it is unusable) and every error. */
    public record Result(Discovery discovery, List<PlanIssue> errors) {
        public Result {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }

        /** Whether the file is a plan file given where a discovery file was expected. */
        public boolean isPlan() {
            return errors.stream().anyMatch(e -> IS_PLAN.equals(e.code()));
        }

        public List<PlanIssue> reportedErrors() {
            return errors.size() <= ERRORS_REPORTED ? errors : errors.subList(0, ERRORS_REPORTED);
        }

        public int omittedErrors() {
            return errors.size() - reportedErrors().size();
        }
    }

    /** As for plans: at most this many errors are reported, then how many more there are. */
    public static final int ERRORS_REPORTED = 100;

    /** Whether a parsed document says it is a discovery file: how the shared upload path tells the two apart. */
    public static boolean isDiscovery(byte[] json) {
        try {
            JsonNode root = PlanJson.tree(PlanJson.text(json));
            return root.isObject() && Discovery.FORMAT.equals(root.path("format").asString(null));
        } catch (PlanJson.NotJsonException e) {
            return false;
        }
    }

    /** Reads a discovery file's bytes: strict UTF-8 (a byte order mark is allowed), JSON, then the format's rules. */
    public static Result read(byte[] json) throws PlanJson.NotJsonException {
        return read(PlanJson.tree(PlanJson.text(json)));
    }

    static Result read(JsonNode root) {
        Binder binder = new Binder();
        if (!root.isObject()) {
            return new Result(null, List.of(PlanIssue.of("$", "type.object")));
        }
        JsonNode format = root.get("format");
        if (format != null && format.isString() && Plan.FORMAT.equals(format.stringValue())) {
            // A plan given to the discovery import: one clear error, nothing else about its fields.
            return new Result(null, List.of(PlanIssue.of("format", IS_PLAN)));
        }
        if (format == null || format.isNull()) {
            binder.errors.add(PlanIssue.of("format", "discovery.format.required", Discovery.FORMAT));
        } else if (!format.isString() || !Discovery.FORMAT.equals(format.stringValue())) {
            binder.errors.add(PlanIssue.of("format", "discovery.format.invalid", Discovery.FORMAT));
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull() || !version.isIntegralNumber() || !version.canConvertToInt()
                || version.intValue() != Discovery.VERSION) {
            binder.errors.add(PlanIssue.of("version", "discovery.version.unsupported", Discovery.VERSION));
        }
        if (!binder.errors.isEmpty()) {
            // Not this format (or a version this program does not know): its fields mean nothing here.
            return new Result(null, binder.errors);
        }
        Discovery discovery = binder.record(root, "", Discovery.class, "format", "version");
        List<PlanIssue> errors = new ArrayList<>(binder.errors);
        errors.addAll(constraints(discovery));
        return new Result(errors.isEmpty() ? discovery : null, errors);
    }

    /** The records' constraints as issues at their JSON paths, in path order. */
    private static List<PlanIssue> constraints(Discovery discovery) {
        List<PlanIssue> issues = new ArrayList<>();
        for (ConstraintViolation<Discovery> v : VALIDATOR.validate(discovery)) {
            issues.add(issue(v));
        }
        issues.sort(Comparator.comparing(PlanIssue::path).thenComparing(PlanIssue::code));
        return issues;
    }

    private static PlanIssue issue(ConstraintViolation<?> v) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        String template = v.getMessageTemplate();
        String code = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        if (code.startsWith("jakarta.validation.constraints.")) {
            // @Size on a list, @Min/@Max on a port.
            code = code.contains("Size") ? "list.tooMany" : "discovery.port.range";
        }
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Object invalid = v.getInvalidValue();
        List<Object> args = switch (code) {
            case "text.tooLong", "list.tooMany" -> List.of(attributes.getOrDefault("max", ""));
            case "thumbprint.invalid" -> List.of(invalid instanceof String s ? s.codePointCount(0, s.length()) : 0);
            case "text.invisible" -> List.of(invalid instanceof String s
                    ? String.format(Locale.ROOT, "U+%04X", PlanRules.firstInvisible(s)) : "");
            default -> List.of();
        };
        return new PlanIssue(path.isEmpty() ? "$" : path.toString(), code, args);
    }

    /** Binds the tree to the records ({@link RecordBinder}); a null in a list is an error of its own. */
    private static final class Binder extends RecordBinder {
        @Override
        protected Object nullEntry(String path) {
            return wrong(path, "discovery.null");
        }
    }
}
