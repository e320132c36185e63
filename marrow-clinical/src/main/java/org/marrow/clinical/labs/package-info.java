/**
 * A subject's dated lab results in canonical units, and thresholds on them.
 */
package org.marrow.clinical.labs;
