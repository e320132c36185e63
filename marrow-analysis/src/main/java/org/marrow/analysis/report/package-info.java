/**
 * The report: a {@link org.marrow.analysis.report.Report} (provenance header, sections of text,
 * figures and tables, results) written by {@link org.marrow.analysis.report.ReportWriter} as a
 * self-contained {@code report.html}, a {@code report.pdf} rendered from the same page by
 * openhtmltopdf (no network, embedded fonts), {@code results.json}, {@code tables/*.csv} and
 * {@code figures/*.svg} with PNG.
 */
package org.marrow.analysis.report;
