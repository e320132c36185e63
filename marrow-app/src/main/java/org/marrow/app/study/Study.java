package org.marrow.app.study;

/**
 * A study: a trial run under one version of its protocol.
 *
 * @param id the id
 * @param code the short code, e.g. {@code HET-CTX-2024}
 * @param title the title
 * @param protocolId the protocol's id
 * @param protocolVersion the protocol version the study is bound to
 * @param criteriaSet the response criteria set ({@code five-tier}, {@code standard}, {@code lineage})
 *     of the protocol (for a study created before studies were bound to protocols whose protocol is
 *     unknown, the set it was created with)
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
