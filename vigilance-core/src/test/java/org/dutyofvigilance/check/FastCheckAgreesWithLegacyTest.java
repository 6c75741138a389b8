package org.dutyofvigilance.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dutyofvigilance.TestChains;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.json.ChainJson;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.BusinessRelationship;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.model.WorkforceSegment;
import org.junit.jupiter.api.Test;

/**
 * The fast structural check and chain graph find exactly what the frozen copy of the former ones
 * ({@code org.dutyofvigilance.check.legacy}) found: on the example chains, on chains with random numbers in
 * random fields, on randomly rebuilt beans, and on chains with random ids and references.
 */
class FastCheckAgreesWithLegacyTest {
    private static final long SEED = 20261122L;
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::nodeId)
            .thenComparing(Finding::field).thenComparing(Finding::rule).thenComparing(Finding::message);
    private static final String[] NUMBERS = {"-1", "-0.5", "0", "0.0", "1", "23", "24", "24.01", "25", "119", "120",
        "121", "167.9", "168", "168.5", "-0.0001", "1e3", "1e20", "2147483647", "-2147483648", "9e9", "12.5"};

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(TestChains.EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ORDER);
        return copy;
    }

    /** The whole check and the graph agree with the legacy ones; returns the findings. */
    private static List<Finding> assertSame(ChainOfActivities chain, String what) {
        List<Finding> legacy = org.dutyofvigilance.check.legacy.StructuralCheck.check(chain);
        List<Finding> fast = StructuralCheck.check(chain);
        assertEquals(legacy, fast, what);
        assertEquals(sorted(FieldConstraints.wholeChain(chain)), sorted(FieldConstraints.check(chain)), what);
        assertSameGraph(chain, what);
        return fast;
    }

    static void assertSameGraph(ChainOfActivities chain, String what) {
        var legacy = org.dutyofvigilance.check.legacy.ChainGraph.of(chain);
        ChainGraph fast = ChainGraph.of(chain);
        assertEquals(legacy.findCycle(), fast.findCycle(), what);
        assertEquals(legacy.maxTier(), fast.maxTier(), what);
        assertEquals(legacy.rootId(), fast.rootId(), what);
        List<String> ids = new ArrayList<>();
        ids.add(chain.reportingCompany().entityId());
        ids.add("no-such-id");
        chain.businessPartners().forEach(p -> ids.add(p.id()));
        for (BusinessRelationship r : chain.relationships()) {
            ids.add(r.customer());
            ids.add(r.supplier());
            ids.add(r.id());
        }
        for (WorkforceSegment s : chain.workforceSegments()) {
            ids.add(s.entity());
            ids.add(s.id());
        }
        for (int k = 0; k < chain.relationships().size(); k++) {
            BusinessRelationship r = chain.relationships().get(k);
            assertEquals(legacy.partner(r.customer()).isPresent(), fast.customerIsPartner(k), what);
            assertEquals(legacy.partner(r.supplier()).isPresent(), fast.supplierIsPartner(k), what);
        }
        for (int k = 0; k < chain.workforceSegments().size(); k++) {
            assertEquals(legacy.partner(chain.workforceSegments().get(k).entity()).isPresent(),
                    fast.segmentEntityIsPartner(k), what);
        }
        for (int k = 0; k < chain.businessPartners().size(); k++) {
            assertEquals(legacy.relation(chain.businessPartners().get(k).id()), fast.relationOfPartnerAt(k), what);
        }
        int[] counts = fast.pathCounts(7);
        for (String id : ids) {
            assertEquals(legacy.partner(id), fast.partner(id), what + " partner " + id);
            assertEquals(legacy.suppliersOf(id), fast.suppliersOf(id), what + " suppliersOf " + id);
            assertEquals(legacy.customersOf(id), fast.customersOf(id), what + " customersOf " + id);
            assertEquals(legacy.segmentsAt(id), fast.segmentsAt(id), what + " segmentsAt " + id);
            assertEquals(legacy.tier(id), fast.tier(id), what + " tier " + id);
            assertEquals(legacy.relation(id), fast.relation(id), what + " relation " + id);
            assertEquals(legacy.pathsTo(id, 7), fast.pathsTo(id, 7), what + " pathsTo " + id);
            int node = fast.node(id);
            assertEquals(fast.partner(id), fast.partnerOfNode(node), what + " partnerOfNode " + id);
            if (node >= 0) {
                assertEquals(fast.segmentsAt(id), fast.segmentsAtNode(node), what + " segmentsAtNode " + id);
                assertEquals(fast.suppliersOf(id), fast.suppliersOfNode(node), what + " suppliersOfNode " + id);
            }
            if (counts != null && node >= 0) {
                assertEquals(fast.pathsTo(id, 7).size(), counts[node], what + " pathCounts " + id);
            }
        }
    }

    @Test
    void exampleChainsGiveTheSameFindingsAndGraph() throws IOException {
        for (Path p : examples()) {
            assertSame(ChainJson.read(p), p.toString());
        }
    }

    /** A graph built for another chain is used as before (the check cannot take its shortcuts then). */
    @Test
    void aGraphOfAnotherChainGivesTheSameFindings() throws IOException {
        ChainOfActivities other = ChainJson.read(TestChains.EXAMPLES.resolve("flagship.json"));
        var legacyGraph = org.dutyofvigilance.check.legacy.ChainGraph.of(other);
        ChainGraph graph = ChainGraph.of(other);
        for (Path p : examples()) {
            ChainOfActivities chain = ChainJson.read(p);
            assertEquals(org.dutyofvigilance.check.legacy.StructuralCheck.check(chain, legacyGraph),
                    StructuralCheck.check(chain, graph), p.toString());
        }
    }

    /** Every number of every example chain replaced, at random, by a value in or out of the ranges. */
    @Test
    void randomNumbersGiveTheSameFieldFindings() throws IOException {
        Random random = new Random(SEED);
        Pattern number = Pattern.compile("(?<=:\\s?)-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?=\\s*[,}\\]])");
        int withFieldFindings = 0;
        int read = 0;
        for (Path p : examples()) {
            String json = Files.readString(p, StandardCharsets.UTF_8);
            for (int i = 0; i < 60; i++) {
                Matcher m = number.matcher(json);
                StringBuilder b = new StringBuilder();
                double chance = 0.02 + random.nextDouble() * 0.3;
                while (m.find()) {
                    m.appendReplacement(b, random.nextDouble() < chance ? NUMBERS[random.nextInt(NUMBERS.length)] : m.group());
                }
                m.appendTail(b);
                ChainOfActivities chain;
                try {
                    chain = ChainJson.read(b.toString(), "mutant.json");
                } catch (ChainFormatException e) {
                    continue;
                }
                read++;
                List<Finding> findings = assertSame(chain, p + " mutant " + i);
                if (findings.stream().anyMatch(f -> f.rule().equals("STRUCT-FIELD-RANGE"))) {
                    withFieldFindings++;
                }
            }
        }
        assertTrue(read > 100, "mutants read: " + read);
        assertTrue(withFieldFindings > 50, "mutants with range findings: " + withFieldFindings);
    }

    /**
     * Beans rebuilt with random values in their numeric fields, present or not in the file (every Integer,
     * Long and BigDecimal, in an Optional or not), including beans the example chains do not fill.
     */
    @Test
    void randomlyRebuiltBeansGiveTheSameFieldFindings() throws IOException {
        Random random = new Random(SEED + 1);
        int flagged = 0;
        for (Path p : examples()) {
            ChainOfActivities original = ChainJson.read(p);
            for (int i = 0; i < 40; i++) {
                double chance = 0.01 + random.nextDouble() * 0.2;
                ChainOfActivities chain = (ChainOfActivities) rebuild(original, ChainOfActivities.class, random, chance);
                List<Finding> whole = sorted(FieldConstraints.wholeChain(chain));
                assertEquals(whole, sorted(FieldConstraints.check(chain)), p + " rebuilt " + i);
                assertEquals(org.dutyofvigilance.check.legacy.StructuralCheck.check(chain), StructuralCheck.check(chain),
                        p + " rebuilt " + i);
                if (!whole.isEmpty()) {
                    flagged++;
                }
            }
        }
        assertTrue(flagged > 50, "rebuilt chains with range findings: " + flagged);
    }

    /** One bean instance at two places: Hibernate Validator reports it once, and so does the fast check. */
    @Test
    void aSharedBadBeanIsReportedAsBefore() throws IOException {
        ChainOfActivities chain = ChainJson.read(TestChains.EXAMPLES.resolve("flagship.json"));
        BusinessPartner bad = withEmployees(chain.businessPartners().get(1), -5);
        List<BusinessPartner> partners = new ArrayList<>(chain.businessPartners());
        partners.set(1, bad);
        partners.add(bad);
        ChainOfActivities shared = copyWith(chain, partners);
        List<Finding> findings = assertSameFields(shared);
        assertFalse(findings.isEmpty());
    }

    private static List<Finding> assertSameFields(ChainOfActivities chain) {
        List<Finding> whole = sorted(FieldConstraints.wholeChain(chain));
        assertEquals(whole, sorted(FieldConstraints.check(chain)));
        assertEquals(org.dutyofvigilance.check.legacy.StructuralCheck.check(chain), StructuralCheck.check(chain));
        return whole;
    }

    private static BusinessPartner withEmployees(BusinessPartner p, int employees) {
        Object[] values = values(p);
        RecordComponent[] rcs = BusinessPartner.class.getRecordComponents();
        for (int i = 0; i < rcs.length; i++) {
            if (rcs[i].getName().equals("employees")) {
                values[i] = Optional.of(employees);
            }
        }
        return (BusinessPartner) construct(BusinessPartner.class, values);
    }

    private static ChainOfActivities copyWith(ChainOfActivities c, List<BusinessPartner> partners) {
        return new ChainOfActivities(c.formatVersion(), c.reportingCompany(), c.reportingPeriod(), c.reportCurrency(),
                c.exchangeRates(), partners, c.relationships(), c.workforceSegments(), c.grievanceMechanisms(),
                c.incidents(), c.environmentalFacts(), c.actions(), c.stakeholderConsultations(),
                c.monitoringIndicators(), c.evidence(), c.notes());
    }

    /** Random ids and references: duplicated, dangling, looping, self-referencing, unconnected. */
    @Test
    void randomIdsAndReferencesGiveTheSameFindingsAndGraph() throws IOException {
        Random random = new Random(SEED + 2);
        Pattern quoted = Pattern.compile("\"(id|customer|supplier|entity|operator|target|subject|segment|entityId)\"\\s*:\\s*\"([^\"]*)\"");
        int read = 0;
        int cycles = 0;
        for (Path p : examples()) {
            String json = Files.readString(p, StandardCharsets.UTF_8);
            List<String> pool = new ArrayList<>();
            Matcher all = quoted.matcher(json);
            while (all.find()) {
                pool.add(all.group(2));
            }
            pool.add("ghost");
            pool.add("bad id");
            for (int i = 0; i < 80; i++) {
                Matcher m = quoted.matcher(json);
                StringBuilder b = new StringBuilder();
                double chance = 0.01 + random.nextDouble() * 0.25;
                while (m.find()) {
                    String value = random.nextDouble() < chance ? pool.get(random.nextInt(pool.size())) : m.group(2);
                    m.appendReplacement(b, Matcher.quoteReplacement("\"" + m.group(1) + "\": \"" + value + "\""));
                }
                m.appendTail(b);
                ChainOfActivities chain;
                try {
                    chain = ChainJson.read(b.toString(), "mutant.json");
                } catch (ChainFormatException e) {
                    continue;
                }
                read++;
                List<Finding> findings = assertSame(chain, p + " id mutant " + i);
                if (findings.stream().anyMatch(f -> f.rule().equals("STRUCT-CYCLE"))) {
                    cycles++;
                }
            }
        }
        assertTrue(read > 100, "mutants read: " + read);
        assertTrue(cycles > 5, "mutants with a loop: " + cycles);
    }

    // ---- rebuilding records with random numbers -------------------------------------------------------

    private static Object rebuild(Object value, Type type, Random r, double chance) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw == Optional.class) {
            Type arg = ((ParameterizedType) type).getActualTypeArguments()[0];
            Optional<?> o = (Optional<?>) value;
            if (o.isEmpty()) {
                Object fresh = numeric(arg) && r.nextDouble() < chance ? randomNumber((Class<?>) arg, r) : null;
                return Optional.ofNullable(fresh);
            }
            return Optional.of(rebuild(o.get(), arg, r, chance));
        }
        if (raw == List.class) {
            Type arg = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object e : (List<?>) value) {
                out.add(rebuild(e, arg, r, chance));
            }
            return out;
        }
        if (numeric(raw)) {
            return r.nextDouble() < chance ? randomNumber(raw, r) : value;
        }
        if (raw.isRecord()) {
            RecordComponent[] rcs = raw.getRecordComponents();
            Object[] values = values(value);
            for (int i = 0; i < rcs.length; i++) {
                if (values[i] != null) {
                    values[i] = rebuild(values[i], rcs[i].getGenericType(), r, chance);
                }
            }
            return construct(raw, values);
        }
        return value;
    }

    private static boolean numeric(Type t) {
        return t == Integer.class || t == Long.class || t == BigDecimal.class;
    }

    private static Object randomNumber(Class<?> type, Random r) {
        String s = NUMBERS[r.nextInt(NUMBERS.length)];
        BigDecimal d = new BigDecimal(s);
        if (type == BigDecimal.class) {
            return d;
        }
        long l = d.longValue();
        return type == Integer.class ? (Object) (int) l : (Object) l;
    }

    private static Object[] values(Object record) {
        RecordComponent[] rcs = record.getClass().getRecordComponents();
        Object[] values = new Object[rcs.length];
        try {
            for (int i = 0; i < rcs.length; i++) {
                values[i] = rcs[i].getAccessor().invoke(record);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static Object construct(Class<?> type, Object[] values) {
        RecordComponent[] rcs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            types[i] = rcs[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }
}
