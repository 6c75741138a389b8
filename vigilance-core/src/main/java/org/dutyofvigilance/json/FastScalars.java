package org.dutyofvigilance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fast paths for the two scalar kinds every chain file is full of, in front of Jackson's own deserializers,
 * which still handle everything else and produce every error message:
 * <ul>
 * <li>enumerations written as the format writes them (the constant's name in lower case, e.g.
 * {@code "ai_model_provider"}): one hash look-up, where Jackson tries the exact name, misses and then scans
 * the constants case-insensitively;</li>
 * <li>dates written {@code yyyy-mm-dd}: read digit by digit into {@link LocalDate#of}, where Jackson runs a
 * {@code DateTimeFormatter}. Anything else (another shape, an impossible date such as 30 February) goes to
 * Jackson, so the error is the one it always gave.</li>
 * </ul>
 */
final class FastScalars extends SimpleModule {
    private static final long serialVersionUID = 1L;

    FastScalars() {
        super("vigilance-fast-scalars");
        setDeserializerModifier(new Modifier());
    }

    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return renamesConstants(type.getRawClass()) ? deserializer : new LowerCaseEnum(deserializer, type.getRawClass());
        }

        /** Whether Jackson annotations give the constants other names than their own (then no fast path). */
        private static boolean renamesConstants(Class<?> type) {
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (f.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class)
                        || f.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonAlias.class)) {
                    return true;
                }
            }
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                        || m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonCreator.class)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            return beanDesc.getBeanClass() == LocalDate.class ? new IsoDate(deserializer) : deserializer;
        }
    }

    /** An enumeration constant by its lower-case name first; Jackson's deserializer for anything else. */
    static final class LowerCaseEnum extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final Class<?> type;
        private final Map<String, Object> byLowerCaseName;

        LowerCaseEnum(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
            Map<String, Object> names = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                names.put(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), constant);
            }
            this.byLowerCaseName = Map.copyOf(names);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new LowerCaseEnum(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Object constant = byLowerCaseName.get(p.getText());
                if (constant != null) {
                    return constant;
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /** A date written {@code yyyy-mm-dd} read without a formatter; Jackson's deserializer for anything else. */
    static final class IsoDate extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        IsoDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new IsoDate(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDate date = parse(p.getText());
                if (date != null) {
                    return date;
                }
            }
            return _delegatee.deserialize(p, ctxt);
        }

        /** The date when {@code s} is exactly {@code dddd-dd-dd} and a real date; null otherwise. */
        static LocalDate parse(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null; // Jackson reports it
            }
        }

        private static int digits(String s, int from, int to) {
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
