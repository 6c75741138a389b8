package org.dutyofvigilance.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.json.StrictJson;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.IncidentKind;

/**
 * The scoring rules of the risk map, as data: which indicators drive which adverse-impact category, how
 * scale, scope, irremediability and likelihood are scored, and how they combine into a priority (CSDDD
 * Art 9). The shipped rules are {@link #shipped()} ({@code risk-rules.json}, documented in
 * {@code docs/indicators.md}); load your own with {@link #load(InputStream, String)} and pass them in
 * {@link MeasureParameters}.
 *
 * @param version          version of the rules, shown in the plan
 * @param maxScore         top of every 1..max scale (4 in the shipped rules)
 * @param riskStatuses     indicator statuses that raise a risk on their own (e.g. ADVERSE, NOT_EVIDENCED)
 * @param likelihood       likelihood score given by a driver of each status
 * @param actualLikelihood likelihood of an actual impact (an incident shows it)
 * @param opacityCodes     indicator codes that, when ADVERSE at an entity, make every risk there more likely
 * @param opacityUplift    how much they add to the likelihood (capped at {@code maxScore})
 * @param weights          weights of scale, scope and irremediability in the severity score
 * @param scopeBands       people affected → scope score, first matching band wins
 * @param scopeIfUnknown   scope score when the headcount of an affected segment is not disclosed
 * @param categories       per impact category: base scale, irremediability, fixed scope
 * @param drivers          per indicator code: the categories it drives and the scale it gives
 * @param incidents        per incident kind: the categories it shows as actual
 */
