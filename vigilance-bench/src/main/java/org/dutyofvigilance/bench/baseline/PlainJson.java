package org.dutyofvigilance.bench.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a chain file into {@link PlainChain} with a default Jackson mapper (plus {@code java.time}): the
 * "Jackson and nothing else" baseline. Enumerations stay strings; nothing is checked.
 */
public final class PlainJson {
    private static final ObjectReader READER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(PlainChain.class);

    private PlainJson() {
    }

    /** Reads a chain file into plain records. */
    public static PlainChain read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return READER.readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
