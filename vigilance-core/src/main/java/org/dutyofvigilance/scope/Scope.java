package org.dutyofvigilance.scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.ChainFacts;
import org.dutyofvigilance.rules.FactNode;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.rules.Regime;
import org.dutyofvigilance.rules.Text;

/**
 * Decides which regimes apply to a chain's reporting company, from which date and why, from its financial
 * years (thresholds over two consecutive years where the law says so), its country, its CSRD status and
 * where the chain's work is performed. Amounts in other currencies are converted with the chain's own
 * exchange rates; a missing figure or rate gives {@link ScopeStatus#CANNOT_DETERMINE}, never a guess.
 *
 * <pre>{@code
 * ScopeAssessment scope = Scope.assess(chain);
 * scope.current(Regime.CSDDD).ifPresent(s -> log(s.status() + " from " + s.from()));
 * }</pre>
 *
 * <p>Pure and thread-safe. The thresholds and dates are those of {@code obligations.md} §§1, 2, 3, 5, 6 and 8,
 * listed in {@code docs/rules.md}.
 */
public final class Scope {
    static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** One CSDDD application wave: thresholds (strictly exceeded) and the date it applies from. */
    record Wave(int number, int employees, BigDecimal turnoverEur, LocalDate from) {
    }

    /** One CSDDD timeline: its id, the rule set it maps to, whether it is the law in force, and its waves. */
    record Timeline(String id, String ruleSetId, boolean current, String act, String acte, List<Wave> waves) {
    }

    static final BigDecimal M = new BigDecimal("1000000");
    static final List<Timeline> CSDDD_TIMELINES = List.of(
            new Timeline("csddd-2024-1760", "csddd-2024-1760", false, "(EU) 2024/1760 as adopted, Art. 37",
                    "(UE) 2024/1760 telle qu'adoptée, art. 37", List.of(
                    new Wave(1, 5000, M.multiply(new BigDecimal("1500")), LocalDate.of(2027, 7, 26)),
                    new Wave(2, 3000, M.multiply(new BigDecimal("900")), LocalDate.of(2028, 7, 26)),
                    new Wave(3, 1000, M.multiply(new BigDecimal("450")), LocalDate.of(2029, 7, 26)))),
            new Timeline("csddd-2025-794", "csddd-2024-1760", false, "(EU) 2025/794 (stop-the-clock)",
                    "(UE) 2025/794 (report des dates)", List.of(
                    new Wave(1, 5000, M.multiply(new BigDecimal("1500")), LocalDate.of(2028, 7, 26)),
                    new Wave(2, 3000, M.multiply(new BigDecimal("900")), LocalDate.of(2028, 7, 26)),
                    new Wave(3, 1000, M.multiply(new BigDecimal("450")), LocalDate.of(2029, 7, 26)))),
            new Timeline("csddd-2026-470", "csddd-2026-470", true, "(EU) 2024/1760 as amended by (EU) 2026/470",
                    "(UE) 2024/1760 modifiée par (UE) 2026/470", List.of(new Wave(1, 5000, M.multiply(new BigDecimal("1500")), LocalDate.of(2029, 7, 26)))));

    static final int FR_EMPLOYEES_FRANCE = 5000;
    static final int FR_EMPLOYEES_WORLDWIDE = 10000;
    static final LocalDate FR_LAW_DATE = LocalDate.of(2017, 3, 27);
    static final int LKSG_EMPLOYEES_2023 = 3000;
    static final int LKSG_EMPLOYEES_2024 = 1000;
    static final LocalDate PWD_TRANSPOSITION = LocalDate.of(2026, 12, 2);
    /** Entities whose workers do platform work: platforms, vendors and intermediaries (or platform workers anywhere). */
    static final Set<PartnerRole> PLATFORM_ROLES = Set.of(PartnerRole.DATA_PLATFORM, PartnerRole.VENDOR,
            PartnerRole.INTERMEDIARY);

    private Scope() {
    }

    /** Assesses every regime for the chain's reporting company. */
    public static ScopeAssessment assess(ChainOfActivities chain) {
        return assess(chain, null);
    }

