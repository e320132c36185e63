package org.marrow.app.study;

/**
 * A hospital taking part in studies.
 *
 * @param id the id
 * @param code the short code, e.g. {@code SYNTH-BJ} (the {@code site} column of a data set)
 * @param name the name
 * @param version the optimistic-lock version
 */
public record Site(long id, String code, String name, int version) {}
