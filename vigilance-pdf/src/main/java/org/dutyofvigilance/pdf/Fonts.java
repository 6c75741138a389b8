package org.dutyofvigilance.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts of one rendering: Liberation Sans (regular, bold, italic), as
 * Identity-H subsets. (The input checksum is printed in the regular face: a monospaced font would add
 * a fourth embedded subset for 64 characters.)
 *
 * <p>PDF/A-2 and -3 allow a subset font without a CIDSet, and OpenPDF's CIDSet of a subset does not list
 * every glyph (veraPDF rule 6.2.11.4.2-2), so the CIDSet is left out. Subset name prefixes come from a
 * generator seeded with the document seed, so the same plan gives the same bytes.
 */
final class Fonts {
    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;

    private Fonts(BaseFont regular, BaseFont bold, BaseFont italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** Font files, read once from the openpdf-fonts-extra jar; immutable once loaded. */
    private static final class Files {
        static final byte[] REGULAR = read("LiberationSans-Regular.ttf");
        static final byte[] BOLD = read("LiberationSans-Bold.ttf");
        static final byte[] ITALIC = read("LiberationSans-Italic.ttf");

        private static byte[] read(String name) {
            try (InputStream in = Fonts.class.getResourceAsStream("/liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " missing: is openpdf-fonts-extra on the class path?");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Fonts create(String seed) {
        return new Fonts(font("LiberationSans-Regular.ttf", Files.REGULAR, seed + "/regular"),
                font("LiberationSans-Bold.ttf", Files.BOLD, seed + "/bold"),
                font("LiberationSans-Italic.ttf", Files.ITALIC, seed + "/italic"));
    }

    private static BaseFont font(String name, byte[] file, String seed) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    file, null);
            font.setSubset(true);
            font.setIncludeCidSet(false);
            font.setSecureRandom(seeded(seed));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load font " + name, e);
        }
    }

    /** A deterministic generator: SHA1PRNG seeded before its first use produces a fixed sequence. */
    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java platform", e);
        }
    }
}
