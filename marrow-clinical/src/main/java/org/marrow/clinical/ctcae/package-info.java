/**
 * CTCAE v5.0 grades of laboratory adverse events, treatment-emergence against baseline, and neutropenia\n * episodes over a window such as a cyclophosphamide cycle.
 */
package org.marrow.clinical.ctcae;
