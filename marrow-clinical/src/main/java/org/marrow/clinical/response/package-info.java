/**
 * Hematologic response by criteria set: five-tier (document 000), standard (NIH-style SAA and NSAA), and\n * lineage (refractory AA, eltrombopag trials), judged against an explicit baseline.
 */
package org.marrow.clinical.response;
