package org.dutyofvigilance.examples;

import java.nio.file.Path;
import java.util.List;
import org.dutyofvigilance.Assessment;
import org.dutyofvigilance.Vigilance;
import org.dutyofvigilance.completeness.DataRequests;
import org.dutyofvigilance.completeness.DisclosureFinding;
import org.dutyofvigilance.json.ChainFormatException;
import org.dutyofvigilance.measure.Risk;

/**
 * API example: read a chain file, check it, and list what is missing obligation by obligation, the five
 * highest-priority risks, and the data requests to send to suppliers.
 */
public final class CheckAChain {
    private CheckAChain() {
    }

    /** The result a compliance dashboard would show. */
    public record Summary(String verdict, int gaps, List<String> topRisks, String dataRequestsCsv) {
    }

    /** Checks one file. */
    public static Summary run(Path file) {
        Assessment a = Vigilance.assess(Vigilance.read(file));
        List<DisclosureFinding> gaps = a.completeness().map(r -> r.gaps()).orElse(List.of());
        List<String> risks = a.indicators().map(r -> r.risks().stream().limit(5).map(Risk::id).toList()).orElse(List.of());
        String csv = a.completeness().map(r -> DataRequests.from(r, a.chain()).toCsv()).orElse("");
        return new Summary(a.verdict().name(), gaps.size(), risks, csv);
    }

    /** Checks the file named on the command line (default: the flagship example). */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/chains/flagship.json");
        try {
            Summary s = run(file);
            System.out.println(file + ": " + s.verdict() + ", " + s.gaps() + " gaps; top risks " + s.topRisks());
        } catch (ChainFormatException e) {
            System.err.println(e.getMessage());
        }
    }
}
