package org.dutyofvigilance.graph;

/** How an entity relates to the reporting company, derived from the relationships (CSDDD Art 3). */
public enum PartnerRelation {
    /** The reporting company itself. */
    OWN_OPERATIONS,
    /** A subsidiary reached through the company's own operations. */
    SUBSIDIARY,
    /** A direct business partner: a contract with the company or one of its subsidiaries. */
    DIRECT,
    /** An indirect business partner: further up the chain, with no contract with the company. */
    INDIRECT,
    /** Not reachable from the reporting company through the relationships. */
    UNCONNECTED
}
