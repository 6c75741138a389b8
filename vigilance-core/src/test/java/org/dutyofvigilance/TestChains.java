package org.dutyofvigilance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;

/** Test fixtures: the example chains of {@code examples/chains}, read from the source tree. */
public final class TestChains {
    /** The folder of example chains, from a module's directory (where Surefire runs the tests). */
    public static final Path EXAMPLES = Path.of("..", "examples", "chains");

    private TestChains() {
    }

    /** The text of an example chain file, e.g. {@code "flagship.json"}. */
    public static String exampleJson(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String flagshipJson() {
        return exampleJson("flagship.json");
    }

    public static ChainOfActivities flagship() {
        return ChainJson.read(flagshipJson(), "flagship.json");
    }
}
