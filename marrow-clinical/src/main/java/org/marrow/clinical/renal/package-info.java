/**
 * Renal function: Cockcroft-Gault creatinine clearance, stating the weight it uses.
 */
package org.marrow.clinical.renal;
