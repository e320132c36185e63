package org.marrow.analysis.endpoint;

import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.design.EndpointMeasure;

/**
 * The response rates reported at each timepoint (document 000 "End points"): overall response,
 * complete response and superior response.
 */
public enum RateMeasure {
    /** Overall response: CR, VGPR, GPR or PR (or the criteria set's response). */
    ORR("orr"),
    /** Complete response. */
    CR("cr"),
    /** Superior response: CR, VGPR or GPR. */
    SUPERIOR("superior");

    private final String code;

    RateMeasure(String code) {
        this.code = code;
    }

    /**
     * The measure's name in {@code results.json}.
     *
     * @return {@code "orr"}, {@code "cr"} or {@code "superior"}
     */
    public String code() {
        return code;
    }

    /**
     * Whether a category counts towards this rate.
     *
     * @param category the assessed category
     * @return for ORR any response, for CR only CR, for superior CR, VGPR or GPR
     * @throws IllegalArgumentException if category is null
     */
    public boolean includes(ResponseCategory category) {
        if (category == null) {
            throw new IllegalArgumentException("Response category must not be null");
        }
        return switch (this) {
            case ORR -> category.isResponse();
            case CR -> category == ResponseCategory.CR;
            case SUPERIOR -> category.isSuperior();
        };
    }

    /**
     * This rate at a timepoint.
     *
     * @param rates the timepoint's rates
     * @return the rate
     * @throws IllegalArgumentException if rates is null
     */
    public Proportion of(ResponseAtTimepoint rates) {
        if (rates == null) {
            throw new IllegalArgumentException("Rates must not be null");
        }
        return switch (this) {
            case ORR -> rates.orr();
            case CR -> rates.cr();
            case SUPERIOR -> rates.superior();
        };
    }

    /**
     * The rate a protocol's endpoint measures.
     *
     * @param measure the protocol's endpoint measure
     * @return CR for {@code cr-rate}, superior for {@code superior-response-rate}, else ORR
     * @throws IllegalArgumentException if measure is null
     */
    public static RateMeasure of(EndpointMeasure measure) {
        if (measure == null) {
            throw new IllegalArgumentException("Endpoint measure must not be null");
        }
        return switch (measure) {
            case CR_RATE -> CR;
            case SUPERIOR_RESPONSE_RATE -> SUPERIOR;
            default -> ORR;
        };
    }
}
