package org.dutyofvigilance.scope;

import java.util.List;
import java.util.Objects;
import org.dutyofvigilance.rules.Text;

/**
 * One reason behind a scope answer: a stable message key with its arguments (for renderers with their own
 * bundles) and the sentence in English and French. Listed in {@link RegimeScope#reasons()}.
 *
 * @param key  stable message key, e.g. {@code scope.threshold.met}
 * @param args the values filled into the message, as text
 * @param text the sentence in English and French
 */
public record Explanation(String key, List<String> args, Text text) {
    public Explanation {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        Objects.requireNonNull(text, "text");
    }
}