    /**
     * Assesses every regime for the reporting company of a chain already indexed for the rules: the same
     * answer as {@link #assess(ChainOfActivities)}, reading each workforce segment's employer role from the
     * index instead of looking it up again.
     */
    public static ScopeAssessment assess(ChainFacts indexed) {
        return assess(indexed.chain(), indexed);
    }

    private static ScopeAssessment assess(ChainOfActivities chain, ChainFacts indexed) {
        Facts facts = new Facts(chain);
        List<RegimeScope> out = new ArrayList<>();
        for (Timeline t : CSDDD_TIMELINES) {
            out.add(csddd(facts, t));
        }
        out.add(french(facts));
        out.add(esrs(facts));
        out.add(platformWork(chain, indexed));
        out.add(lksg(facts));
        return new ScopeAssessment(out);
    }

    // ---------------------------------------------------------------- CSDDD

    private static RegimeScope csddd(Facts f, Timeline t) {
        List<Explanation> reasons = new ArrayList<>();
        ReportingCompany c = f.company;
        boolean eu = EU.contains(c.country().toUpperCase(Locale.ROOT));
        reasons.add(eu
                ? ex("scope.csddd.eu", List.of(c.country(), t.act()),
                        "Registered office in %s (EU): thresholds on employees and net worldwide turnover, in two consecutive financial years (Art. 2(1)); timeline of %s.",
                        List.of(c.country(), t.acte()),
                        "Siège en %s (UE) : seuils de salariés et de chiffre d'affaires net mondial, sur deux exercices consécutifs (art. 2(1)) ; calendrier de %s.")
                : ex("scope.csddd.non-eu", List.of(c.country(), t.act()),
                        "Registered office in %s (outside the EU): threshold on net turnover generated in the EU, in two consecutive financial years (Art. 2(2)); timeline of %s.",
                        List.of(c.country(), t.acte()),
                        "Siège en %s (hors UE) : seuil de chiffre d'affaires net réalisé dans l'UE, sur deux exercices consécutifs (art. 2(2)) ; calendrier de %s."));
        Optional<FinancialYear[]> pair = f.pair(reasons);
        if (pair.isEmpty()) {
            return new RegimeScope(Regime.CSDDD, t.id(), t.ruleSetId(), ScopeStatus.CANNOT_DETERMINE, Optional.empty(),
                    t.current(), reasons);
        }
        FinancialYear[] years = pair.get();
        boolean anyUnknown = false;
        List<Explanation> missing = new ArrayList<>();
        for (Wave w : t.waves()) {
            Tri met = Tri.TRUE;
            for (FinancialYear y : years) {
                Tri year;
                if (eu) {
                    year = above(y.employeesWorldwide().map(BigDecimal::valueOf), BigDecimal.valueOf(w.employees()),
                            y.year(), "employees worldwide", "salariés dans le monde", missing)
                            .and(above(f.eur(y.netTurnoverWorldwide(), y.year(), "net worldwide turnover",
                                    "chiffre d'affaires net mondial", missing), w.turnoverEur(), y.year(),
                                    null, null, missing));
                } else {
                    year = above(f.eur(y.netTurnoverEu(), y.year(), "net turnover in the EU",
                            "chiffre d'affaires net dans l'UE", missing), w.turnoverEur(), y.year(),
                            null, null, missing);
                }
                met = met.and(year);
            }
            String thresholds = eu
                    ? "> " + number(w.employees()) + " employees and > €" + millions(w.turnoverEur())
                    : "> €" + millions(w.turnoverEur()) + " EU turnover";
            String seuils = eu
                    ? "> " + number(w.employees()) + " salariés et > " + millions(w.turnoverEur()) + " € "
                    : "> " + millions(w.turnoverEur()) + " € de chiffre d'affaires dans l'UE";
            String yearsText = years[1].year() + " and " + years[0].year();
            String annees = years[1].year() + " et " + years[0].year();
            if (met == Tri.TRUE) {
                reasons.add(ex("scope.csddd.met", List.of(thresholds, yearsText, String.valueOf(w.number()),
                        w.from().toString()),
                        "%s in both %s: wave %s, applies from %s.", List.of(seuils, annees, String.valueOf(w.number()),
                                w.from().toString()),
                        "%s sur %s : vague %s, applicable à partir du %s."));
                if (anyUnknown) {
                    reasons.addAll(dedupe(missing));
                    reasons.add(ex("scope.csddd.earlier-wave-unknown", List.of(),
                            "An earlier wave may apply: a figure needed to decide is not disclosed.",
                            "Une vague antérieure peut s'appliquer : un chiffre nécessaire n'est pas publié."));
                }
                csrdNote(f, reasons);
                return new RegimeScope(Regime.CSDDD, t.id(), t.ruleSetId(), ScopeStatus.APPLIES,
                        Optional.of(w.from()), t.current(), reasons);
            }
            if (met == Tri.UNKNOWN) {
                anyUnknown = true;
            }
        }
        if (anyUnknown) {
            reasons.addAll(dedupe(missing));
            return new RegimeScope(Regime.CSDDD, t.id(), t.ruleSetId(), ScopeStatus.CANNOT_DETERMINE,
                    Optional.empty(), t.current(), reasons);
        }
        Wave last = t.waves().get(t.waves().size() - 1);
        String thresholds = eu
                ? "> " + number(last.employees()) + " employees and > €" + millions(last.turnoverEur())
                : "> €" + millions(last.turnoverEur()) + " EU turnover";
        String seuils = eu
                ? "> " + number(last.employees()) + " salariés et > " + millions(last.turnoverEur()) + " € "
                : "> " + millions(last.turnoverEur()) + " € de chiffre d'affaires dans l'UE";
        reasons.add(ex("scope.csddd.not-met", List.of(thresholds, years[1].year() + " and " + years[0].year()),
                "Thresholds (%s) not met in both %s.",
                List.of(seuils, years[1].year() + " et " + years[0].year()), "Seuils (%s) non atteints sur %s."));
        return new RegimeScope(Regime.CSDDD, t.id(), t.ruleSetId(), ScopeStatus.DOES_NOT_APPLY, Optional.empty(),
                t.current(), reasons);
    }

