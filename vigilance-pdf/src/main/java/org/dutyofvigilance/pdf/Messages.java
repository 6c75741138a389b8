package org.dutyofvigilance.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.dutyofvigilance.plan.PlanValue;

/** Labels from the {@code messages_xx} bundles and locale formatting of plan values. */
final class Messages {
    private static final String BUNDLE = "org.dutyofvigilance.pdf.messages";
    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter dates;
    /** Formats of this rendering, made once: a rendering runs on one thread (NumberFormat is not thread-safe). */
    private final NumberFormat integers;
    private final NumberFormat[] decimals = new NumberFormat[7];
    private final NumberFormat[] monies = new NumberFormat[7];

    Messages(RenderOptions.Language language) {
        this.locale = language.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.integers = NumberFormat.getIntegerInstance(locale);
    }

    /** The label for a key; a missing key is a bug, reported loudly. */
    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no label '" + key + "' for " + locale, e);
        }
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label with {0}, {1}… replaced by the given strings (no MessageFormat quoting rules). */
    String get(String key, String... args) {
        return fill(get(key), List.of(args));
    }

    private static String fill(String pattern, List<String> args) {
        String out = pattern;
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", args.get(i));
        }
        return out;
    }

    String format(PlanValue value) {
        return switch (value) {
            case PlanValue.Text t -> t.text();
            case PlanValue.Translated t -> locale.getLanguage().equals("fr") ? t.fr() : t.en();
            case PlanValue.Label l -> get(l.key());
            case PlanValue.Message m -> fill(get(m.key()), m.args().stream().map(this::format).toList());
            case PlanValue.Decimal d -> decimal(d.value());
            case PlanValue.Count c -> integer(c.value());
            case PlanValue.Share s -> percent(s.fraction());
            case PlanValue.Amount a -> a.perKey().isEmpty()
                    ? get("value.amount", money(a.amount()), a.currency())
                    : get("value.amountPer", money(a.amount()), a.currency(), get(a.perKey()));
            case PlanValue.Date d -> date(d.date());
            case PlanValue.YesNo y -> get(y.value() ? "value.yes" : "value.no");
            case PlanValue.Joined j -> String.join(", ", j.values().stream().map(this::format).toList());
            case PlanValue.NotDisclosed n -> get("value.notDisclosed");
            case PlanValue.Withheld w -> get("value.withheld");
        };
    }

    /** Whether a value stands for a missing fact (drawn in italics). */
    static boolean isGap(PlanValue value) {
        return value instanceof PlanValue.NotDisclosed || value instanceof PlanValue.Withheld;
    }

    /** A long date; French dates write the first of the month as an ordinal ("1er mars 2027"). */
    String date(LocalDate date) {
        String text = dates.format(date);
        if (date.getDayOfMonth() == 1 && locale.getLanguage().equals("fr") && text.startsWith("1 ")) {
            return "1er" + text.substring(1);
        }
        return text;
    }

    String integer(long n) {
        return clean(integers.format(n));
    }

    /** A decimal with as many decimals as it was given (at most 6). */
    String decimal(BigDecimal value) {
        return clean(fixed(decimals, Math.min(6, Math.max(0, value.scale()))).format(value));
    }

    /** An amount of money: whole amounts without decimals, others with at least two (1.50, 0.83, 12). */
    String money(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return clean(fixed(monies, v.scale() <= 0 ? 0 : Math.min(6, Math.max(2, v.scale()))).format(value));
    }

    /** The number format with exactly {@code scale} decimals, made on first use. */
    private NumberFormat fixed(NumberFormat[] cache, int scale) {
        NumberFormat f = cache[scale];
        if (f == null) {
            f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(scale);
            f.setMaximumFractionDigits(scale);
            f.setRoundingMode(RoundingMode.HALF_EVEN);
            cache[scale] = f;
        }
        return f;
    }

    String percent(BigDecimal fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return clean(f.format(fraction));
    }

    /** Narrow no-break spaces (French grouping) become no-break spaces, which every embedded font has. */
    private static String clean(String s) {
        return s.replace('\u202F', '\u00A0');
    }
}
