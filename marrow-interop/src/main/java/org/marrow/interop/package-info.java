/**
 * A study's data in the standards statisticians, sponsors and hospitals use, and back (docs/exports.md): R, SAS,
 * SPSS and Stata ({@code stats}), CDISC ODM 1.3.2 ({@code odm}), SDTM with Define-XML 2.1 and Dataset-JSON 1.1
 * ({@code sdtm}), HL7 FHIR R4 ({@code fhir}). An export starts from a {@link org.marrow.interop.StudyExport} and
 * gives {@link org.marrow.interop.ExportFiles}; nothing here reads a clock, a database or the network.
 */
package org.marrow.interop;
