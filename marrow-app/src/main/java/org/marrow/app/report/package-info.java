/**
 * A study's results as the caller sees them, all from marrow-analysis's one derivation ({@link
 * org.marrow.analysis.StudyAnalysis}): the dashboard page, the report page and its download, and the
 * API's {@code /api/studies/{id}/results} ({@code results.json} of {@code marrow report}).
 */
package org.marrow.app.report;
