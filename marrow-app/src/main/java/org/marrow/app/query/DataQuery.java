package org.marrow.app.query;

/**
 * A data query: a monitor's question about a subject's data, the site's answer, the monitor's close.
 *
 * @param id the id
 * @param subjectId the subject
 * @param recordTable the table of the record queried, if one
 * @param recordId the record queried, if one
 * @param field the field queried, if one
 * @param question the question
 * @param status OPEN, ANSWERED or CLOSED
 * @param raisedBy who raised it
 * @param answer the site's answer
 * @param answeredBy who answered
 * @param closedBy who closed it
 * @param version the optimistic-lock version
 * @param raisedAt when it was raised
 * @param answeredAt when it was answered, if it was
 * @param closedAt when it was closed, if it was
 */
public record DataQuery(
        long id,
        long subjectId,
        String recordTable,
        Long recordId,
        String field,
        String question,
        String status,
        String raisedBy,
        String answer,
        String answeredBy,
        String closedBy,
        int version,
        java.time.OffsetDateTime raisedAt,
        java.time.OffsetDateTime answeredAt,
        java.time.OffsetDateTime closedAt) {}
