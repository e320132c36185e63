package org.marrow.analysis.endpoint;

import org.marrow.clinical.response.ResponseCategory;

/**
 * A subject's state at a protocol timepoint: the response category when assessed; for a subject not
 * assessable, the exit that ended follow-up before the window closed, else not assessed; not yet due
 * at an interim cut-off (document 000 Figure 3 shows these states between month 3 and month 6).
 */
public enum TimepointState implements SubjectState {
    /** Complete response. */
    CR("CR"),
    /** Very good partial response. */
    VGPR("VGPR"),
    /** Good partial response. */
    GPR("GPR"),
    /** Partial response. */
    PR("PR"),
    /** No response. */
    NR("NR"),
    /** Died before the window closed. */
    DEATH("Death"),
    /** Transplanted before the window closed. */
    HSCT("HSCT"),
    /** Withdrew before the window closed. */
    WITHDRAWN("Withdrawn"),
    /** Lost to follow-up before the window closed. */
    LOST("Lost"),
    /** The window closed without an assessment, the subject still in follow-up. */
    NOT_ASSESSED("Not assessed"),
    /** The window was still open at the data cut-off. */
    NOT_YET_DUE("Not yet due");

    private final String label;

    TimepointState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether the state is a response category (an assessment in the window).
     *
     * @return true for CR, VGPR, GPR, PR and NR
     */
    public boolean isAssessed() {
        return ordinal() <= NR.ordinal();
    }

    /**
     * The state of an assessed category.
     *
     * @param category the category
     * @return the state
     * @throws IllegalArgumentException if category is null
     */
    public static TimepointState of(ResponseCategory category) {
        if (category == null) {
            throw new IllegalArgumentException("Response category must not be null");
        }
        return switch (category) {
            case CR -> CR;
            case VGPR -> VGPR;
            case GPR -> GPR;
            case PR -> PR;
            case NR -> NR;
        };
    }

    /**
     * The state of a subject whose follow-up ended before the window closed.
     *
     * @param exit why follow-up ended
     * @return the state
     * @throws IllegalArgumentException if exit is null
     */
    public static TimepointState of(ExitReason exit) {
        if (exit == null) {
            throw new IllegalArgumentException("Exit reason must not be null");
        }
        return switch (exit) {
            case DEATH -> DEATH;
            case HSCT -> HSCT;
            case WITHDRAWN -> WITHDRAWN;
            case LOST_TO_FOLLOW_UP -> LOST;
        };
    }
}
