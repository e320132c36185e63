/**
 * Lab values with their units: tests (CDISC LBTESTCD, LOINC), units and their spellings, exact conversion to\n * canonical units, impossible values refused, implausible values and likely unit mix-ups flagged.
 */
package org.marrow.clinical.quantity;
