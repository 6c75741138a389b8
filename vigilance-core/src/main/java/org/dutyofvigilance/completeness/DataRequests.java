package org.dutyofvigilance.completeness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dutyofvigilance.graph.ChainGraph;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.BusinessPartner;
import org.dutyofvigilance.model.ChainOfActivities;
import org.dutyofvigilance.rules.NodeKind;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.rules.Text;

/**
 * What to ask each supplier: the gaps of a completeness report turned into questions, one per supplier node
 * and fact, with the obligations behind each and its CSRD value-chain cap tag, grouped by supplier. Export
 * with {@link #toJson()} or {@link #toCsv()} (RFC 4180); both are deterministic.
 *
 * <pre>{@code
 * DataRequests requests = DataRequests.from(report, chain);
 * Files.writeString(Path.of("requests.csv"), requests.toCsv());
 * }</pre>
 *
 * <p>Gaps at the reporting company's own entity are not supplier questions and are left out; everything else
 * (subsidiaries included) is asked of the entity the node belongs to.
 */
public final class DataRequests {
    /** The CSV header, in column order. */
    public static final List<String> CSV_COLUMNS = List.of("supplier_id", "supplier_name", "tier", "node_kind",
            "node_id", "field", "status", "cap", "refusable", "obligations", "citations", "question_en",
            "question_fr");

    private final List<DataRequest> requests;

