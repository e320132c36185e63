/**
 * The tables an export is made of, typed: columns with labels, types and code lists, and typed cells. The
 * statistics packages' files, the SDTM domains, Define-XML and Dataset-JSON are all written from these.
 */
package org.marrow.interop.table;
