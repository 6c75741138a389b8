package org.dutyofvigilance.completeness;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.dutyofvigilance.rules.RuleSet;
import org.dutyofvigilance.scope.Explanation;
import org.dutyofvigilance.scope.RegimeScope;

/**
 * Writes a {@link CompletenessReport} as JSON in the documented shape ({@code docs/rules.md},
 * "Findings export"): verdict, rule sets, scope, coverage and findings, in a stable order with "\n" line
 * ends, so two runs on the same input give the same bytes.
 *
 * <pre>{@code
 * String json = CompletenessJson.write(Completeness.check(chain));
 * }</pre>
 */
public final class CompletenessJson {
    private CompletenessJson() {
    }

    /** The report as JSON text. */
    public static String write(CompletenessReport report) {
        ObjectNode root = JsonOut.NODES.objectNode();
        root.put("format", "vigilance-findings");
        root.put("formatVersion", "1.0");
        root.put("reportingCompany", report.reportingCompany());
        root.put("asOf", report.asOf().toString());
        root.put("verdict", JsonOut.key(report.verdict()));
        ArrayNode sets = root.putArray("ruleSets");
        for (RuleSet rs : report.ruleSets()) {
            ObjectNode n = sets.addObject();
            n.put("id", rs.id());
            n.put("regime", JsonOut.key(rs.regime()));
            n.put("version", rs.version());
            n.put("status", JsonOut.key(rs.status()));
        }
        ArrayNode scope = root.putArray("scope");
        for (RegimeScope s : report.scope().regimes()) {
            ObjectNode n = scope.addObject();
            n.put("regime", JsonOut.key(s.regime()));
            n.put("timeline", s.timeline());
            n.put("ruleSet", s.ruleSetId());
            n.put("current", s.current());
            n.put("status", JsonOut.key(s.status()));
            if (s.from().isPresent()) {
                n.put("from", s.from().get().toString());
            } else {
                n.putNull("from");
            }
            ArrayNode reasons = n.putArray("reasons");
            for (Explanation e : s.reasons()) {
                ObjectNode r = reasons.addObject();
                r.put("key", e.key());
                r.put("en", e.text().en());
                r.put("fr", e.text().fr());
            }
        }
        ObjectNode coverage = root.putObject("coverage");
        coverage.set("overall", coverage(report.overall()));
        ObjectNode tiers = coverage.putObject("byTier");
        for (Map.Entry<Integer, Coverage> e : report.byTier().entrySet()) {
            tiers.set(String.valueOf(e.getKey()), coverage(e.getValue()));
        }
        ObjectNode obligations = coverage.putObject("byObligation");
        for (Map.Entry<String, Coverage> e : report.byObligation().entrySet()) {
            obligations.set(e.getKey(), coverage(e.getValue()));
        }
        ArrayNode findings = root.putArray("findings");
        for (DisclosureFinding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.ruleId());
            n.put("ruleSet", f.ruleSetId());
            n.put("ruleSetVersion", f.ruleSetVersion());
            n.put("regime", JsonOut.key(f.regime()));
            n.put("citation", f.citation());
            n.put("severity", JsonOut.key(f.severity()));
            n.put("nodeKind", JsonOut.key(f.nodeKind()));
            n.put("node", f.nodeId());
            n.put("entity", f.entityId());
            DataRequests.tier(n, f.tier());
            n.put("field", f.field());
            n.put("status", JsonOut.key(f.status()));
            n.set("detail", JsonOut.text(f.detail()));
        }
        return JsonOut.write(root);
    }

    private static ObjectNode coverage(Coverage c) {
        ObjectNode n = JsonOut.NODES.objectNode();
        n.put("applicable", c.applicable());
        n.put("disclosed", c.disclosed());
        n.put("partlyDisclosed", c.partly());
        n.put("stale", c.stale());
        n.put("missing", c.missing());
        n.set("percent", com.fasterxml.jackson.databind.node.DecimalNode.valueOf(c.percent()));
        return n;
    }
}
