/** Data queries: raised by a monitor, answered by the site, closed by the monitor. */
package org.marrow.app.query;
