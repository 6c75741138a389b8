package org.dutyofvigilance.model;

/** A group of stakeholders. */
public enum StakeholderGroup {
    /** Affected workers themselves. */
    WORKERS,
    /** Worker representatives. */
    WORKER_REPRESENTATIVES,
    /** Trade unions. */
    TRADE_UNIONS,
    /** Civil-society organisations. */
    NGOS,
    /** Researchers and experts. */
    EXPERTS,
    /** Others. */
    OTHER
}
