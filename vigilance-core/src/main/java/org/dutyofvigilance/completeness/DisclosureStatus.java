package org.dutyofvigilance.completeness;

/** How far one required fact of one obligation is disclosed for one node. Carried by every {@link DisclosureFinding}. */
public enum DisclosureStatus {
    /** Disclosed everywhere the fact key reaches, and not stale. */
    DISCLOSED,
    /** Disclosed for some of the places the fact key reaches (e.g. one contract of two). */
    PARTLY_DISCLOSED,
    /** Not disclosed at all. */
    MISSING,
    /** The obligation's conditions are shown not to hold for this node, or the obligation was deleted. */
    NOT_APPLICABLE,
    /** Disclosed, but older than allowed: a date past the obligation's maximum age, or evidence too old. */
    STALE;

    /** Whether the status asks for more information. */
    public boolean gap() {
        return this == PARTLY_DISCLOSED || this == MISSING || this == STALE;
    }
}
