package org.dutyofvigilance.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Rejects a JSON object that names the same field twice, like Jackson's
 * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} and with the same message ({@code Duplicate field
 * 'x'}), but without allocating a hash set for every object: the names of the open object at each nesting
 * level are kept in a reused array and compared one by one. Field names come from Jackson's symbol table,
 * interned, so the comparison is almost always a reference check; an object with more than
 * {@value #LINEAR_LIMIT} fields switches to a hash set so a hostile object with a million fields stays
 * linear.
 *
 * <p>Every way of advancing the parser goes through {@link #nextToken()}: Jackson's {@code nextFieldName},
 * {@code nextTextValue} and friends are implemented on top of it, {@link #nextValue()} and
 * {@link #skipChildren()} are overridden here. One guard per parser; not thread-safe (parsers are not).
 */
final class DuplicateKeyGuard extends JsonParserDelegate {
    /** Fields per object compared linearly before a hash set takes over. */
    static final int LINEAR_LIMIT = 32;

    private String[][] names = new String[16][];
    private int[] counts = new int[16];
    @SuppressWarnings("unchecked")
    private Set<String>[] large = new Set[16];
    private int depth = -1;

    DuplicateKeyGuard(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken t = delegate.nextToken();
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT -> open();
            case END_OBJECT -> depth--;
            case FIELD_NAME -> field(delegate.currentName());
            default -> {
                // values and arrays do not change the open object
            }
        }
        return t;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken t = nextToken();
        return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken t = delegate.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            // the skipped structure is never seen here: close what this token opened
            delegate.skipChildren();
            if (t == JsonToken.START_OBJECT) {
                depth--;
            }
        }
        return this;
    }

    private void open() {
        depth++;
        if (depth == counts.length) {
            int n = counts.length * 2;
            names = Arrays.copyOf(names, n);
            counts = Arrays.copyOf(counts, n);
            large = Arrays.copyOf(large, n);
        }
        counts[depth] = 0;
        large[depth] = null;
    }

    private void field(String name) throws JsonParseException {
        if (depth < 0) {
            return; // not possible from a well-formed token stream; the parser reports it
        }
        Set<String> set = large[depth];
        if (set != null) {
            if (!set.add(name)) {
                throw duplicate(name);
            }
            return;
        }
        String[] seen = names[depth];
        int count = counts[depth];
        for (int i = 0; i < count; i++) {
            String s = seen[i];
            if (s == name || (s.hashCode() == name.hashCode() && s.equals(name))) {
                throw duplicate(name);
            }
        }
        if (count == LINEAR_LIMIT) {
            set = new HashSet<>(Arrays.asList(seen).subList(0, count));
            set.add(name);
            large[depth] = set;
            return;
        }
        if (seen == null) {
            seen = new String[LINEAR_LIMIT];
            names[depth] = seen;
        }
        seen[count] = name;
        counts[depth] = count + 1;
    }

    private JsonParseException duplicate(String name) {
        return new JsonParseException(this, "Duplicate field '" + name + "'");
    }
}