    private static void csrdNote(Facts f, List<Explanation> reasons) {
        if (f.company.csrdReporter().orElse(false)) {
            reasons.add(ex("scope.csddd.csrd-exemption", List.of(),
                    "Reports under the CSRD: the Art. 16 annual statement is not required.",
                    "Publie selon la CSRD : la déclaration annuelle de l'art. 16 n'est pas requise."));
        } else if (f.company.csrdReporter().isEmpty()) {
            reasons.add(ex("scope.csddd.csrd-unknown", List.of(),
                    "Whether the company reports under the CSRD is not disclosed, so the Art. 16 exemption cannot be decided.",
                    "L'assujettissement à la CSRD n'est pas publié : l'exemption de l'art. 16 ne peut être décidée."));
        }
    }

    // ---------------------------------------------------------------- French duty of vigilance

    private static RegimeScope french(Facts f) {
        List<Explanation> reasons = new ArrayList<>();
        String id = "fr-vigilance-2017";
        if (!"FR".equalsIgnoreCase(f.company.country())) {
            reasons.add(ex("scope.fr.foreign", List.of(f.company.country()),
                    "Registered office in %s, not in France: the French duty of vigilance applies to French companies.",
                    "Siège en %s, hors de France : le devoir de vigilance s'applique aux sociétés françaises."));
            return new RegimeScope(Regime.FR_DUTY_OF_VIGILANCE, id, id, ScopeStatus.DOES_NOT_APPLY, Optional.empty(),
                    true, reasons);
        }
        reasons.add(ex("scope.fr.thresholds", List.of(),
                "At the close of two consecutive financial years: ≥ 5,000 employees in the company and its French subsidiaries, or ≥ 10,000 with its foreign subsidiaries (L. 225-102-4, I). Legal form (SA, SCA, SAS…) is not in the model and is not checked.",
                "À la clôture de deux exercices consécutifs : ≥ 5 000 salariés dans la société et ses filiales françaises, ou ≥ 10 000 avec ses filiales étrangères (L. 225-102-4, I). La forme sociale (SA, SCA, SAS…) n'est pas dans le modèle et n'est pas vérifiée."));
        Optional<FinancialYear[]> pair = f.pair(reasons);
        if (pair.isEmpty()) {
            return new RegimeScope(Regime.FR_DUTY_OF_VIGILANCE, id, id, ScopeStatus.CANNOT_DETERMINE, Optional.empty(),
                    true, reasons);
        }
        List<Explanation> missing = new ArrayList<>();
        Tri met = Tri.TRUE;
        for (FinancialYear y : pair.get()) {
            Tri france = atLeast(y.employeesFrance(), FR_EMPLOYEES_FRANCE, y.year(), "employees in France",
                    "salariés en France", missing);
            Tri world = atLeast(y.employeesWorldwide(), FR_EMPLOYEES_WORLDWIDE, y.year(), "employees worldwide",
                    "salariés dans le monde", missing);
            met = met.and(france.or(world));
        }
        String years = pair.get()[1].year() + " and " + pair.get()[0].year();
        String annees = pair.get()[1].year() + " et " + pair.get()[0].year();
        return switch (met) {
            case TRUE -> {
                reasons.add(ex("scope.fr.met", List.of(years, FR_LAW_DATE.toString()),
                        "Threshold met at the close of %s; the law of 27 March 2017 applies (in force since %s; first plan for FY2017).",
                        List.of(annees, FR_LAW_DATE.toString()),
                        "Seuil atteint à la clôture de %s ; la loi du 27 mars 2017 s'applique (en vigueur depuis le %s ; premier plan pour l'exercice 2017)."));
                yield new RegimeScope(Regime.FR_DUTY_OF_VIGILANCE, id, id, ScopeStatus.APPLIES,
                        Optional.of(FR_LAW_DATE), true, reasons);
            }
            case FALSE -> {
                reasons.add(ex("scope.fr.not-met", List.of(years), "Threshold not met at the close of both %s.",
                        List.of(annees), "Seuil non atteint à la clôture des exercices %s."));
                yield new RegimeScope(Regime.FR_DUTY_OF_VIGILANCE, id, id, ScopeStatus.DOES_NOT_APPLY,
                        Optional.empty(), true, reasons);
            }
            case UNKNOWN -> {
                reasons.addAll(dedupe(missing));
                yield new RegimeScope(Regime.FR_DUTY_OF_VIGILANCE, id, id, ScopeStatus.CANNOT_DETERMINE,
                        Optional.empty(), true, reasons);
            }
        };
    }

