package org.dutyofvigilance.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainBuilder;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.ContractedRate;
import org.dutyofvigilance.model.EnvironmentalFacts;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.Headcount;
import org.dutyofvigilance.model.Incident;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.MineralSourcing;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.Pay;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PlatformPractices;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.WorkforceSegment;
import org.dutyofvigilance.model.WorkingConditions;
import org.junit.jupiter.api.Test;

/** Seeded random chains with random gaps: measuring never fails, and unknowns always carry a reason. */
class RandomChainsTest {
    private static final String[] CURRENCIES = {"EUR", "USD", "KES", "PHP", "INR"};
    private static final String[] COUNTRIES = {"KE", "PH", "IN", "VE", "MG", "FR", "UG", "CO", "ZZ"};

    private static <T> Optional<T> maybe(Random r, T value) {
        return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(value);
    }

    private static <E> E pick(Random r, E[] values) {
        return values[r.nextInt(values.length)];
    }

    private static BigDecimal dec(Random r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2);
    }

    static ChainOfActivities randomChain(long seed) {
        Random r = new Random(seed);
        ChainBuilder b = TestChains.builder(pick(r, CURRENCIES));
        for (int i = 0; i < r.nextInt(4); i++) {
            b.exchangeRate(TestChains.rate(pick(r, CURRENCIES), pick(r, CURRENCIES), "0." + (1 + r.nextInt(99))));
        }
        int n = 1 + r.nextInt(12);
        List<String> ids = new ArrayList<>();
        ids.add(TestChains.BUYER);
        PartnerRole[] roles = {PartnerRole.AI_MODEL_PROVIDER, PartnerRole.DATA_PLATFORM, PartnerRole.VENDOR,
            PartnerRole.INTERMEDIARY, PartnerRole.OTHER, PartnerRole.SUBSIDIARY};
        for (int i = 0; i < n; i++) {
            String id = "e" + i;
            PlatformPractices pr = new PlatformPractices(maybe(r, r.nextBoolean()), maybe(r, r.nextBoolean()),
                    maybe(r, r.nextBoolean()), maybe(r, r.nextBoolean()), maybe(r, r.nextBoolean()),
                    maybe(r, r.nextBoolean()), maybe(r, r.nextBoolean()), maybe(r, LocalDate.of(2025, 1, 1)),
                    maybe(r, r.nextBoolean()), maybe(r, "DPIA-1"), maybe(r, r.nextBoolean()), maybe(r, 18));
            b.partner(new BusinessPartner(id, id, pick(r, COUNTRIES), pick(r, roles), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), maybe(r, pr),
                    maybe(r, r.nextInt(100)), maybe(r, (long) r.nextInt(10_000_000)), List.of()));
            // an edge from an earlier node keeps the graph acyclic; sometimes two
            for (int k = 0; k < 1 + r.nextInt(2); k++) {
                String customer = ids.get(r.nextInt(ids.size()));
                Optional<ContractedRate> rate = maybe(r, new ContractedRate(dec(r, 20), pick(r, CURRENCIES),
                        pick(r, RateUnit.values())));
                b.relationship(new BusinessRelationship("r" + i + "-" + k, customer, id, List.of(ServiceType.ANNOTATION),
                        rate, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
            }
            ids.add(id);
            for (int s = 0; s < r.nextInt(3); s++) {
                WorkingConditions c = new WorkingConditions(maybe(r, dec(r, 70)), maybe(r, dec(r, 10)),
                        maybe(r, pick(r, PsychologicalSupport.values())), maybe(r, r.nextInt(120)),
                        maybe(r, r.nextBoolean()), maybe(r, pick(r, NdaScope.values())),
                        maybe(r, pick(r, FreedomOfAssociation.values())), maybe(r, 10 + r.nextInt(50)),
                        Optional.empty(), Optional.empty());
                Optional<Pay> pay = maybe(r, new Pay(dec(r, 50), pick(r, CURRENCIES), pick(r, PayUnit.values()),
                        maybe(r, dec(r, 30))));
                b.workforce(new WorkforceSegment(id + "-s" + s, id, "segment " + s,
                        new Headcount(maybe(r, r.nextInt(500)), maybe(r, r.nextInt(500))),
                        r.nextBoolean() ? List.of(pick(r, COUNTRIES)) : List.of(),
                        List.of(pick(r, ServiceType.values())), Optional.empty(), pay, c, List.of(),
                        maybe(r, (long) r.nextInt(1_000_000)), maybe(r, r.nextBoolean()), List.of()));
            }
            if (r.nextInt(4) == 0) {
                b.incident(new Incident("inc" + i, id, Optional.empty(), pick(r, IncidentKind.values()),
                        Optional.empty(), "something happened", maybe(r, r.nextInt(300)), Optional.empty(), List.of(),
                        List.of()));
            }
            if (r.nextInt(4) == 0) {
                b.environmentalFacts(new EnvironmentalFacts(id, maybe(r, dec(r, 1000)), maybe(r, dec(r, 1000)),
                        maybe(r, dec(r, 1000)), List.of(new MineralSourcing("cobalt", pick(r, COUNTRIES),
                                maybe(r, dec(r, 10)), Optional.empty(), maybe(r, dec(r, 300))))));
            }
        }
        return b.build();
    }

    @Test
    void randomChainsWithGapsAreMeasuredWithoutFailure() {
        for (long seed = 0; seed < 150; seed++) {
            ChainOfActivities chain = randomChain(seed);
            IndicatorReport report = Measures.measure(chain);
            for (Indicator i : report.indicators()) {
                assertEquals(i.value().isKnown(), i.value().unknownReason().isEmpty(), "seed " + seed + " " + i.id());
                if (!i.value().isKnown()) {
                    assertTrue(!i.value().unknownReason().get().isBlank(), "seed " + seed + " " + i.id());
                }
            }
            for (Risk risk : report.risks()) {
                int max = RiskRules.shipped().maxScore();
                assertTrue(risk.likelihood() >= 1 && risk.likelihood() <= max, risk.id());
                assertTrue(risk.severity().scale() >= 1 && risk.severity().scale() <= max, risk.id());
                assertTrue(risk.severity().scope() >= 1 && risk.severity().scope() <= max, risk.id());
                assertTrue(risk.severity().irremediability() >= 1 && risk.severity().irremediability() <= max,
                        risk.id());
            }
            assertEquals(report.toJson(), Measures.measure(chain).toJson(), "seed " + seed);
        }
    }
}