public record RiskRules(
        String version,
        int maxScore,
        Set<IndicatorStatus> riskStatuses,
        Map<IndicatorStatus, Integer> likelihood,
        int actualLikelihood,
        Set<String> opacityCodes,
        int opacityUplift,
        Weights weights,
        List<ScopeBand> scopeBands,
        int scopeIfUnknown,
        Map<ImpactCategory, CategoryRule> categories,
        Map<String, DriverRule> drivers,
        Map<IncidentKind, List<ImpactCategory>> incidents) {

    static final String RESOURCE = "risk-rules.json";
    private static final RiskRules SHIPPED = load(RiskRules.class.getResourceAsStream(RESOURCE), RESOURCE);

    public RiskRules {
        Objects.requireNonNull(version, "version");
        if (maxScore < 1) {
            throw new IllegalArgumentException("maxScore must be at least 1");
        }
        riskStatuses = Set.copyOf(riskStatuses);
        likelihood = Map.copyOf(likelihood);
        opacityCodes = Set.copyOf(opacityCodes == null ? Set.of() : opacityCodes);
        Objects.requireNonNull(weights, "weights");
        scopeBands = List.copyOf(scopeBands);
        categories = Map.copyOf(categories);
        drivers = Map.copyOf(drivers);
        incidents = Map.copyOf(incidents == null ? Map.of() : incidents);
        for (int v : likelihood.values()) {
            inRange(v, maxScore, "likelihood");
        }
        inRange(actualLikelihood, maxScore, "actualLikelihood");
        inRange(scopeIfUnknown, maxScore, "scopeIfUnknown");
        for (ScopeBand b : scopeBands) {
            inRange(b.score(), maxScore, "scopeBands.score");
        }
        for (CategoryRule c : categories.values()) {
            inRange(c.baseScale(), maxScore, "categories.baseScale");
            inRange(c.irremediability(), maxScore, "categories.irremediability");
            c.fixedScope().ifPresent(s -> inRange(s, maxScore, "categories.fixedScope"));
        }
        for (DriverRule d : drivers.values()) {
            inRange(d.scale(), maxScore, "drivers.scale");
            for (Band b : d.bands()) {
                inRange(b.scale(), maxScore, "drivers.bands.scale");
            }
        }
    }

    private static void inRange(int v, int max, String what) {
        if (v < 1 || v > max) {
            throw new IllegalArgumentException(what + " must be between 1 and " + max + ", was " + v);
        }
    }

    /** The rules shipped with the library. */
    public static RiskRules shipped() {
        return SHIPPED;
    }

    /** Reads rules from JSON in the format of the shipped {@code risk-rules.json}. */
    public static RiskRules load(InputStream json, String sourceName) {
        if (json == null) {
            throw new IllegalArgumentException("risk rules not found: " + sourceName);
        }
        try (json) {
            return StrictJson.mapper().readValue(json, RiskRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read risk rules " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Weights of the three severity criteria; the severity score is their weighted mean. Read from the
     * {@code weights} object of the rules file.
     *
     * @param scale           weight of scale (gravity)
     * @param scope           weight of scope (people affected)
     * @param irremediability weight of irremediable character
     */
    public record Weights(BigDecimal scale, BigDecimal scope, BigDecimal irremediability) {
        public Weights {
            Objects.requireNonNull(scale, "scale");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(irremediability, "irremediability");
            if (scale.signum() < 0 || scope.signum() < 0 || irremediability.signum() < 0
                    || scale.add(scope).add(irremediability).signum() <= 0) {
                throw new IllegalArgumentException("weights must be non-negative and not all zero");
            }
        }
    }

    /**
     * A band of the scope score: the first band whose {@code atLeast} the number of people reaches gives the
     * score. Listed, highest first, in {@code scopeBands}.
     *
     * @param atLeast people affected, at least
     * @param score   scope score
     */
    public record ScopeBand(long atLeast, int score) {
    }

    /**
     * Scoring of one impact category, the starting point of every risk of that category. Keyed by category
     * in {@code categories}.
     *
     * @param baseScale       scale (gravity) of any impact of the category before its drivers raise it
     * @param irremediability how hard the harm is to undo
     * @param actualUplift    added to irremediability when the impact is actual
     * @param fixedScope      scope score used instead of people affected (environmental categories)
     */
    public record CategoryRule(int baseScale, int irremediability, int actualUplift, Optional<Integer> fixedScope) {
        public CategoryRule {
            fixedScope = fixedScope == null ? Optional.empty() : fixedScope;
        }
    }

    /**
     * What one indicator code drives: the categories and scale of the risks it raises. Keyed by indicator
     * code in {@code drivers}.
     *
     * @param categories the impact categories it is a driver of (empty: it only informs, e.g. opacity codes)
     * @param scale      the scale it gives when it raises a risk
     * @param bands      value bands that give a different scale, first match wins
     * @param raisesOn   the statuses with which it raises a risk; empty means the rules' {@code riskStatuses}.
     *                   Listing UNKNOWN makes non-disclosure itself a risk factor.
     */
    public record DriverRule(List<ImpactCategory> categories, int scale, List<Band> bands,
            Optional<Set<IndicatorStatus>> raisesOn) {
        public DriverRule {
            categories = List.copyOf(categories);
            bands = bands == null ? List.of() : List.copyOf(bands);
            raisesOn = raisesOn == null ? Optional.empty() : raisesOn.map(Set::copyOf);
        }

        /** Whether an indicator with this status raises a risk under these rules. */
        boolean raises(IndicatorStatus status, Set<IndicatorStatus> defaults) {
            return raisesOn.orElse(defaults).contains(status);
        }

        /** The scale this driver gives for a value. */
        int scaleFor(Optional<BigDecimal> value) {
            if (value.isPresent()) {
                for (int k = 0, n = bands.size(); k < n; k++) {
                    Band b = bands.get(k);
                    if (b.matches(value.get())) {
                        return b.scale();
                    }
                }
            }
            return scale;
        }
    }

    /**
     * A value band of a driver: matches when the indicator's value is below {@code below} or above
     * {@code above} (whichever is set). Used in a driver's {@code bands} to raise the scale of large gaps.
     *
     * @param below upper bound, exclusive
     * @param above lower bound, exclusive
     * @param scale the scale given
     */
    public record Band(Optional<BigDecimal> below, Optional<BigDecimal> above, int scale) {
        public Band {
            below = below == null ? Optional.empty() : below;
            above = above == null ? Optional.empty() : above;
            if (below.isPresent() == above.isPresent()) {
                throw new IllegalArgumentException("a band has exactly one of below or above");
            }
        }

        boolean matches(BigDecimal value) {
            return below.isPresent() ? value.compareTo(below.get()) < 0 : value.compareTo(above.orElseThrow()) > 0;
        }
    }
}
