package org.marrow.app.study;

/**
 * A study: a trial run under one version of its protocol.
 *
 * @param id the id
 * @param code the short code, e.g. {@code HET-CTX-2024}
 * @param title the title
 * @param protocolId the protocol's id
 * @param protocolVersion the protocol version the study is bound to
 * @param criteriaSet the response criteria set ({@code five-tier}, {@code standard}, {@code lineage}),
 *     until the protocol module supplies it from the protocol
 * @param version the optimistic-lock version
 */
public record Study(
        long id,
        String code,
        String title,
        String protocolId,
        String protocolVersion,
        String criteriaSet,
        int version) {}