    // ---------------------------------------------------------------- ESRS S2

    private static RegimeScope esrs(Facts f) {
        String id = "esrs-s2-2023";
        List<Explanation> reasons = new ArrayList<>();
        Optional<Boolean> csrd = f.company.csrdReporter();
        if (csrd.isEmpty()) {
            reasons.add(ex("scope.esrs.unknown", List.of(), "Whether the company reports under the CSRD is not disclosed.",
                    "L'assujettissement à la CSRD n'est pas publié."));
            return new RegimeScope(Regime.ESRS_S2, id, id, ScopeStatus.CANNOT_DETERMINE, Optional.empty(), true, reasons);
        }
        if (!csrd.get()) {
            reasons.add(ex("scope.esrs.not-reporter", List.of(), "The company does not report under the CSRD.",
                    "La société ne publie pas selon la CSRD."));
            return new RegimeScope(Regime.ESRS_S2, id, id, ScopeStatus.DOES_NOT_APPLY, Optional.empty(), true, reasons);
        }
        reasons.add(ex("scope.esrs.reporter", List.of(),
                "Reports under the CSRD: ESRS S2 applies if value-chain workers are material in its double materiality assessment (not in the model, not checked). The simplified ESRS are expected from FY2027.",
                "Publie selon la CSRD : l'ESRS S2 s'applique si les travailleurs de la chaîne de valeur sont importants dans son analyse de double matérialité (absente du modèle, non vérifiée). Les ESRS simplifiées sont attendues à partir de l'exercice 2027."));
        return new RegimeScope(Regime.ESRS_S2, id, id, ScopeStatus.APPLIES, Optional.empty(), true, reasons);
    }

