/** Commands that apply the clinical rules to a study data set: {@code marrow classify}. */
package org.marrow.cli.clinical;
