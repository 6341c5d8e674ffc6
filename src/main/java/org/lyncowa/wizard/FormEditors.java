package org.lyncowa.wizard;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.beans.propertyeditors.CustomBooleanEditor;

/**
 * How the step forms' typed fields are read from and shown as text, for Spring's binding (a
 * value that cannot be read becomes a {@code typeMismatch} that {@link StepValidation} words like
 * the plan reader) and for {@code th:field}. Blank input is no answer.
 */
public final class FormEditors {

    private FormEditors() {
    }

    /** Registers the editors every step form uses. */
    public static void register(PropertyEditorRegistry registry) {
        registry.registerCustomEditor(List.class, new LinesEditor());
        registry.registerCustomEditor(Integer.class, new DigitsEditor());
        registry.registerCustomEditor(Boolean.class, new CustomBooleanEditor("true", "false", true));
    }

    /** Lists are typed one entry per line in a textarea: the non-blank lines, trimmed. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static final class LinesEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(lines(text));
        }

        @Override
        public void setValue(Object value) {
            super.setValue(value instanceof String[] parts ? lines(String.join("\n", parts))
                    : value instanceof String text ? lines(text) : value);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList()) : "";
        }
    }

    /** ASCII digits only: Integer.valueOf would also take "+5199" and other scripts' digits. */
    static final class DigitsEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String digits = text.strip();
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 9) {
                throw new IllegalArgumentException("not a number: " + text);
            }
            setValue(Integer.valueOf(digits));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    /** An enum read by its name, trimmed, with older names the pages once sent. */
    public static final class EnumEditor<E extends Enum<E>> extends PropertyEditorSupport {
        private final Class<E> type;
        private final Map<String, E> aliases;

        public EnumEditor(Class<E> type, Map<String, E> aliases) {
            this.type = type;
            this.aliases = aliases;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            String name = text.strip();
            setValue(aliases.containsKey(name) ? aliases.get(name) : Enum.valueOf(type, name));
        }

        @Override
        public String getAsText() {
            return getValue() instanceof Enum<?> e ? e.name() : "";
        }
    }
}
