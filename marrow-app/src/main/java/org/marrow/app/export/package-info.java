/** Exports and downloads: each recorded in the audit trail; the spreadsheet form of the data set. */
package org.marrow.app.export;
