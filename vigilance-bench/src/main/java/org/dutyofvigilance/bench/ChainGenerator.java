package org.dutyofvigilance.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.Action;
import org.dutyofvigilance.model.ActionKind;
import org.dutyofvigilance.model.ActionStatus;
import org.dutyofvigilance.model.AssessmentMethod;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ConsultationStage;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.DueDiligencePolicy;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.Evidence;
import org.dutyofvigilance.model.ExchangeRate;
import org.dutyofvigilance.model.FinancialYear;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.GrievanceAccess;
import org.dutyofvigilance.model.GrievanceMechanism;
import org.dutyofvigilance.model.GrievanceStatistics;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.Money;
import org.dutyofvigilance.model.MonitoringIndicator;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerAssessment;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PlatformPractices;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.Publication;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ReportingCompany;
import org.dutyofvigilance.model.ReportingPeriod;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.SourceKind;
import org.dutyofvigilance.model.StakeholderConsultation;
import org.dutyofvigilance.model.StakeholderGroup;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;

/**
 * Generates realistic synthetic chains of activities of a given size, for benchmarks and load tests.
 *
 * <p>The shape follows a large group buying AI: a reporting company with a few subsidiaries, a few hundred
 * direct partners (model providers, platforms), then platforms, vendors and intermediaries down to tier six.
 * About a third of the suppliers below tier one serve more than one customer, so the relationships form a
 * directed acyclic graph, not a tree. Workforce segments use every pay unit (hour, day, month, year, task
 * with its task time) in a dozen currencies, each with an exchange rate; a realistic share of facts is not
 * disclosed ({@link Optional#empty()}). Grievance mechanisms, incidents, actions, consultations, monitoring
 * indicators and evidence complete the chain.
 *
 * <p>The size counts <em>nodes</em>: every record with an id (partners, relationships, segments, grievance
 * mechanisms, incidents, actions, consultations, monitoring indicators, evidence). The generated chain has
 * exactly that many. The same size and seed always give the same chain (a seeded {@link Random}); the
 * chain passes the structural check with no error. Not thread-safe: use one generator per thread.
 */
public final class ChainGenerator {
    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20251231L;

    private static final String ROOT = "grp";
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    /** Where work is done: country, currency, units of currency per EUR, typical hourly pay in EUR, city. */
    private record Place(String country, String currency, double perEur, double hourlyEur, String city) {
    }

    private static final Place[] WORK_PLACES = {
        new Place("KE", "KES", 151.5, 1.4, "Nairobi"),
        new Place("PH", "PHP", 63.0, 1.8, "Manila"),
        new Place("MG", "MGA", 5000.0, 0.6, "Antananarivo"),
        new Place("VE", "USD", 1.087, 0.9, "Maracaibo"),
        new Place("IN", "INR", 92.0, 1.6, "Hyderabad"),
        new Place("BO", "BOB", 7.5, 1.1, "La Paz"),
        new Place("CN", "CNY", 7.8, 2.4, "Taiyuan"),
        new Place("UG", "UGX", 4000.0, 0.8, "Kampala"),
        new Place("NG", "NGN", 1650.0, 0.9, "Lagos"),
        new Place("CO", "COP", 4400.0, 1.7, "Bogotá"),
        new Place("PK", "PKR", 300.0, 0.9, "Lahore"),
        new Place("EG", "EGP", 53.0, 1.0, "Cairo"),
    };
    private static final Place[] HQ_PLACES = {
        new Place("US", "USD", 1.087, 28.0, "San Francisco"),
        new Place("FR", "EUR", 1.0, 24.0, "Paris"),
        new Place("GB", "GBP", 0.85, 26.0, "London"),
        new Place("DE", "EUR", 1.0, 25.0, "Berlin"),
        new Place("IE", "EUR", 1.0, 26.0, "Dublin"),
        new Place("IN", "INR", 92.0, 6.0, "Bangalore"),
    };
    private static final String[] WORKPLACES = {
        "Vendor office", "Home (bedroom)", "Cybercafé", "Click farm, about twenty workstations per room",
        "Converted factory", "Shared co-working space",
    };
    private static final String[] LEGAL_SUFFIX = {"Ltd", "Inc.", "SAS", "GmbH", "Pvt Ltd", "S.A.", "BV", "LLC"};
    private static final String[] NAME_WORDS = {
        "Kazi", "Data", "Label", "Annot", "Vision", "Signal", "Cloud", "Neural", "Tasks", "Crowd", "Micro", "Insight",
        "Pixel", "Sema", "Tana", "Lumen", "Atlas", "Nexus", "Orbit", "Quanta", "Vector", "Delta", "Sierra", "Aurora",
    };

    private final Random random;
    private final int targetNodes;

