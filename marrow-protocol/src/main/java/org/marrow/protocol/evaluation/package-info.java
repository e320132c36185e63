/**
 * Evaluation of a protocol's typed criteria on a subject's source data: shared by eligibility
 * screening and the dose rules.
 */
package org.marrow.protocol.evaluation;
