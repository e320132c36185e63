/**
 * The server-rendered pages (Thymeleaf, no JavaScript): login and password change, study list and
 * dashboard, subjects by site, the subject page with its timeline, derived assessment, eligibility,
 * calendar, dose advice, records, queries and audit history, the data-entry forms and the report page.
 * Controllers call the services of the other packages (which check, scope and audit); the protocol's
 * rules come from marrow-protocol. Every word shown comes from {@code messages*.properties} (English,
 * Simplified Chinese).
 */
package org.marrow.app.web.page;
