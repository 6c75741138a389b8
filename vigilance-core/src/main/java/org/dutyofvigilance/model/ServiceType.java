package org.dutyofvigilance.model;

/** The data work a relationship or a workforce segment is about. */
public enum ServiceType {
    /** Labelling images, text, audio or video. */
    ANNOTATION,
    /** Reviewing user content, including harmful content. */
    CONTENT_MODERATION,
    /** Rating model answers, reinforcement learning from human feedback. */
    RATING_RLHF,
    /** Transcribing speech. */
    TRANSCRIPTION,
    /** Translating text. */
    TRANSLATION,
    /** Collecting or producing raw data. */
    DATA_COLLECTION,
    /** Any other service. */
    OTHER
}
