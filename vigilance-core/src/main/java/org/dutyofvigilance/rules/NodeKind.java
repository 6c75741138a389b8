package org.dutyofvigilance.rules;

/**
 * The kind of node of a chain of activities an obligation applies to, and the root of its fact keys
 * ({@code company.*}, {@code partner.*}, …). Written in rule files in lower case ({@code "node": "segment"}).
 */
public enum NodeKind {
    /** The reporting company (fact roots {@code company} and {@code chain}). */
    COMPANY,
    /** An entity of the chain: subsidiary, direct or indirect business partner (fact root {@code partner}). */
    PARTNER,
    /** A business relationship, i.e. a contract customer → supplier (fact root {@code relationship}). */
    RELATIONSHIP,
    /** A workforce segment at an entity (fact root {@code segment}). */
    SEGMENT,
    /** A grievance mechanism (fact root {@code mechanism}). */
    MECHANISM;

    /** The lower-case name used in rule files and exports. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
