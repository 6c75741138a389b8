package org.dutyofvigilance.rules;

/**
 * The legal standing of a rule set, an obligation or a parameter, as far as the sources reviewed tell.
 * Written in rule files in lower case ({@code "status": "amendment_pending"}) and shown next to findings
 * so a reader knows how firm the law behind them is.
 */
public enum LegalStatus {
    /** In force (or adopted with a fixed date of application) and confirmed by the sources. */
    IN_FORCE,
    /** Replaced by a later version of the same regime; kept for comparison and history. */
    SUPERSEDED,
    /** Deleted by a later act: never gives a finding other than "not applicable". */
    DELETED,
    /** In force, but an amendment that would change it is pending. */
    AMENDMENT_PENDING,
    /** The wording or the value could not be confirmed from the sources; a documented assumption. */
    UNVERIFIED
}
