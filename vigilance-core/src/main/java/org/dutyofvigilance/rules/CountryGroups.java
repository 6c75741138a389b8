package org.dutyofvigilance.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Named groups of ISO 3166-1 alpha-2 country codes usable in {@code countriesIn} conditions. */
final class CountryGroups {
    /** The 27 EU member states (Greece as ISO {@code GR}, not the EU's {@code EL}). */
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private static final Map<String, Set<String>> GROUPS = Map.of("EU", EU);

    private CountryGroups() {
    }

    static Optional<Set<String>> group(String name) {
        return Optional.ofNullable(GROUPS.get(name));
    }

    /** Whether a country code is an EU member state. */
    static boolean inEu(String country) {
        return country != null && EU.contains(country.toUpperCase(java.util.Locale.ROOT));
    }
}