    private final List<BusinessPartner> partners = new ArrayList<>();
    private final List<BusinessRelationship> relationships = new ArrayList<>();
    private final List<WorkforceSegment> segments = new ArrayList<>();
    private final List<GrievanceMechanism> mechanisms = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<EnvironmentalFacts> environment = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<StakeholderConsultation> consultations = new ArrayList<>();
    private final List<MonitoringIndicator> indicators = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    /** Ids of nodes evidence may point at (partners, relationships, segments). */
    private final List<String> evidenceSubjects = new ArrayList<>();
    private final Set<String> currenciesUsed = new HashSet<>();

    private ChainGenerator(int targetNodes, long seed) {
        if (targetNodes < 1000) {
            throw new IllegalArgumentException("a generated chain has at least 1,000 nodes, not " + targetNodes);
        }
        this.targetNodes = targetNodes;
        this.random = new Random(seed);
    }

    /** Generates a chain of exactly {@code nodes} nodes (at least 1,000) from the given seed. */
    public static ChainOfActivities generate(int nodes, long seed) {
        return new ChainGenerator(nodes, seed).build();
    }

    /** Generates a chain with the {@linkplain #DEFAULT_SEED default seed}. */
    public static ChainOfActivities generate(int nodes) {
        return generate(nodes, DEFAULT_SEED);
    }

    /**
     * Generates a chain and streams it as JSON to a file through {@link ChainJson#write}, without ever holding
     * the text in memory. Returns the file's size in bytes.
     */
    public static long writeFile(int nodes, long seed, Path file) {
        ChainOfActivities chain = generate(nodes, seed);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                ChainJson.write(chain, out);
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of nodes of a chain, counted as the generator counts them. */
    public static int nodeCount(ChainOfActivities chain) {
        return chain.businessPartners().size() + chain.relationships().size() + chain.workforceSegments().size()
                + chain.grievanceMechanisms().size() + chain.incidents().size() + chain.actions().size()
                + chain.stakeholderConsultations().size() + chain.monitoringIndicators().size()
                + chain.evidence().size();
    }

    // ------------------------------------------------------------------------------------------ building

    private ChainOfActivities build() {
        // Partners are about a quarter of the nodes; evidence fills the remainder exactly.
        int partnerCount = Math.max(50, (int) (targetNodes * 0.235));
        List<List<String>> tiers = buildPartnersAndRelationships(partnerCount);
        String alertLine = buildOwnGrievanceMechanism();
        for (BusinessPartner p : partners) {
            buildPartnerFacts(p, alertLine);
        }
        buildConsultations(tiers.get(1));
        buildIndicators();
        fillWithEvidence();

        ChainBuilder b = ChainBuilder.forCompany(company(), new ReportingPeriod(LocalDate.of(2025, 1, 1), YEAR_END), "EUR");
        exchangeRates().forEach(b::exchangeRate);
        partners.forEach(b::partner);
        relationships.forEach(b::relationship);
        segments.forEach(b::workforce);
        mechanisms.forEach(b::grievanceMechanism);
        incidents.forEach(b::incident);
        environment.forEach(b::environmentalFacts);
        actions.forEach(b::action);
        consultations.forEach(b::consultation);
        indicators.forEach(b::monitoringIndicator);
        evidence.forEach(b::evidence);
        b.notes("Synthetic chain of " + targetNodes + " nodes generated for benchmarks; names and figures are illustrative.");
        return b.build();
    }

    private ReportingCompany company() {
        List<FinancialYear> years = List.of(
                new FinancialYear(2024, Optional.of(61_200), Optional.of(4_100), Optional.of(176_400),
                        Optional.of(Money.of("39800000000", "EUR")), Optional.of(Money.of("27100000000", "EUR"))),
                new FinancialYear(2025, Optional.of(62_050), Optional.empty(), Optional.of(180_300),
                        Optional.of(Money.of("41250000000", "EUR")), Optional.empty()));
        DueDiligencePolicy policy = new DueDiligencePolicy(Optional.of("POL-DV-2024"), Optional.of("2.1"),
                Optional.of(LocalDate.of(2024, 3, 1)), Optional.of(LocalDate.of(2025, 2, 15)), Optional.of(true),
                Optional.of("Supplier code of conduct 2024"), Optional.of(true), Optional.of("Chief compliance officer"));
        Publication publication = new Publication(Optional.of("https://www.groupe-synthetique.example/vigilance/2025"),
                Optional.empty(), Optional.of(true), Optional.of("Synthetic implementation report."));
        return new ReportingCompany(ROOT, "Groupe Synthétique SA", "FR", years, Optional.of(true), Optional.of(true),
                Optional.of(policy), Optional.of(publication), Optional.of(true), List.of());
    }

    private List<ExchangeRate> exchangeRates() {
        List<ExchangeRate> rates = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Place[] places : new Place[][] {WORK_PLACES, HQ_PLACES}) {
            for (Place p : places) {
                if (!p.currency().equals("EUR") && done.add(p.currency())) {
                    BigDecimal rate = BigDecimal.ONE.divide(BigDecimal.valueOf(p.perEur()), 8, RoundingMode.HALF_EVEN)
                            .stripTrailingZeros();
                    rates.add(new ExchangeRate(p.currency(), "EUR", rate, YEAR_END,
                            "Illustrative year-end rate stated by the reporting company"));
                }
            }
        }
        return rates;
    }

