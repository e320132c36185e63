/**
 * Aplastic anemia severity by the modified Camitta criteria of trial document 000, with the NSAA split of\n * document 003 and a documented rule for follow-up visits without a new biopsy.
 */
package org.marrow.clinical.severity;
