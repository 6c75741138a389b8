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
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Equal values read from one file share one instance: texts, amounts and dates, the {@link Optional}s around
 * them and around whole numbers, booleans and enumeration constants, and lists of texts or enumeration
 * constants. A chain file repeats such values all the time (the same countries, currencies, task lists,
 * workplaces, hours, dates and yes/no answers, the id of a business partner in the records that follow it),
 * and Jackson makes a new object for each occurrence. Sharing them halves the objects of a large chain in
 * memory (a generated 1,000,000-node chain with its graph: 17.5 million objects and 486 MB before, 8.6 million
 * and 286 MB after), and with them the work of the garbage collector in every step that holds the chain.
 *
 * <p>All these values are immutable and compared by {@code equals}, so sharing changes nothing that can be
 * observed except identity; {@link BigDecimal}s are shared only when {@code equals} (same value and scale), so
 * {@code 1.5} and {@code 1.50} stay apart. Values are read exactly as before (by Jackson's own deserializers,
 * which also produce every error message) and only then looked up in a small cache of recent values that
 * belongs to one read ({@link SharedTable}) and is dropped with it.
 */
final class SharedValues extends SimpleModule {
    private static final long serialVersionUID = 1L;

    SharedValues() {
        super("vigilance-shared-values");
        setDeserializerModifier(new Modifier());
    }

    /** Whether values of this type are immutable scalars worth sharing. */
    static boolean shareable(Class<?> type) {
        return type == String.class || type == BigDecimal.class || type == LocalDate.class
                || type == Integer.class || type == Long.class || type == Boolean.class || type.isEnum();
    }

    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            Class<?> type = beanDesc.getBeanClass();
            if (type == String.class) {
                return new SharedText(deserializer);
            }
            // whole numbers, booleans and constants reach the model inside Optionals (shared below); Jackson
            // resolves a bare Integer or Long without passing through this modifier
            return type == BigDecimal.class || type == LocalDate.class ? new Shared(deserializer) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            boolean scalar = shareable(type.getContentType().getRawClass());
            return type.getRawClass() == Optional.class && scalar ? new Shared(deserializer) : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            Class<?> content = type.getContentType().getRawClass();
            boolean scalar = content == String.class || content.isEnum();
            // Jackson passes the implementation it chose for a declared List (ArrayList); the model declares List
            Class<?> raw = type.getRawClass();
            boolean list = raw == List.class || raw == java.util.ArrayList.class;
            return list && scalar ? new SharedList(deserializer) : deserializer;
        }
    }

    /** Any shareable value: read by Jackson's deserializer, then looked up in the read's table. */
    static final class Shared extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Shared(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Shared(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            return value == null ? null : SharedTable.of(ctxt).value(value);
        }
    }

    /**
     * A text: a plain string token is looked up from the parser's characters, so a repeated text costs no new
     * string at all; any other token (where Jackson coerces or refuses) goes to Jackson's deserializer and is
     * not shared.
     */
    static final class SharedText extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        SharedText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new SharedText(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return SharedTable.of(ctxt).text(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            return _delegatee.deserialize(p, ctxt); // not a plain string: rare, left unshared
        }
    }

    /**
     * A list of texts or enumeration constants: read by Jackson, made immutable (as the model's records would
     * make it) and shared. A list holding a null is left as it is, for the model to refuse with its own message.
     */
    static final class SharedList extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        SharedList(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new SharedList(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element == null) {
                        return value;
                    }
                }
                return SharedTable.of(ctxt).value(List.copyOf(list));
            }
            return value;
        }
    }
}
