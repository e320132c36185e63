package org.marrow.protocol.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The clinical phase of a trial, as registries record it. */
public enum Phase {
    /** Phase 1. */
    PHASE_1("1"),
    /** Phase 1/2. */
    PHASE_1_2("1/2"),
    /** Phase 2. */
    PHASE_2("2"),
    /** Phase 2/3. */
    PHASE_2_3("2/3"),
    /** Phase 3. */
    PHASE_3("3"),
    /** Phase 4. */
    PHASE_4("4");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "2"}
     */
    public String code() {
        return code;
    }

    /**
     * Parses a phase code.
     *
     * @param code e.g. {@code "2"} or {@code "2/3"}
     * @return the phase
     * @throws IllegalArgumentException if the code is not one of {@link #codes()}
     */
    public static Phase fromCode(String code) {
        for (Phase phase : values()) {
            if (phase.code.equals(code)) {
                return phase;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a phase; expected one of " + codes());
    }

    /**
     * All codes, comma separated.
     *
     * @return e.g. {@code "1, 1/2, 2, 2/3, 3, 4"}
     */
    public static String codes() {
        return Arrays.stream(values()).map(Phase::code).collect(Collectors.joining(", "));
    }
}
