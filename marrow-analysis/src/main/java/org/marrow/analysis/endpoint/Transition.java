package org.marrow.analysis.endpoint;

/**
 * Subjects moving from one state to another between two stages (document 000 Figure 3: baseline
 * severity, month 3, month 6).
 *
 * @param from the earlier stage, for example {@code "M3"} or {@code "Severity"}
 * @param to the later stage
 * @param fromState the state at the earlier stage
 * @param toState the state at the later stage
 * @param n the number of subjects
 */
public record Transition(String from, String to, SubjectState fromState, SubjectState toState, int n) {}
