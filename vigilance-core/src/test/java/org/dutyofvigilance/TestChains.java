package org.dutyofvigilance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.ChainOfActivities;

/** Test fixtures: the flagship chain (a copy of examples/chains/flagship.json kept in test resources). */
public final class TestChains {
    private TestChains() {
    }

    public static String flagshipJson() {
        try (InputStream in = TestChains.class.getResourceAsStream("/chains/flagship.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChainOfActivities flagship() {
        return ChainJson.read(flagshipJson(), "flagship.json");
    }
}
