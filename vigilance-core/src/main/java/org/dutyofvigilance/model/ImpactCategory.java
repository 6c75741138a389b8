package org.dutyofvigilance.model;

/** Adverse-impact categories of CSDDD Annex I that matter for AI data work, plus the environmental ones. */
public enum ImpactCategory {
    /** Fair wage and adequate living wage. */
    LIVING_WAGE,
    /** Reasonable limits on working hours. */
    WORKING_HOURS,
    /** Safe and healthy working conditions, psychological health included. */
    OCCUPATIONAL_HEALTH_SAFETY,
    /** Freedom of association, right to organise and collective bargaining. */
    FREEDOM_OF_ASSOCIATION,
    /** Prohibition of unequal treatment in employment. */
    EQUAL_TREATMENT,
    /** Prohibition of forced labour. */
    FORCED_LABOUR,
    /** Prohibition of child labour. */
    CHILD_LABOUR,
    /** Privacy, of worker data included. */
    PRIVACY,
    /** Greenhouse-gas emissions. */
    CLIMATE,
    /** Water use and pollution. */
    WATER,
    /** Extraction of minerals and its local harm. */
    MINERALS,
    /** Any other impact. */
    OTHER
}
