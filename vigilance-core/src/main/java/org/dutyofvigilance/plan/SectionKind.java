package org.dutyofvigilance.plan;

/**
 * The sections of a vigilance plan, in the order they appear (the French five measures of L.225-102-4 and
 * the CSDDD Arts 7-16 steps, framed by a summary, the scope, completeness and an annex).
 *
 * <p>A renderer looks up the title of a section by its kind (e.g. {@code section.CHAIN}); the plan holds
 * only the sections whose content exists.
 */
public enum SectionKind {
    /** Key figures of the chain and of the check. */
    SUMMARY,
    /** Which regimes apply and why (from the rulebook's scope test). */
    SCOPE,
    /** The chain of activities: diagram, entities, contracts, workforce, incidents. */
    CHAIN,
    /** Risk mapping (French measure 1; CSDDD Art 8). */
    RISK_MAP,
    /** Regular evaluation of subsidiaries, subcontractors and suppliers (French measure 2). */
    EVALUATION,
    /** Prevention, mitigation and corrective actions (French measure 3; CSDDD Arts 10-12). */
    ACTIONS,
    /** Alert mechanism and complaints procedure (French measure 4; CSDDD Art 14). */
    ALERTS,
    /** Stakeholder engagement (CSDDD Art 13). */
    STAKEHOLDERS,
    /** Monitoring of the measures and the report on their implementation (French measure 5; CSDDD Art 15). */
    MONITORING,
    /** What the disclosure lacks: structural findings and, when checked, obligation findings. */
    COMPLETENESS,
    /** Methodology, exchange rates, rule-set versions, sources and detail tables. */
    ANNEX
}
