package org.dutyofvigilance.model;

/** The role an entity plays in the chain of activities. In JSON: the lower-case name, e.g. {@code "data_platform"}. */
public enum PartnerRole {
    /** The reporting company itself, which buys AI. */
    BUYER,
    /** A company controlled by the reporting company. */
    SUBSIDIARY,
    /** A provider of AI models or services built on them. */
    AI_MODEL_PROVIDER,
    /** A platform that sells data work (annotation, moderation, rating) and dispatches it. */
    DATA_PLATFORM,
    /** A local company whose workers do the data work (a BPO, a click farm). */
    VENDOR,
    /** A dispatcher or sub-agent who redistributes tasks to other workers. */
    INTERMEDIARY,
    /** Any other business partner. */
    OTHER
}
