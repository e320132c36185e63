/**
 * Where a trial stands against its stopping rules: the status of Simon's two-stage design at the
 * primary timepoint ({@link org.marrow.analysis.stage.SimonStatus}), derived from the same endpoints
 * as every rate of the report, so that the dashboard, the API, the report and the command line show
 * one decision.
 */
package org.marrow.analysis.stage;
