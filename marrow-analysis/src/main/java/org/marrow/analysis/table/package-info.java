/**
 * Results tables: the {@link org.marrow.analysis.table.Table} model (title, headers, rows,
 * footnotes naming the tests used), rendered to RFC 4180 CSV and to XHTML, and the Table 1 cell
 * formats of {@link org.marrow.analysis.table.Formats} (n, median (range), n (%), rate with CI, P
 * value).
 */
package org.marrow.analysis.table;
