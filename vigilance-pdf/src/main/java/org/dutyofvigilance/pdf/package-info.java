/**
 * Renders a {@link org.dutyofvigilance.plan.VigilancePlan} as a PDF/A-3B file with OpenPDF:
 * {@link org.dutyofvigilance.pdf.PdfRenderer} and {@link org.dutyofvigilance.pdf.RenderOptions} are the
 * public API; layout, charts, fonts and labels ({@code messages_en}, {@code messages_fr}) are internal.
 */
package org.dutyofvigilance.pdf;
