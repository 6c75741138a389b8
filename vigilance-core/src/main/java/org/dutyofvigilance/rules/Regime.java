package org.dutyofvigilance.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A body of law a rule set belongs to, with the grammar its citations must follow. Several rule sets may
 * share a regime (one per version, e.g. the CSDDD as adopted and as amended). Written in rule files in lower
 * case ({@code "regime": "csddd"}); user rule files for other texts use {@link #OTHER}.
 */
public enum Regime {
    /** EU Corporate Sustainability Due Diligence Directive (EU) 2024/1760. Citations: {@code Art. 15}, {@code Annex I, Part I}. */
    CSDDD("^(Arts?\\. \\d+[a-z]?(\\(\\d+[a-z]?\\))*(\\([a-z]\\))?.*|Annex I{1,2}\\b.*)$",
            "'Art. <n>…' or 'Annex I…'"),
    /** French duty of vigilance, Code de commerce L.225-102-4 and L.225-102-5. Citations: {@code L. 225-102-4, I, 1°}. */
    FR_DUTY_OF_VIGILANCE("^L\\. ?\\d{3}-\\d+(-\\d+)*\\b.*$", "'L. <nnn>-<n>…'"),
    /** ESRS S2 "Workers in the value chain" (Delegated Regulation (EU) 2023/2772). Citations: {@code ESRS S2-1}. */
    ESRS_S2("^ESRS (S2|2)\\b.*$", "'ESRS S2…' or 'ESRS 2…'"),
    /** EU Platform Work Directive (EU) 2024/2831. Citations: {@code Art. 9}. */
    PLATFORM_WORK("^Arts?\\. \\d+[a-z]?(\\(\\d+[a-z]?\\))*.*$", "'Art. <n>…'"),
    /** German Supply Chain Due Diligence Act (LkSG). Citations: {@code § 5(1)}. */
    LKSG("^§ ?\\d+[a-z]?\\b.*$", "'§ <n>…'"),
    /** Any other text, for user rule files. Citations: any non-blank text starting with a letter, digit or §. */
    OTHER("^[\\p{L}\\p{N}§].*$", "non-blank text");

    private final Pattern citation;
    private final String grammar;

    Regime(String citation, String grammar) {
        this.citation = Pattern.compile(citation);
        this.grammar = grammar;
    }

    /** Whether a citation follows this regime's grammar. */
    public boolean acceptsCitation(String text) {
        return text != null && citation.matcher(text).matches();
    }

    /** A human description of the citation grammar, used in loader messages. */
    public String citationGrammar() {
        return grammar;
    }

    /** The lower-case name used in rule files and exports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