    // ---------------------------------------------------------------- Platform Work Directive

    private static boolean inEu(List<String> countries) {
        for (String cc : countries) {
            if (EU.contains(cc.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role organises platform work; false for a segment whose employer is not in the chain (null). */
    private static boolean isPlatform(PartnerRole role) {
        return role != null && PLATFORM_ROLES.contains(role);
    }

    private static RegimeScope platformWork(ChainOfActivities chain, ChainFacts indexed) {
        String id = "pwd-2024-2831";
        List<Explanation> reasons = new ArrayList<>();
        List<WorkforceSegment> segments = chain.workforceSegments();
        List<String> inEu = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<WorkforceSegment> platform = new ArrayList<>();
        if (indexed != null) { // each segment node knows its employer's role (the first partner with its id)
            for (FactNode n : indexed.nodes(NodeKind.SEGMENT)) {
                WorkforceSegment s = (WorkforceSegment) n.value();
                if (n.role().filter(PLATFORM_ROLES::contains).isPresent()
                        || s.employmentStatus().filter(e -> e == EmploymentStatus.PLATFORM_WORKER).isPresent()) {
                    platform.add(s);
                }
            }
        } else {
            java.util.Map<String, PartnerRole> roles = new java.util.HashMap<>(chain.businessPartners().size() * 2);
            for (org.dutyofvigilance.model.BusinessPartner p : chain.businessPartners()) {
                roles.putIfAbsent(p.id(), p.role());
            }
            for (WorkforceSegment s : segments) {
                if (isPlatform(roles.get(s.entity()))
                        || s.employmentStatus().filter(e -> e == EmploymentStatus.PLATFORM_WORKER).isPresent()) {
                    platform.add(s);
                }
            }
        }
        segments = platform;
        for (WorkforceSegment s : segments) {
            if (s.countries().isEmpty()) {
                unknown.add(s.id());
            } else if (inEu(s.countries())) {
                inEu.add(s.id());
            }
        }
        if (!inEu.isEmpty()) {
            String list = String.join(", ", inEu.stream().sorted().toList());
            reasons.add(ex("scope.pwd.eu-work", List.of(list, PWD_TRANSPOSITION.toString()),
                    "Work is performed in the EU by segments %s: the directive applies to the platforms organising it (transposition by %s).",
                    "Du travail est effectué dans l'UE par les segments %s : la directive s'applique aux plateformes qui l'organisent (transposition au plus tard le %s)."));
            return new RegimeScope(Regime.PLATFORM_WORK, id, id, ScopeStatus.APPLIES, Optional.of(PWD_TRANSPOSITION),
                    true, reasons);
        }
        if (segments.isEmpty()) {
            reasons.add(ex("scope.pwd.no-workforce", List.of(),
                    "No workforce segment at a platform, vendor or intermediary is disclosed, so where platform work is performed is unknown.",
                    "Aucun segment de main-d'œuvre d'une plateforme, d'un prestataire ou d'un intermédiaire n'est publié : le lieu du travail via plateforme est inconnu."));
            return new RegimeScope(Regime.PLATFORM_WORK, id, id, ScopeStatus.CANNOT_DETERMINE, Optional.empty(), true,
                    reasons);
        }
        if (!unknown.isEmpty()) {
            String list = String.join(", ", unknown.stream().sorted().toList());
            reasons.add(ex("scope.pwd.countries-unknown", List.of(list),
                    "Where segments %s work is not disclosed.", "Le lieu de travail des segments %s n'est pas publié."));
            return new RegimeScope(Regime.PLATFORM_WORK, id, id, ScopeStatus.CANNOT_DETERMINE, Optional.empty(), true,
                    reasons);
        }
        reasons.add(ex("scope.pwd.outside-eu", List.of(),
                "All disclosed work is performed outside the EU: out of the directive's territorial scope (reading unverified).",
                "Tout le travail publié est effectué hors de l'UE : hors du champ territorial de la directive (lecture non vérifiée)."));
        return new RegimeScope(Regime.PLATFORM_WORK, id, id, ScopeStatus.DOES_NOT_APPLY, Optional.empty(), true,
                reasons);
    }

    // ---------------------------------------------------------------- LkSG

    private static RegimeScope lksg(Facts f) {
        String id = "lksg-2021";
        List<Explanation> reasons = new ArrayList<>();
        reasons.add(ex("scope.lksg.status", List.of(),
                "LkSG: due-diligence duties remain; a 2025 bill abolishes the reporting duty and the act is to be replaced by the German CSDDD transposition (adoption not confirmed).",
                "LkSG : les obligations de diligence demeurent ; un projet de 2025 supprime l'obligation de rapport et la loi doit être remplacée par la transposition allemande de la CSDDD (adoption non confirmée)."));
        Optional<FinancialYear> latest = f.latest();
        if (latest.isEmpty() || latest.get().employeesGermany().isEmpty()) {
            String year = latest.map(y -> String.valueOf(y.year())).orElse("the last financial year");
            reasons.add(ex("scope.lksg.unknown", List.of(year), "Employees in Germany for %s are not disclosed.",
                    List.of(latest.map(y -> String.valueOf(y.year())).orElse("le dernier exercice")),
                    "Les salariés en Allemagne pour %s ne sont pas publiés."));
            return new RegimeScope(Regime.LKSG, id, id, ScopeStatus.CANNOT_DETERMINE, Optional.empty(), true, reasons);
        }
        int de = latest.get().employeesGermany().get();
        String year = String.valueOf(latest.get().year());
        if (de >= LKSG_EMPLOYEES_2024) {
            LocalDate from = de >= LKSG_EMPLOYEES_2023 ? LocalDate.of(2023, 1, 1) : LocalDate.of(2024, 1, 1);
            reasons.add(ex("scope.lksg.met", List.of(number(de), year, from.toString()),
                    "%s employees in Germany in %s (≥ 3,000 from 2023, ≥ 1,000 from 2024): applies from %s.",
                    "%s salariés en Allemagne en %s (≥ 3 000 depuis 2023, ≥ 1 000 depuis 2024) : applicable depuis le %s."));
            return new RegimeScope(Regime.LKSG, id, id, ScopeStatus.APPLIES, Optional.of(from), true, reasons);
        }
        reasons.add(ex("scope.lksg.not-met", List.of(number(de), year),
                "%s employees in Germany in %s: below 1,000.", "%s salariés en Allemagne en %s : moins de 1 000."));
        return new RegimeScope(Regime.LKSG, id, id, ScopeStatus.DOES_NOT_APPLY, Optional.empty(), true, reasons);
    }

    // ---------------------------------------------------------------- helpers

    /** Three-valued logic for thresholds. */
    enum Tri {
        TRUE, FALSE, UNKNOWN;

        Tri and(Tri o) {
            if (this == FALSE || o == FALSE) {
                return FALSE;
            }
            return this == UNKNOWN || o == UNKNOWN ? UNKNOWN : TRUE;
        }

        Tri or(Tri o) {
            if (this == TRUE || o == TRUE) {
                return TRUE;
            }
            return this == UNKNOWN || o == UNKNOWN ? UNKNOWN : FALSE;
        }
    }

    private static Tri above(Optional<BigDecimal> value, BigDecimal threshold, int year, String what, String quoi,
            List<Explanation> missing) {
        if (value.isEmpty()) {
            if (what != null) {
                missing.add(missingFigure(what, quoi, year));
            }
            return Tri.UNKNOWN;
        }
        return value.get().compareTo(threshold) > 0 ? Tri.TRUE : Tri.FALSE;
    }

    private static Tri atLeast(Optional<Integer> value, int threshold, int year, String what, String quoi,
            List<Explanation> missing) {
        if (value.isEmpty()) {
            missing.add(missingFigure(what, quoi, year));
            return Tri.UNKNOWN;
        }
        return value.get() >= threshold ? Tri.TRUE : Tri.FALSE;
    }

    static Explanation missingFigure(String what, String quoi, int year) {
        return ex("scope.figure.missing", List.of(what, String.valueOf(year)), "Not disclosed: %s for %s.",
                List.of(quoi, String.valueOf(year)), "Non publié : %s pour %s.");
    }

    private static List<Explanation> dedupe(List<Explanation> list) {
        List<Explanation> out = new ArrayList<>();
        for (Explanation e : list) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    static Explanation ex(String key, List<String> args, String en, String fr) {
        return ex(key, args, en, args, fr);
    }

    static Explanation ex(String key, List<String> args, String en, List<String> frArgs, String fr) {
        return new Explanation(key, args, new Text(String.format(Locale.ROOT, en, args.toArray()),
                String.format(Locale.ROOT, fr, frArgs.toArray())));
    }

    static String number(long n) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(n);
    }

    static String millions(BigDecimal eur) {
        return eur.divide(M, 0, RoundingMode.DOWN).toPlainString() + "m";
    }

    /** The company's financial years and the chain's exchange rates, with conversion into euros. */
    static final class Facts {
        final ReportingCompany company;
        final List<FinancialYear> years;
        final List<ExchangeRate> rates;
        final int reportYear;

        Facts(ChainOfActivities chain) {
            this.company = chain.reportingCompany();
            this.reportYear = chain.reportingPeriod().year();
            this.years = company.financialYears().stream().filter(y -> y.year() <= reportYear)
                    .sorted(Comparator.comparingInt(FinancialYear::year).reversed()).toList();
            this.rates = chain.exchangeRates();
        }

        Optional<FinancialYear> latest() {
            return years.isEmpty() ? Optional.empty() : Optional.of(years.get(0));
        }

        /** The last two consecutive closed years, latest first, or a reason why there are none. */
        Optional<FinancialYear[]> pair(List<Explanation> reasons) {
            if (years.size() >= 2 && years.get(0).year() == years.get(1).year() + 1) {
                return Optional.of(new FinancialYear[] {years.get(0), years.get(1)});
            }
            String found = years.isEmpty() ? "none"
                    : String.join(", ", years.stream().map(y -> String.valueOf(y.year())).toList());
            String trouves = years.isEmpty() ? "aucun" : found;
            reasons.add(ex("scope.years.missing", List.of(found),
                    "Thresholds are tested over the last two consecutive financial years; years disclosed: %s.",
                    List.of(trouves),
                    "Les seuils s'apprécient sur les deux derniers exercices consécutifs ; exercices publiés : %s."));
            return Optional.empty();
        }

        /** An amount in euros, converted with the chain's rates; empty (with a reason) when it cannot be. */
        Optional<BigDecimal> eur(Optional<Money> money, int year, String what, String quoi, List<Explanation> missing) {
            if (money.isEmpty()) {
                missing.add(missingFigure(what, quoi, year));
                return Optional.empty();
            }
            Money m = money.get();
            String cur = m.currency().toUpperCase(Locale.ROOT);
            if (cur.equals("EUR")) {
                return Optional.of(m.amount());
            }
            Optional<ExchangeRate> direct = latestRate(r -> r.from().equalsIgnoreCase(cur)
                    && r.to().equalsIgnoreCase("EUR"));
            if (direct.isPresent()) {
                return Optional.of(m.amount().multiply(direct.get().rate()));
            }
            Optional<ExchangeRate> inverse = latestRate(r -> r.from().equalsIgnoreCase("EUR")
                    && r.to().equalsIgnoreCase(cur));
            if (inverse.isPresent() && inverse.get().rate().signum() != 0) {
                return Optional.of(m.amount().divide(inverse.get().rate(), 2, RoundingMode.HALF_EVEN));
            }
            missing.add(ex("scope.rate.missing", List.of(cur, what, String.valueOf(year)),
                    "No exchange rate %s→EUR in the chain to convert the %s for %s.",
                    List.of(cur, quoi, String.valueOf(year)),
                    "Aucun taux de change %s→EUR dans la chaîne pour convertir le %s de %s."));
            return Optional.empty();
        }

        private Optional<ExchangeRate> latestRate(java.util.function.Predicate<ExchangeRate> match) {
            return rates.stream().filter(match).max(Comparator.comparing(ExchangeRate::date)
                    .thenComparing(ExchangeRate::source));
        }
    }

}
