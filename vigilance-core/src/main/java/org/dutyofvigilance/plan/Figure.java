package org.dutyofvigilance.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart of the plan, as data: the renderer draws it as vector graphics.
 *
 * <p>Four kinds exist: the chain diagram (or its per-tier summary for large chains), the risk heat map,
 * the wage ladder and the pass-through bars. Each holds only figures that come from the input or from the
 * indicators; none is drawn when its data is missing.
 */
public sealed interface Figure extends Block {

    /**
     * The chain of activities as a layered directed acyclic graph, one row per tier.
     *
     * @param nodes entities, each with its tier
     * @param edges contracts customer → supplier with their contracted rate
     */
    record ChainDiagram(List<Node> nodes, List<Edge> edges) implements Figure {
        public ChainDiagram {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * One entity in the diagram.
     *
     * @param id        entity id
     * @param name      legal name
     * @param role      role label
     * @param country   ISO country code
     * @param tier      tier (0 = the company's own group)
     * @param headcount people in its workforce segments (best figure), or not disclosed
     */
    record Node(String id, PlanValue name, PlanValue role, String country, int tier, PlanValue headcount) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(headcount, "headcount");
        }
    }

    /**
     * One contract in the diagram.
     *
     * @param from customer id
     * @param to   supplier id
     * @param rate contracted rate, not disclosed, or withheld
     */
    record Edge(String from, String to, PlanValue rate) {
        public Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(rate, "rate");
        }
    }

    /**
     * A large chain summarised per tier; the entity detail goes to an annex table.
     *
     * @param tiers one line per tier
     */
    record TierSummary(List<TierLine> tiers) implements Figure {
        public TierSummary {
            tiers = List.copyOf(tiers);
        }
    }

    /**
     * One tier of a large chain.
     *
     * @param tier      the tier
     * @param entities  number of entities
     * @param roles     the roles present, with counts (labels)
     * @param headcount people in the tier's workforce segments (sum of known best figures), or not disclosed
     */
    record TierLine(int tier, long entities, PlanValue roles, PlanValue headcount) {
        public TierLine {
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(headcount, "headcount");
        }
    }

    /**
     * The risk heat map: how many risks fall in each severity × likelihood cell.
     *
     * @param severityLevels   number of severity levels (rows)
     * @param likelihoodLevels number of likelihood levels (columns)
     * @param counts           counts[severity-1][likelihood-1]
     */
    record HeatMap(int severityLevels, int likelihoodLevels, List<List<Integer>> counts) implements Figure {
        public HeatMap {
            counts = counts.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Annual pay by tier against a living wage, all in one currency.
     *
     * @param currency         ISO 4217 code of every amount
     * @param rungs            one bar per role, best paid first
     * @param livingWage       the annual living wage to draw as a line, when known
     * @param caption          which benchmark the line is (place, year, whether a proxy) and how the bars were
     *                         computed; empty text for none
     * @param livingWageInputs fact paths the choice of the benchmark rests on (the segment's country); in the
     *                         public edition the line and caption are left out when one of them is confidential
     */
    record WageLadder(String currency, List<Rung> rungs, Optional<BigDecimal> livingWage, PlanValue caption,
            List<String> livingWageInputs) implements Figure {
        public WageLadder {
            Objects.requireNonNull(currency, "currency");
            rungs = List.copyOf(rungs);
            livingWage = livingWage == null ? Optional.empty() : livingWage;
            Objects.requireNonNull(caption, "caption");
            livingWageInputs = List.copyOf(livingWageInputs);
        }

        /** A ladder without caption. */
        public WageLadder(String currency, List<Rung> rungs, Optional<BigDecimal> livingWage) {
            this(currency, rungs, livingWage, PlanValue.EMPTY, List.of());
        }
    }

    /**
     * One bar of the wage ladder.
     *
     * @param label      who is paid (segment name and entity)
     * @param tier       tier of the entity
     * @param annualPay  annual pay in the ladder's currency
     * @param inputs     fact paths it was computed from; in the public edition the bar is left out when one of
     *                   them is confidential
     */
    record Rung(PlanValue label, int tier, BigDecimal annualPay, List<String> inputs) {
        public Rung {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(annualPay, "annualPay");
            inputs = List.copyOf(inputs);
        }

        /** A bar that rests on no confidential fact. */
        public Rung(PlanValue label, int tier, BigDecimal annualPay) {
            this(label, tier, annualPay, List.of());
        }
    }

    /**
     * Share of a contracted hourly rate that reaches the worker, one bar per pair, in one currency.
     *
     * @param bars the pairs
     */
    record PassThrough(List<PassThroughBar> bars) implements Figure {
        public PassThrough {
            bars = List.copyOf(bars);
            if (bars.isEmpty()) {
                throw new IllegalArgumentException("a pass-through figure needs at least one bar");
            }
        }
    }

    /**
     * One contract rate → take-home pay pair.
     *
     * @param label        the worker segment and the contract
     * @param currency     ISO 4217 code of both amounts
     * @param contractRate the rate the customer pays per worker-hour
     * @param hourlyPay    what the worker is paid per hour
     */
    record PassThroughBar(PlanValue label, String currency, BigDecimal contractRate, BigDecimal hourlyPay) {
        public PassThroughBar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(contractRate, "contractRate");
            Objects.requireNonNull(hourlyPay, "hourlyPay");
            if (contractRate.signum() <= 0) {
                throw new IllegalArgumentException("contract rate must be positive");
            }
        }

        /** The share of the rate that reaches the worker, e.g. 0.125. */
        public BigDecimal share() {
            return hourlyPay.divide(contractRate, 4, java.math.RoundingMode.HALF_EVEN);
        }
    }
}