    /**
     * Tier 0: the company and its subsidiaries; tier 1: a few hundred direct partners; tiers 2 to 6: platforms,
     * vendors and intermediaries, each reached from one customer one tier up, a third of them from a second
     * customer too (a vendor shared by platforms). Edges only go down the tiers, so there is no loop.
     */
    private List<List<String>> buildPartnersAndRelationships(int partnerCount) {
        List<List<String>> tiers = new ArrayList<>();
        List<PartnerRole> roles = new ArrayList<>();
        // tier 0
        List<String> tier0 = new ArrayList<>();
        partners.add(new BusinessPartner(ROOT, "Groupe Synthétique SA", "FR", PartnerRole.BUYER, Optional.of(180_300),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()));
        tier0.add(ROOT);
        int subsidiaries = Math.min(12, 2 + partnerCount / 20_000);
        for (int i = 0; i < subsidiaries; i++) {
            String id = "sub-" + i;
            partners.add(new BusinessPartner(id, "Synthétique " + HQ_PLACES[i % HQ_PLACES.length].city() + " "
                    + LEGAL_SUFFIX[i % LEGAL_SUFFIX.length], HQ_PLACES[i % HQ_PLACES.length].country(),
                    PartnerRole.SUBSIDIARY, Optional.of(500 + random.nextInt(20_000)), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
            relationships.add(relationship("r-" + ROOT + "-" + id, ROOT, id, PartnerRole.SUBSIDIARY));
            tier0.add(id);
        }
        tiers.add(tier0);
        int remaining = partnerCount - partners.size();
        int direct = Math.min(320, Math.max(20, remaining / 40));
        remaining -= direct;
        double[] share = {0.05, 0.14, 0.30, 0.31, 0.20}; // tiers 2..6
        int[] sizes = new int[7];
        sizes[1] = direct;
        int assigned = 0;
        for (int t = 2; t <= 6; t++) {
            sizes[t] = t == 6 ? remaining - assigned : (int) (remaining * share[t - 2]);
            assigned += sizes[t];
        }
        int seq = 0;
        for (int t = 1; t <= 6; t++) {
            List<String> tier = new ArrayList<>(sizes[t]);
            List<String> upper = tiers.get(t - 1);
            for (int i = 0; i < sizes[t]; i++) {
                PartnerRole role = roleFor(t);
                String id = "p" + t + "-" + Integer.toString(seq++, 36);
                partners.add(partner(id, role, t));
                roles.add(role);
                String customer = t == 1 ? (random.nextInt(4) == 0 ? pick(tier0) : ROOT) : pickSkewed(upper);
                relationships.add(relationship("r-" + customer + "-" + id, customer, id, role));
                if (t >= 2 && random.nextInt(3) == 0) {
                    // shared supplier: a second customer in the tier above, or two tiers up
                    List<String> from = t >= 3 && random.nextInt(4) == 0 ? tiers.get(t - 2) : upper;
                    String second = pickSkewed(from);
                    if (!second.equals(customer)) {
                        relationships.add(relationship("r-" + second + "-" + id, second, id, role));
                    }
                }
                tier.add(id);
            }
            tiers.add(tier);
        }
        return tiers;
    }

    private PartnerRole roleFor(int tier) {
        int r = random.nextInt(100);
        return switch (tier) {
            case 1 -> r < 65 ? PartnerRole.AI_MODEL_PROVIDER : r < 88 ? PartnerRole.DATA_PLATFORM : PartnerRole.OTHER;
            case 2 -> r < 70 ? PartnerRole.DATA_PLATFORM : r < 95 ? PartnerRole.VENDOR : PartnerRole.AI_MODEL_PROVIDER;
            case 3 -> r < 25 ? PartnerRole.DATA_PLATFORM : PartnerRole.VENDOR;
            case 4 -> r < 60 ? PartnerRole.VENDOR : PartnerRole.INTERMEDIARY;
            default -> r < 30 ? PartnerRole.VENDOR : PartnerRole.INTERMEDIARY;
        };
    }

    private BusinessPartner partner(String id, PartnerRole role, int tier) {
        boolean hq = role == PartnerRole.AI_MODEL_PROVIDER || role == PartnerRole.OTHER
                || (role == PartnerRole.DATA_PLATFORM && random.nextInt(3) > 0);
        Place place = hq ? pick(HQ_PLACES) : pick(WORK_PLACES);
        String name = pick(NAME_WORDS) + pick(NAME_WORDS).toLowerCase() + " " + switch (role) {
            case AI_MODEL_PROVIDER -> "AI";
            case DATA_PLATFORM -> "Platform";
            case VENDOR -> "Data Services";
            case INTERMEDIARY -> "Dispatch";
            default -> "Solutions";
        } + " " + pick(LEGAL_SUFFIX) + " (" + id + ")";
        Optional<Integer> employees = role == PartnerRole.INTERMEDIARY
                ? maybe(30, () -> 1 + random.nextInt(12))
                : maybe(tier <= 2 ? 85 : 55, () -> 20 + random.nextInt(tier <= 2 ? 5_000 : 1_200));
        Optional<LocalDate> since = maybe(tier <= 2 ? 90 : 40, () -> date(2016, 2025));
        Optional<PartnerAssessment> assessment = random.nextInt(100) < (tier <= 2 ? 45 : 12)
                ? Optional.of(new PartnerAssessment(maybe(90, () -> date(2023, 2025)),
                        Optional.of(pick(AssessmentMethod.values())), maybe(80, random::nextBoolean),
                        maybe(70, () -> pick(new String[] {"No major finding", "Policy documents received",
                            "Gaps on pay transparency", "Worker interviews raised exposure to harmful content"})),
                        maybe(60, () -> "Responsible purchasing team")))
                : Optional.empty();
        Optional<PlatformPractices> practices = (role == PartnerRole.DATA_PLATFORM || role == PartnerRole.VENDOR)
                && random.nextInt(100) < 55 ? Optional.of(practices()) : Optional.empty();
        Optional<Integer> annotators = role == PartnerRole.DATA_PLATFORM || role == PartnerRole.VENDOR
                ? maybe(35, () -> random.nextInt(8) == 0 ? 32 : 50 + random.nextInt(200_000))
                : Optional.empty();
        Optional<Long> annualTasks = role == PartnerRole.DATA_PLATFORM ? maybe(25, () -> 1_000_000L + random.nextInt(500_000_000))
                : Optional.empty();
        List<String> confidential = assessment.isPresent() && random.nextInt(10) == 0 ? List.of("assessment") : List.of();
        return new BusinessPartner(id, name, place.country(), role, employees, maybe(60, () -> tier <= 2),
                since, maybe(tier <= 1 ? 80 : 30, random::nextBoolean), assessment, practices, annotators, annualTasks,
                confidential);
    }

    private PlatformPractices practices() {
        return new PlatformPractices(maybe(60, random::nextBoolean), maybe(50, () -> random.nextInt(5) == 0),
                maybe(40, random::nextBoolean), maybe(60, random::nextBoolean), maybe(60, random::nextBoolean),
                maybe(50, random::nextBoolean), maybe(70, () -> random.nextInt(4) > 0), maybe(20, () -> date(2024, 2025)),
                maybe(50, random::nextBoolean), maybe(15, () -> "DPIA-" + random.nextInt(10_000)),
                maybe(45, () -> random.nextInt(4) == 0), maybe(30, () -> random.nextInt(5) == 0 ? 16 : 18));
    }

    private BusinessRelationship relationship(String id, String customer, String supplier, PartnerRole role) {
        List<ServiceType> services = services(role);
        Optional<ContractedRate> rate = Optional.empty();
        int r = random.nextInt(100);
        if (role == PartnerRole.SUBSIDIARY) {
            rate = Optional.empty();
        } else if (r < 35) {
            rate = Optional.of(new ContractedRate(money(6, 18), "USD", RateUnit.WORKER_HOUR));
        } else if (r < 50) {
            rate = Optional.of(new ContractedRate(money(0.02, 1.2), pick(new String[] {"USD", "EUR"}), RateUnit.TASK));
        } else if (r < 58) {
            rate = Optional.of(new ContractedRate(money(5_000, 250_000), "EUR", RateUnit.MONTH));
        } else if (r < 63) {
            rate = Optional.of(new ContractedRate(money(100_000, 9_000_000), "EUR", RateUnit.LUMP_SUM));
        }
        rate.ifPresent(c -> currenciesUsed.add(c.currency()));
        List<String> confidential = rate.isPresent() && random.nextInt(8) == 0 ? List.of("contractedRate") : List.of();
        evidenceSubjects.add(id);
        return new BusinessRelationship(id, customer, supplier, services, rate, maybe(70, () -> date(2016, 2025)),
                maybe(50, () -> "CTR-" + Integer.toString(random.nextInt(1 << 30), 36).toUpperCase()),
                maybe(55, random::nextBoolean), maybe(35, () -> random.nextInt(3) == 0), confidential);
    }

    private List<ServiceType> services(PartnerRole role) {
        if (role == PartnerRole.SUBSIDIARY || role == PartnerRole.AI_MODEL_PROVIDER || role == PartnerRole.OTHER) {
            return List.of(ServiceType.OTHER);
        }
        EnumSet<ServiceType> s = EnumSet.noneOf(ServiceType.class);
        int n = 1 + random.nextInt(3);
        ServiceType[] all = {ServiceType.ANNOTATION, ServiceType.CONTENT_MODERATION, ServiceType.RATING_RLHF,
            ServiceType.TRANSCRIPTION, ServiceType.TRANSLATION, ServiceType.DATA_COLLECTION};
        for (int i = 0; i < n; i++) {
            s.add(all[random.nextInt(all.length)]);
        }
        return List.copyOf(s);
    }

    private String buildOwnGrievanceMechanism() {
        String id = "gm-" + ROOT + "-alert";
        mechanisms.add(new GrievanceMechanism(id, ROOT, "Group ethics and vigilance alert line",
                List.of(GrievanceAccess.ANYONE, GrievanceAccess.AFFECTED_WORKERS, GrievanceAccess.WORKER_REPRESENTATIVES,
                        GrievanceAccess.CIVIL_SOCIETY),
                List.of("fr", "en", "es", "sw"), Optional.of(true), Optional.of(true), Optional.of(true),
                Optional.of(new GrievanceStatistics(Optional.of(41), Optional.of(12), Optional.of(9), Optional.of(14))),
                List.of()));
        return id;
    }

    /** Workforce, grievance channels, incidents, actions and environmental facts of one partner. */
    private void buildPartnerFacts(BusinessPartner p, String alertLine) {
        evidenceSubjects.add(p.id());
        PartnerRole role = p.role();
        if (role == PartnerRole.BUYER || role == PartnerRole.SUBSIDIARY) {
            return;
        }
        Place place = placeOf(p.country());
        String ownChannel = null;
        if ((role == PartnerRole.VENDOR && random.nextInt(100) < 30) || (role == PartnerRole.DATA_PLATFORM && random.nextInt(2) == 0)) {
            ownChannel = "gm-" + p.id();
            boolean hr = role == PartnerRole.VENDOR;
            mechanisms.add(new GrievanceMechanism(ownChannel, p.id(), hr ? "HR complaints desk" : "Worker support tickets",
                    hr && random.nextBoolean() ? List.of(GrievanceAccess.OWN_EMPLOYEES_ONLY) : List.of(GrievanceAccess.AFFECTED_WORKERS),
                    List.of("en"), maybe(60, random::nextBoolean), maybe(50, () -> random.nextInt(3) == 0),
                    maybe(40, () -> random.nextInt(5) == 0),
                    random.nextInt(4) == 0 ? Optional.of(new GrievanceStatistics(Optional.of(random.nextInt(300)),
                            Optional.empty(), maybe(50, () -> random.nextInt(50)), maybe(40, () -> 3 + random.nextInt(90))))
                            : Optional.empty(),
                    List.of()));
        }
        int count = switch (role) {
            case AI_MODEL_PROVIDER -> random.nextInt(100) < 55 ? 1 : 0;
            case DATA_PLATFORM -> random.nextInt(100) < 65 ? 1 : 0;
            case VENDOR -> 1 + (random.nextInt(100) < 35 ? 1 : 0) + (random.nextInt(100) < 10 ? 1 : 0);
            case INTERMEDIARY -> 1;
            default -> 0;
        };
        for (int i = 0; i < count; i++) {
            WorkforceSegment s = segment(p, place, i, ownChannel, alertLine);
            segments.add(s);
            evidenceSubjects.add(s.id());
            if ((role == PartnerRole.VENDOR || role == PartnerRole.INTERMEDIARY) && random.nextInt(100) < 7) {
                incidents.add(incident(p, s));
            }
            if (random.nextInt(100) < 5) {
                actions.add(action(s.id(), s.conditions().harmfulContentHoursPerDay().isPresent()));
            }
        }
        if (random.nextInt(100) < 4) {
            actions.add(action(p.id(), false));
        }
        if ((role == PartnerRole.AI_MODEL_PROVIDER || role == PartnerRole.DATA_PLATFORM) && random.nextInt(100) < 25) {
            environment.add(environment(p));
        }
    }

    private WorkforceSegment segment(BusinessPartner p, Place place, int index, String ownChannel, String alertLine) {
        String id = "seg-" + p.id() + "-" + index;
        PartnerRole role = p.role();
        ServiceType task;
        String name;
        EmploymentStatus status;
        Pay pay;
        boolean moderation = false;
        switch (role) {
            case AI_MODEL_PROVIDER -> {
                task = ServiceType.OTHER;
                name = "Data scientists";
                status = EmploymentStatus.EMPLOYEE;
                pay = pay(place, PayUnit.YEAR, 0.9 + random.nextDouble() * 0.5);
            }
            case DATA_PLATFORM -> {
                task = random.nextBoolean() ? ServiceType.RATING_RLHF : ServiceType.ANNOTATION;
                name = task == ServiceType.RATING_RLHF ? "Chatbot answer raters" : "Crowd annotators";
                status = EmploymentStatus.PLATFORM_WORKER;
                place = pick(WORK_PLACES);
                pay = pay(place, PayUnit.TASK, 1.0);
            }
            case INTERMEDIARY -> {
                task = random.nextBoolean() ? ServiceType.ANNOTATION : ServiceType.DATA_COLLECTION;
                name = "Re-dispatched micro-taskers";
                status = EmploymentStatus.INFORMAL;
                pay = pay(place, PayUnit.TASK, 0.4 + random.nextDouble() * 0.4);
            }
            default -> {
                int k = random.nextInt(100);
                moderation = k < 30;
                task = moderation ? ServiceType.CONTENT_MODERATION : k < 70 ? ServiceType.ANNOTATION
                        : k < 85 ? ServiceType.TRANSCRIPTION : ServiceType.TRANSLATION;
                name = moderation ? "Content moderators" : task == ServiceType.ANNOTATION ? "Annotators"
                        : task == ServiceType.TRANSCRIPTION ? "Transcribers" : "Translators";
                status = random.nextInt(100) < 30 ? EmploymentStatus.EMPLOYEE : EmploymentStatus.CONTRACTOR;
                PayUnit unit = new PayUnit[] {PayUnit.HOUR, PayUnit.HOUR, PayUnit.DAY, PayUnit.DAY, PayUnit.MONTH,
                    PayUnit.MONTH, PayUnit.TASK}[random.nextInt(7)];
                pay = pay(place, unit, index == 0 ? 1.0 : 1.4);
            }
        }
        currenciesUsed.add(pay.currency());
        Optional<Integer> declared = maybe(role == PartnerRole.INTERMEDIARY ? 30 : 70,
                () -> role == PartnerRole.DATA_PLATFORM ? 500 + random.nextInt(400_000) : 5 + random.nextInt(900));
        Optional<Integer> estimated = maybe(15, () -> declared.orElse(100) * (11 + random.nextInt(20)) / 10);
        List<String> channels = new ArrayList<>(2);
        if (ownChannel != null) {
            channels.add(ownChannel);
        }
        if (random.nextInt(100) < 20) {
            channels.add(alertLine);
        }
        Optional<Long> annualTasks = pay.per() == PayUnit.TASK ? maybe(30, () -> 10_000L + random.nextInt(5_000_000)) : Optional.empty();
        List<String> confidential = random.nextInt(20) == 0 ? List.of("pay") : List.of();
        return new WorkforceSegment(id, p.id(), name + " (" + place.city() + ")", new Headcount(declared, estimated),
                List.of(place.country()), List.of(task), maybe(80, () -> status),
                random.nextInt(100) < 78 ? Optional.of(pay) : Optional.empty(),
                conditions(role, moderation, place), channels, annualTasks,
                role == PartnerRole.AI_MODEL_PROVIDER ? Optional.of(true) : maybe(20, () -> false), confidential);
    }

    /** Pay in the place's currency for the given unit, around the place's typical hourly pay times a factor. */
    private Pay pay(Place place, PayUnit unit, double factor) {
        double hourlyEur = place.hourlyEur() * factor * (0.6 + random.nextDouble() * 0.8);
        double local = hourlyEur * place.perEur();
        Optional<BigDecimal> taskMinutes = Optional.empty();
        double amount = switch (unit) {
            case HOUR -> local;
            case DAY -> local * 8;
            case MONTH -> local * 190;
            case YEAR -> local * 1_650;
            case TASK -> {
                double minutes = 0.5 + random.nextInt(60) / 4.0;
                taskMinutes = Optional.of(BigDecimal.valueOf(minutes));
                yield local * minutes / 60.0;
            }
        };
        int scale = amount >= 1_000 ? 0 : amount >= 1 ? 2 : 3;
        return new Pay(BigDecimal.valueOf(amount).setScale(scale, RoundingMode.HALF_EVEN), place.currency(), unit, taskMinutes);
    }

    private WorkingConditions conditions(PartnerRole role, boolean moderation, Place place) {
        if (random.nextInt(100) < 12) {
            return WorkingConditions.undisclosed();
        }
        boolean office = role == PartnerRole.AI_MODEL_PROVIDER;
        return new WorkingConditions(
                maybe(70, () -> BigDecimal.valueOf(office ? 39 : 35 + random.nextInt(26))),
                maybe(moderation ? 75 : 45, () -> moderation ? BigDecimal.valueOf(4 + random.nextInt(5))
                        : random.nextInt(5) == 0 ? BigDecimal.valueOf(random.nextInt(3)) : BigDecimal.ZERO),
                maybe(moderation ? 70 : 40, () -> pick(PsychologicalSupport.values())),
                moderation ? maybe(60, () -> 30 + random.nextInt(61)) : maybe(10, () -> 20 + random.nextInt(600)),
                maybe(50, () -> !office && random.nextInt(3) > 0),
                maybe(45, () -> office ? NdaScope.WORK_CONTENT : pick(NdaScope.values())),
                maybe(40, () -> office ? FreedomOfAssociation.RECOGNISED : pick(FreedomOfAssociation.values())),
                maybe(25, () -> role == PartnerRole.INTERMEDIARY && random.nextInt(3) == 0 ? 12 + random.nextInt(6)
                        : 18 + random.nextInt(4)),
                maybe(55, () -> (office ? "Head office" : pick(WORKPLACES)) + ", " + place.city()),
                maybe(35, () -> office || random.nextInt(5) == 0));
    }

    private Incident incident(BusinessPartner p, WorkforceSegment s) {
        IncidentKind kind = p.role() == PartnerRole.INTERMEDIARY && random.nextInt(4) == 0 ? IncidentKind.CHILD_LABOUR
                : pick(new IncidentKind[] {IncidentKind.LAWSUIT, IncidentKind.DIAGNOSIS, IncidentKind.DISMISSAL,
                    IncidentKind.PAY_WITHHELD, IncidentKind.PAY_DELAYED, IncidentKind.ABRUPT_EXIT, IncidentKind.SETTLEMENT,
                    IncidentKind.EXPULSION, IncidentKind.OTHER});
        Optional<Money> amount = kind == IncidentKind.SETTLEMENT || kind == IncidentKind.PAY_WITHHELD
                ? maybe(70, () -> new Money(money(1_000, 5_000_000), "USD")) : Optional.empty();
        amount.ifPresent(m -> currenciesUsed.add(m.currency()));
        List<String> named = kind == IncidentKind.DISMISSAL && random.nextInt(3) == 0 ? List.of("Named organiser " + s.id())
                : List.of();
        return new Incident("inc-" + s.id(), p.id(), maybe(80, s::id), kind, maybe(85, () -> date(2019, 2025)),
                "Synthetic " + kind.name().toLowerCase().replace('_', ' ') + " reported at " + p.legalName(),
                maybe(70, () -> 1 + random.nextInt(400)), amount, named, named.isEmpty() ? List.of() : List.of("namedIndividuals"));
    }

    private Action action(String target, boolean exposure) {
        ImpactCategory impact = exposure ? ImpactCategory.OCCUPATIONAL_HEALTH_SAFETY : pick(new ImpactCategory[] {
            ImpactCategory.LIVING_WAGE, ImpactCategory.WORKING_HOURS, ImpactCategory.FREEDOM_OF_ASSOCIATION,
            ImpactCategory.CHILD_LABOUR, ImpactCategory.PRIVACY, ImpactCategory.EQUAL_TREATMENT});
        ActionKind kind = pick(ActionKind.values());
        return new Action("act-" + target, target, maybe(90, () -> impact), kind,
                "Synthetic " + kind.name().toLowerCase().replace('_', ' ') + " action on " + impact.name().toLowerCase().replace('_', ' '),
                maybe(70, () -> "Responsible purchasing"), maybe(75, () -> date(2026, 2027)), pick(ActionStatus.values()),
                List.of());
    }

    private EnvironmentalFacts environment(BusinessPartner p) {
        List<MineralSourcing> minerals = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            String[][] sources = {{"lithium", "BO", "Salar de Uyuni"}, {"lithium", "CL", "Salar de Atacama"},
                {"cobalt", "MG", "Ambatovy"}, {"nickel", "MG", "Ambatovy"}, {"copper", "CL", "Escondida"}};
            String[] m = pick(sources);
            minerals.add(new MineralSourcing(m[0], m[1], maybe(50, () -> money(1, 5_000)), maybe(70, () -> m[2]),
                    m[1].equals("MG") ? maybe(60, () -> BigDecimal.valueOf(90)) : Optional.empty()));
        }
        return new EnvironmentalFacts(p.id(), maybe(70, () -> money(100, 80_000)), maybe(50, () -> money(1_000, 2_000_000)),
                maybe(60, () -> money(10, 30_000)), minerals);
    }

    private void buildConsultations(List<String> direct) {
        int n = 3 + targetNodes / 5_000;
        for (int i = 0; i < n; i++) {
            String entity = random.nextBoolean() ? pick(direct) : null;
            consultations.add(new StakeholderConsultation("cons-" + i, pick(ConsultationStage.values()),
                    pick(StakeholderGroup.values()), pick(new String[] {"Representative unions of the group works council",
                        "Data workers' association", "Researchers on digital labour", "Kenyan moderators' union",
                        "Human-rights NGO"}),
                    maybe(85, () -> date(2025, 2025)), Optional.ofNullable(entity),
                    maybe(60, () -> "Findings shared; follow-up agreed")));
        }
    }

    private void buildIndicators() {
        String[][] defs = {{"mi-suppliers-assessed", "Data-work suppliers assessed in the year", "%"},
            {"mi-alerts-chain", "Alerts received from workers in the chain", "count"},
            {"mi-pass-through", "Median share of the contracted rate reaching workers", "%"},
            {"mi-living-wage", "Segments paid at least the local living wage", "%"},
            {"mi-exposure", "Segments exposed to harmful content more than 4 h a day", "count"},
            {"mi-support", "Exposed segments with on-shift psychological support", "%"},
            {"mi-clauses", "Contracts with a cascaded human-rights clause", "%"},
            {"mi-disclosure", "Segments with pay disclosed", "%"}};
        for (String[] d : defs) {
            indicators.add(new MonitoringIndicator(d[0], d[1], Optional.of(d[2]), maybe(80, () -> money(0, 100)),
                    maybe(60, () -> money(0, 100)), maybe(50, () -> BigDecimal.valueOf(100))));
        }
    }

    private void fillWithEvidence() {
        int used = partners.size() + relationships.size() + segments.size() + mechanisms.size() + incidents.size()
                + actions.size() + consultations.size() + indicators.size();
        int missing = targetNodes - used;
        if (missing < 0) {
            throw new IllegalStateException("generated " + used + " nodes before evidence, more than " + targetNodes);
        }
        SourceKinds kinds = new SourceKinds();
        for (int i = 0; i < missing; i++) {
            String subject = evidenceSubjects.get(random.nextInt(evidenceSubjects.size()));
            List<String> fields = subject.startsWith("seg-") ? (random.nextBoolean() ? List.of("pay") : List.of())
                    : subject.startsWith("r-") ? (random.nextBoolean() ? List.of("contractedRate") : List.of()) : List.of();
            evidence.add(new Evidence("ev-" + Integer.toString(i, 36), subject, fields, kinds.next(), date(2022, 2025),
                    "Synthetic document " + i));
        }
    }

    /** Source kinds in a realistic mix: mostly self-declared and contracts, few audits and court records. */
    private final class SourceKinds {
        private final SourceKind[] mix = {
            SourceKind.SELF_DECLARED, SourceKind.SELF_DECLARED,
            SourceKind.SELF_DECLARED, SourceKind.CONTRACT,
            SourceKind.CONTRACT, SourceKind.AUDIT,
            SourceKind.WORKER_INTERVIEW, SourceKind.PUBLIC_INVESTIGATION,
            SourceKind.COURT_RECORD};

        SourceKind next() {
            return mix[random.nextInt(mix.length)];
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Place placeOf(String country) {
        for (Place p : WORK_PLACES) {
            if (p.country().equals(country)) {
                return p;
            }
        }
        for (Place p : HQ_PLACES) {
            if (p.country().equals(country)) {
                return p;
            }
        }
        return HQ_PLACES[0];
    }

    /** The value with the given probability (in percent) of being disclosed, else not disclosed. */
    private <T> Optional<T> maybe(int percentKnown, java.util.function.Supplier<T> value) {
        return random.nextInt(100) < percentKnown ? Optional.of(value.get()) : Optional.empty();
    }

    private BigDecimal money(double min, double max) {
        double v = min + random.nextDouble() * (max - min);
        return BigDecimal.valueOf(v).setScale(v >= 100 ? 0 : 2, RoundingMode.HALF_EVEN);
    }

    private LocalDate date(int fromYear, int toYear) {
        return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A customer from the tier above, favouring the first ones: a few large platforms, many small vendors. */
    private String pickSkewed(List<String> values) {
        double u = random.nextDouble();
        return values.get((int) (values.size() * u * u));
    }
}
