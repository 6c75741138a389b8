package org.dutyofvigilance.pdf;

import java.util.Locale;
import java.util.Objects;
import org.dutyofvigilance.plan.Edition;

/**
 * How to render a vigilance plan: in which language, for which edition.
 *
 * <p>Pass to {@link PdfRenderer#render}. The edition must be the one the plan was assembled for, so that a
 * plan holding confidential values can never come out labelled "public".
 *
 * @param language the language of every label, number and date
 * @param edition  the edition the plan was assembled for
 */
public record RenderOptions(Language language, Edition edition) {
    public RenderOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(edition, "edition");
    }

    /** The languages a plan can be rendered in. */
    public enum Language {
        /** English (British conventions: 22 November 2026, 1,234.5). */
        EN(Locale.UK, "en-GB"),
        /** French (22 novembre 2026, 1 234,5). */
        FR(Locale.FRANCE, "fr-FR");

        private final Locale locale;
        private final String tag;

        Language(Locale locale, String tag) {
            this.locale = locale;
            this.tag = tag;
        }

        /** The locale used for numbers and dates. */
        public Locale locale() {
            return locale;
        }

        /** The BCP 47 tag written into the PDF catalog. */
        public String tag() {
            return tag;
        }
    }
}
