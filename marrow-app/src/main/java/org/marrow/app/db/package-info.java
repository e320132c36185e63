/** The embedded PostgreSQL used when no external database is configured. */
package org.marrow.app.db;