    private DataRequests(List<DataRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    /** Questions for the gaps of a report, tagged with the shipped VSME-based cap list. */
    public static DataRequests from(CompletenessReport report, ChainOfActivities chain) {
        return from(report, chain, ValueChainCap.vsme());
    }

    /** Questions for the gaps of a report, tagged with a cap list of your own. */
    public static DataRequests from(CompletenessReport report, ChainOfActivities chain, ValueChainCap cap) {
        ChainGraph graph = report.graph().chain() == chain ? report.graph() : ChainGraph.of(chain);
        Map<String, Boolean> capGoverned = new LinkedHashMap<>();
        for (RuleSet rs : report.ruleSets()) {
            capGoverned.put(rs.id(), rs.valueChainCap());
        }
        record Key(String supplier, NodeKind kind, String node, String field) {
        }
        Map<Key, List<DisclosureFinding>> grouped = new LinkedHashMap<>();
        FindingTable table = report.table();
        for (int i = 0; i < table.size(); i++) {
            if (!table.status(i).gap() || table.node(i).kind() == NodeKind.COMPANY) {
                continue; // only gaps become questions: the other findings are not materialised
            }
            DisclosureFinding f = table.get(i);
            if (graph.relation(f.entityId()) == PartnerRelation.OWN_OPERATIONS) {
                continue;
            }
            grouped.computeIfAbsent(new Key(f.entityId(), f.nodeKind(), f.nodeId(), f.field()),
                    k -> new ArrayList<>()).add(f);
        }
        List<DataRequest> out = new ArrayList<>(grouped.size());
        for (Map.Entry<Key, List<DisclosureFinding>> e : grouped.entrySet()) {
            Key k = e.getKey();
            List<DisclosureFinding> fs = e.getValue();
            Optional<BusinessPartner> supplier = graph.partner(k.supplier());
            DisclosureStatus status = fs.stream().map(DisclosureFinding::status)
                    .min(Comparator.comparingInt(DataRequests::gravity)).orElseThrow();
            Map<String, Ground> grounds = new TreeMap<>();
            for (DisclosureFinding f : fs) {
                grounds.putIfAbsent(f.ruleId(), new Ground(f.ruleId(), f.citation(), f.ruleSetId(), f.severity()));
            }
            CapTag tag = cap.tag(supplier.flatMap(BusinessPartner::employees), k.field());
            boolean refusable = tag == CapTag.ABOVE_CAP
                    && grounds.values().stream().allMatch(g -> capGoverned.getOrDefault(g.ruleSetId(), false));
            out.add(new DataRequest(k.supplier(), supplier.map(BusinessPartner::legalName).orElse(""),
                    graph.tier(k.supplier()), k.kind(), k.node(), k.field(), status, tag, refusable,
                    List.copyOf(grounds.values()), question(k.kind(), k.node(), k.field(), status, refusable)));
        }
        out.sort(Comparator.comparingInt((DataRequest r) -> r.tier().orElse(Integer.MAX_VALUE))
                .thenComparing(DataRequest::supplierId)
                .thenComparing(DataRequest::nodeKind)
                .thenComparing(DataRequest::nodeId)
                .thenComparing(DataRequest::field));
        return new DataRequests(out);
    }

    private static int gravity(DisclosureStatus s) {
        return switch (s) {
            case MISSING -> 0;
            case PARTLY_DISCLOSED -> 1;
            case STALE -> 2;
            default -> 3;
        };
    }

    private static final Map<NodeKind, Text> KIND_NAMES = new EnumMap<>(Map.of(
            NodeKind.PARTNER, new Text("your company", "votre société"),
            NodeKind.RELATIONSHIP, new Text("contract", "le contrat"),
            NodeKind.SEGMENT, new Text("workforce segment", "le groupe de travailleurs"),
            NodeKind.MECHANISM, new Text("grievance mechanism", "le mécanisme de réclamation"),
            NodeKind.COMPANY, new Text("company", "la société")));

    static Text question(NodeKind kind, String node, String field, DisclosureStatus status, boolean refusable) {
        Text k = KIND_NAMES.get(kind);
        String whereEn = kind == NodeKind.PARTNER ? k.en() + " (" + node + ")" : k.en() + " '" + node + "'";
        String whereFr = kind == NodeKind.PARTNER ? k.fr() + " (" + node + ")" : k.fr() + " « " + node + " »";
        String en = switch (status) {
            case PARTLY_DISCLOSED -> "Please complete '" + field + "' for " + whereEn + ".";
            case STALE -> "Please provide current evidence of '" + field + "' for " + whereEn + ".";
            default -> "Please disclose '" + field + "' for " + whereEn + ".";
        };
        String fr = switch (status) {
            case PARTLY_DISCLOSED -> "Merci de compléter « " + field + " » pour " + whereFr + ".";
            case STALE -> "Merci de fournir une preuve à jour de « " + field + " » pour " + whereFr + ".";
            default -> "Merci de communiquer « " + field + " » pour " + whereFr + ".";
        };
        if (refusable) {
            en += " This item goes beyond the CSRD value-chain cap: you may decline to provide it.";
            fr += " Cette donnée dépasse le plafond de la chaîne de valeur CSRD : vous pouvez refuser de la fournir.";
        }
        return new Text(en, fr);
    }

    /** Every request, ordered by supplier tier, supplier id, node kind, node id and field. */
    public List<DataRequest> requests() {
        return requests;
    }

    /** The requests grouped by supplier id, suppliers in the same order. */
    public Map<String, List<DataRequest>> bySupplier() {
        return requests.stream().collect(Collectors.groupingBy(DataRequest::supplierId, LinkedHashMap::new,
                Collectors.toUnmodifiableList()));
    }

    /**
     * The requests as JSON: {@code {"suppliers": [{"id", "name", "tier", "requests": [...]}]}}, the shape
     * documented in {@code docs/rules.md}.
     */
    public String toJson() {
        ObjectNode root = JsonOut.NODES.objectNode();
        root.put("format", "vigilance-data-requests");
        root.put("formatVersion", "1.0");
        ArrayNode suppliers = root.putArray("suppliers");
        for (Map.Entry<String, List<DataRequest>> e : bySupplier().entrySet()) {
            DataRequest first = e.getValue().get(0);
            ObjectNode s = suppliers.addObject();
            s.put("id", e.getKey());
            s.put("name", first.supplierName());
            tier(s, first.tier());
            ArrayNode list = s.putArray("requests");
            for (DataRequest r : e.getValue()) {
                ObjectNode n = list.addObject();
                n.put("nodeKind", JsonOut.key(r.nodeKind()));
                n.put("node", r.nodeId());
                n.put("field", r.field());
                n.put("status", JsonOut.key(r.status()));
                n.put("cap", JsonOut.key(r.cap()));
                n.put("refusable", r.refusable());
                ArrayNode grounds = n.putArray("grounds");
                for (Ground g : r.grounds()) {
                    ObjectNode gn = grounds.addObject();
                    gn.put("rule", g.ruleId());
                    gn.put("citation", g.citation());
                    gn.put("ruleSet", g.ruleSetId());
                    gn.put("severity", JsonOut.key(g.severity()));
                }
                n.set("question", JsonOut.text(r.question()));
            }
        }
        return JsonOut.write(root);
    }

    static void tier(ObjectNode n, OptionalInt tier) {
        if (tier.isPresent()) {
            n.put("tier", tier.getAsInt());
        } else {
            n.putNull("tier");
        }
    }

    /**
     * The requests as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote, CR or LF
     * quoted and inner quotes doubled), header first, columns in {@link #CSV_COLUMNS} order. Several
     * obligations or citations in one cell are separated by {@code "; "}.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        row(sb, CSV_COLUMNS);
        for (DataRequest r : requests) {
            row(sb, List.of(r.supplierId(), r.supplierName(),
                    r.tier().isPresent() ? String.valueOf(r.tier().getAsInt()) : "",
                    JsonOut.key(r.nodeKind()), r.nodeId(), r.field(), JsonOut.key(r.status()), JsonOut.key(r.cap()),
                    String.valueOf(r.refusable()),
                    r.grounds().stream().map(Ground::ruleId).collect(Collectors.joining("; ")),
                    r.grounds().stream().map(Ground::citation).distinct().collect(Collectors.joining("; ")),
                    r.question().en(), r.question().fr()));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csv(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String csv(String cell) {
        boolean quote = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
