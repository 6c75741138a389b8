package org.dutyofvigilance.json;

import com.fasterxml.jackson.databind.DeserializationContext;

/**
 * The values recently read from one file, for {@link SharedValues}: a small direct-mapped cache (one slot per
 * hash, the newest value wins), for texts looked up straight from the parser's characters (no string is made
 * for a text found in it) and for other values by {@code equals}. It is small enough to stay in the
 * processor's cache, so a look-up costs a few nanoseconds: the values a chain repeats all the time (countries,
 * currencies, task lists, hours, dates, names) stay in it, while a value seen once (an id, a contract
 * reference) only takes a slot until something else needs it. Ids named again far from where they were
 * declared are therefore not always shared; a table of every value read would share them too, but its
 * look-ups miss the processor's cache and made reading a million-node chain 70 % slower.
 *
 * <p>It lives in the attributes of one {@link DeserializationContext}, so it is never shared between reads or
 * threads and is dropped when the read ends. Texts longer than {@link #MAX_SHARED_LENGTH} are never shared.
 */
final class SharedTable {
    /** Slots of each cache (texts, other values). */
    static final int SLOTS = 1 << 14;
    /** Longest text shared, in characters: long free texts rarely repeat. */
    static final int MAX_SHARED_LENGTH = 64;

    private static final Object KEY = SharedTable.class;
    private static final int MASK = SLOTS - 1;

    private final String[] texts = new String[SLOTS];
    private final int[] textHashes = new int[SLOTS];
    private final Object[] values = new Object[SLOTS];
    private final int[] valueHashes = new int[SLOTS];

    private SharedTable() {
    }

    /** The table of the read {@code ctxt} belongs to, made on first use. */
    static SharedTable of(DeserializationContext ctxt) {
        Object table = ctxt.getAttribute(KEY);
        if (table == null) {
            table = new SharedTable();
            ctxt.setAttribute(KEY, table);
        }
        return (SharedTable) table;
    }

    /** The text with the characters {@code chars[offset, offset + length)}, shared when recently seen. */
    String text(char[] chars, int offset, int length) {
        if (length > MAX_SHARED_LENGTH) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int slot = spread(hash);
        String known = texts[slot];
        if (known != null && textHashes[slot] == hash && sameText(known, chars, offset, length)) {
            return known;
        }
        String text = new String(chars, offset, length);
        texts[slot] = text;
        textHashes[slot] = hash;
        return text;
    }

    /**
     * The shared instance equal to {@code value} when one was recently seen; otherwise {@code value}. Texts go
     * through {@link #text}, which reads them from the parser's characters.
     */
    @SuppressWarnings("unchecked")
    <T> T value(T value) {
        int hash = value.hashCode() ^ value.getClass().hashCode();
        int slot = spread(hash);
        Object known = values[slot];
        if (known != null && valueHashes[slot] == hash && known.getClass() == value.getClass()
                && known.equals(value)) {
            return (T) known;
        }
        values[slot] = value;
        valueHashes[slot] = hash;
        return value;
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ (mixed >>> 15)) & MASK;
    }
}
