/** Visits: a set of labs for one subject and date saved at once, with the response re-derived. */
package org.marrow.app.visit;
