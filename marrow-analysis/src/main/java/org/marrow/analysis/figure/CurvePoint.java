package org.marrow.analysis.figure;

/**
 * One row of a Kaplan-Meier table, as R's {@code survfit} gives it and as
 * {@code org.marrow.stats.survival.SurvivalRow} holds it: a distinct time at which at least one
 * subject had the event or was censored.
 *
 * @param time the time, >= 0
 * @param nRisk subjects at risk just before the time, >= 1
 * @param nEvent events at the time, >= 0
 * @param nCensor censorings at the time, >= 0
 * @param survival the estimate just after the time, between 0 and 1
 */
public record CurvePoint(double time, int nRisk, int nEvent, int nCensor, double survival) {
    /**
     * Checks the row.
     *
     * @throws IllegalArgumentException if time is negative or not finite, nRisk < 1, nEvent or
     *     nCensor negative, nEvent + nCensor > nRisk, or survival outside [0, 1]
     */
    public CurvePoint {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("Curve time (" + time + ") must be a finite number >= 0");
        }
        if (nRisk < 1 || nEvent < 0 || nCensor < 0 || nEvent + nCensor > nRisk) {
            throw new IllegalArgumentException("At time " + time + ": need n.risk (" + nRisk
                    + ") >= 1 and 0 <= n.event (" + nEvent + ") + n.censor (" + nCensor + ") <= n.risk");
        }
        if (!(survival >= 0 && survival <= 1)) {
            throw new IllegalArgumentException(
                    "At time " + time + ": survival (" + survival + ") must be between 0 and 1");
        }
    }
}
