/**
 * Arm assignment at enrolment: the next free allocation of the study's stored permuted-block list for
 * the subject's stratum (org.marrow.stats.randomization), or the protocol's only treated arm.
 */
package org.marrow.app.randomization;
