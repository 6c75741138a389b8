package org.dutyofvigilance.completeness;

/**
 * Where a requested datum stands under the CSRD value-chain cap, on each {@link DataRequest}. Protected
 * partners (1,000 employees or fewer) may refuse data above the cap when it is requested for CSRD purposes.
 */
public enum CapTag {
    /** The partner is protected and the datum is within the voluntary standard (VSME-based list). */
    WITHIN_CAP,
    /** The partner is protected and the datum goes beyond the voluntary standard. */
    ABOVE_CAP,
    /** The partner has more than 1,000 employees: the cap does not protect it. */
    NOT_PROTECTED,
    /** The partner's number of employees is not disclosed, so whether it is protected is unknown. */
    SIZE_UNKNOWN
}
