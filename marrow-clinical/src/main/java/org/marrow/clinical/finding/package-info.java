/**
 * Rule results that explain themselves: {@link org.marrow.clinical.finding.Finding} (MET, NOT_MET or UNKNOWN\n * with evidence and what was missing) and three-valued combination (ARCHITECTURE.md, principle 2).
 */
package org.marrow.clinical.finding;
