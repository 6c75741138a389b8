package org.dutyofvigilance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dutyofvigilance.model.ChainOfActivities;

/**
 * Reads and writes chains of activities in the vigilance JSON format (see {@code docs/format.md} and the
 * JSON Schema {@code chain.schema.json} shipped beside this class).
 *
 * <p>Reading is strict: UTF-8 only, unknown fields, duplicate keys, wrong types and oversized input are
 * rejected with a {@link ChainFormatException} that names the file, line, column and JSON path. Writing is
 * deterministic: the same chain always gives the same bytes, and reading them back gives an equal chain.
 * Thread-safe.
 */
public final class ChainJson {
    /** The major format version this library reads. */
    public static final String SUPPORTED_MAJOR_VERSION = "1";

    // Duplicate keys in a chain file are rejected by DuplicateKeyGuard, which does what Jackson's strict duplicate
    // detection does without allocating a hash set per object (a third of the read's garbage on large chains).
    private static final ObjectReader READER = StrictJson.mapper().readerFor(ChainOfActivities.class);

    private ChainJson() {
    }

    /** Reads a chain from a file. */
    public static ChainOfActivities read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new ChainFormatException(name, 0, 0, "", "the file does not exist",
                    "Check the path and the file name", e);
        } catch (IOException e) {
            throw new ChainFormatException(name, 0, 0, "", "the file cannot be read (" + e.getMessage() + ")",
                    "Check that it is a readable file", e);
        }
    }

    /** Reads a chain from JSON text; {@code sourceName} is used in error messages. */
    public static ChainOfActivities read(String json, String sourceName) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    /** Reads a chain from a UTF-8 stream; {@code sourceName} is used in error messages. The stream is not closed. */
    public static ChainOfActivities read(InputStream in, String sourceName) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        try {
            checkEncoding(buffered, sourceName);
            ChainOfActivities chain;
            try (JsonParser parser = new DuplicateKeyGuard(withoutJacksonDuplicateDetection(READER.createParser(buffered)))) {
                try {
                    chain = READER.readValue(parser);
                } catch (JsonProcessingException e) {
                    throw translate(e, sourceName, parser.currentLocation());
                }
            }
            if (chain == null) {
                throw new ChainFormatException(sourceName, 1, 1, "$", "the document is the JSON value null",
                        "A chain file is one JSON object; start from 'vigilance init'", null);
            }
            checkVersion(chain, sourceName);
            return chain;
        } catch (JsonProcessingException e) {
            throw translate(e, sourceName);
        } catch (IOException e) {
            throw new ChainFormatException(sourceName, 0, 0, "", "the input cannot be read (" + e.getMessage() + ")",
                    "Check the file", e);
        }
    }

    /** Turns Jackson's own duplicate detection off on this parser (DuplicateKeyGuard does it without garbage). */
    private static JsonParser withoutJacksonDuplicateDetection(JsonParser parser) {
        return parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    private static void checkEncoding(BufferedInputStream in, String source) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 0) {
            throw new ChainFormatException(source, 0, 0, "", "the file is empty",
                    "A chain file is one JSON object; start from 'vigilance init'", null);
        }
        boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean nulBytes = false;
        for (byte b : head) {
            nulBytes |= b == 0;
        }
        if (utf16Bom || nulBytes) {
            throw new ChainFormatException(source, 1, 1, "",
                    "the file is encoded in UTF-16 or UTF-32, not UTF-8",
                    "Save it as UTF-8 (most editors: 'Save with encoding' > UTF-8)", null);
        }
    }

    private static void checkVersion(ChainOfActivities chain, String source) {
        String version = chain.formatVersion();
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        if (!SUPPORTED_MAJOR_VERSION.equals(major)) {
            throw new ChainFormatException(source, 0, 0, "$.formatVersion",
                    "format version '" + version + "' is not supported (this library reads " + SUPPORTED_MAJOR_VERSION
                            + ".x)",
                    "Use a vigilance release that reads this version, or convert the file", null);
        }
    }

    /** Writes a chain as indented UTF-8 JSON. The stream is not closed. */
    public static void write(ChainOfActivities chain, OutputStream out) {
        try {
            JsonGenerator gen = StrictJson.mapper().getFactory().createGenerator(out);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            StrictJson.mapper().writeValue(gen, chain);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chain as JSON bytes. */
    public static byte[] toBytes(ChainOfActivities chain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        write(chain, out);
        return out.toByteArray();
    }

    /** The chain as a JSON string. */
    public static String toJson(ChainOfActivities chain) {
        return new String(toBytes(chain), StandardCharsets.UTF_8);
    }

    static ChainFormatException translate(JsonProcessingException e, String source) {
        return translate(e, source, null);
    }

    static ChainFormatException translate(JsonProcessingException e, String source, JsonLocation fallback) {
        JsonLocation loc = e.getLocation();
        for (Throwable t = e; (loc == null || loc.getLineNr() <= 0) && t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException p && p.getLocation() != null) {
                loc = p.getLocation();
            }
        }
        if ((loc == null || loc.getLineNr() <= 0) && fallback != null) {
            loc = fallback;
        }
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "";
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String problem;
        String hint;
        if (isLimit(e)) {
            problem = "the document exceeds a safety limit: " + limitMessage(e);
            hint = "Chain files nest at most " + StrictJson.MAX_NESTING_DEPTH + " levels, hold texts of at most "
                    + StrictJson.MAX_STRING_LENGTH + " characters and numbers of at most " + StrictJson.MAX_NUMBER_LENGTH
                    + " digits; check that the file was exported correctly";
        } else if (duplicateField(e) != null) {
            problem = "a field appears twice in the same object: " + duplicateField(e);
            hint = "Keep one of them: a duplicate key makes the meaning of the file ambiguous";
        } else if (e instanceof JsonEOFException || original.contains("Unexpected end-of-input")) {
            problem = "the file ends in the middle of the JSON document (it looks truncated)";
            hint = "Export the file again, or close the open objects and arrays";
        } else if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown field '" + u.getPropertyName() + "'";
            hint = "Check the spelling or remove it; allowed fields here: " + known(u.getKnownPropertyIds());
        } else if (e instanceof IgnoredPropertyException u) {
            problem = "field '" + u.getPropertyName() + "' is not allowed here";
            hint = "Remove it";
        } else if (e instanceof InvalidFormatException f) {
            problem = "value " + quote(f.getValue()) + " is not " + describe(f.getTargetType());
            hint = hintFor(f.getTargetType());
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() == null ? v : v.getCause();
            problem = cause.getMessage() == null ? "this object is incomplete" : cause.getMessage();
            hint = "Add the field; see docs/format.md for what each object needs";
        } else if (e instanceof MismatchedInputException m) {
            problem = mismatch(m, original);
            hint = hintFor(m.getTargetType());
        } else if (original.contains("Invalid UTF-8")) {
            problem = "the file is not valid UTF-8 (" + firstLine(original) + ")";
            hint = "Save it as UTF-8";
        } else if (original.contains("Non-standard token 'NaN'") || original.contains("'Infinity'")) {
            problem = "NaN and Infinity are not numbers in JSON";
            hint = "Leave the field out when the value is not known";
        } else {
            problem = "this is not valid JSON: " + firstLine(original);
            hint = "Check the syntax near this place (a missing comma, quote or bracket)";
        }
        return new ChainFormatException(source, line, column, path, problem, hint, e);
    }

    /** The quoted name of the repeated field when a duplicate key stopped the read (perhaps wrapped), else null. */
    private static String duplicateField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException p && p.getOriginalMessage() != null
                    && p.getOriginalMessage().startsWith("Duplicate field")) {
                return p.getOriginalMessage().substring("Duplicate field".length()).trim();
            }
        }
        return null;
    }

    private static String limitMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException p && t.getMessage() != null
                    && t.getMessage().contains("exceeds the maximum allowed")) {
                String m = p.getOriginalMessage();
                int cut = m.indexOf(", from `");
                return cut > 0 ? m.substring(0, cut) + ")" : m;
            }
        }
        return firstLine(String.valueOf(e.getMessage()));
    }

    private static boolean isLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException
                    || (t.getMessage() != null && t.getMessage().contains("exceeds the maximum allowed"))) {
                return true;
            }
        }
        return false;
    }

    private static String mismatch(MismatchedInputException m, String original) {
        Class<?> target = m.getTargetType();
        if (original.contains("Unexpected end-of-input")) {
            return "the file ends in the middle of the JSON document (it looks truncated)";
        }
        if (original.contains("No content to map")) {
            return "the file holds no JSON value";
        }
        if (target == null) {
            return "a value has the wrong type: " + firstLine(original);
        }
        return "wrong type: expected " + describe(target) + " here";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text (in double quotes)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (java.util.List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ ... ]";
        }
        if (type.isRecord()) {
            return "an object { ... } (" + type.getSimpleName() + ")";
        }
        return "a " + type.getSimpleName();
    }

    private static String hintFor(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "Write dates as \"2025-12-31\"";
        }
        if (type != null && Number.class.isAssignableFrom(type)) {
            return "Write numbers without quotes or units, e.g. 1.5; leave the field out when it is not known";
        }
        if (type != null && type.isEnum()) {
            return "Use one of the listed values";
        }
        return "See docs/format.md for the expected shape";
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "none";
        }
        return ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String quote(Object value) {
        String s = String.valueOf(value);
        if (s.length() > 60) {
            s = s.substring(0, 57) + "...";
        }
        return value instanceof String ? "'" + s + "'" : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
