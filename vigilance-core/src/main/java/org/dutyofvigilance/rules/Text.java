package org.dutyofvigilance.rules;

import java.util.Objects;

/**
 * A short text in English and French, e.g. an obligation's paraphrase. Rule files write it as
 * {@code {"en": "...", "fr": "..."}}; renderers pick the language they print.
 *
 * @param en the English text
 * @param fr the French text
 */
public record Text(String en, String fr) {
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fr, "fr");
    }

    /** The text in a language ({@code "fr"} gives French, anything else English). */
    public String in(String language) {
        return "fr".equalsIgnoreCase(language) ? fr : en;
    }
}
