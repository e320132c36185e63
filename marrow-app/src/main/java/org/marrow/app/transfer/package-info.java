/** Import and export of a whole study as a zipped data set folder. */
package org.marrow.app.transfer;
