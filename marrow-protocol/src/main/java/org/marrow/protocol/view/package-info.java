/**
 * What the protocol says about one subject, in the flat shape both the REST API
 * ({@code /api/subjects/{id}/screening|schedule|advice}) and {@code marrow screen|schedule|advise
 * --json} write: plain records of strings, numbers and dates, one per finding, dose or advice, so
 * that the two outputs cannot drift apart (a visit is written as its
 * {@link org.marrow.protocol.schedule.ScheduledVisit}, already plain). Field names are written in snake_case by each
 * side's JSON mapper. Every text (a reason, what is missing, a criterion, a note) is written twice:
 * rendered in the reader's language (English for the CLI; the request's language for the API) and as
 * a {@link org.marrow.protocol.view.MessageView} (code and arguments) for a client that renders it
 * itself.
 */
package org.marrow.protocol.view;
