package org.dutyofvigilance.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
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
        } catch (IOException e) {
            // the library's reader turns the same failure into its located message ("the file does not exist", ...)
            return new ChainInput(file, new byte[0], ChainJson.read(file));
        }
        return new ChainInput(file, bytes, ChainJson.read(new ByteArrayInputStream(bytes), file.toString()));
    }
}
