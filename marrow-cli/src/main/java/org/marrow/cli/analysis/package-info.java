/** The {@code marrow report} command: a study data set and its protocol to the trial report. */
package org.marrow.cli.analysis;
