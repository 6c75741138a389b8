package org.dutyofvigilance.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;

/** A chain file read once: its bytes (for the checksum and the embedded copy) and the chain parsed from them. */
record ChainInput(Path file, byte[] bytes, ChainOfActivities chain) {
    /** Reads and parses a chain file; unreadable files raise {@link org.dutyofvigilance.json.ChainFormatException}. */
    static ChainInput read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new ChainInput(file, new byte[0], ChainJson.read(file)); // raises the library's "does not exist"
        } catch (IOException e) {
            return new ChainInput(file, new byte[0], ChainJson.read(file));
        }
        return new ChainInput(file, bytes, ChainJson.read(new ByteArrayInputStream(bytes), file.toString()));
    }
}
