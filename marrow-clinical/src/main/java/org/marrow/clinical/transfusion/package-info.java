/**
 * Transfusion records and transfusion dependence over a look-back window, red cells and platelets apart.
 */
package org.marrow.clinical.transfusion;
