/**
 * The chain-of-activities model: immutable records that describe a reporting company, its business
 * partners, the business relationships between them, the workforce at the end of the chain, and the
 * facts a vigilance plan needs.
 *
 * <p><b>Unknown is a value.</b> Every fact that a company may fail to disclose is an
 * {@link java.util.Optional}: {@code Optional.empty()} means "not disclosed", never zero or false.
 * Collections are never {@code null}; an absent list is empty.
 */
package org.dutyofvigilance.model;
