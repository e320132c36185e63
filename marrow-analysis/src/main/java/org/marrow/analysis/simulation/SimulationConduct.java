package org.marrow.analysis.simulation;

/**
 * How a simulated trial runs: the true rates and the pace of enrolment.
 *
 * @param responseRate the probability that the assessment the window rule takes at the primary
 *     timepoint shows a response, in [0, 1]
 * @param dropout the probability that a patient leaves (withdraws or is lost) before that assessment, in
 *     [0, 1)
 * @param accrualPerMonth the mean number of patients enrolled per month (a Poisson process; a month is
 *     365.25 / 12 days), greater than 0
 * @param toxicityRate the probability that a patient has the toxicity BOP2 monitors, in [0, 1] (used only
 *     when the protocol's BOP2 design monitors toxicity)
 */
public record SimulationConduct(double responseRate, double dropout, double accrualPerMonth, double toxicityRate) {

    /**
     * Checks the conduct.
     *
     * @throws IllegalArgumentException if a value is out of range (NaN included)
     */
    public SimulationConduct {
        if (!(responseRate >= 0 && responseRate <= 1)) {
            throw new IllegalArgumentException("Response rate (" + responseRate + ") must be in [0, 1]");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("Dropout probability (" + dropout + ") must be in [0, 1)");
        }
        if (!(accrualPerMonth > 0 && accrualPerMonth <= 1000)) {
            throw new IllegalArgumentException("Accrual per month (" + accrualPerMonth + ") must be > 0 and <= 1000");
        }
        if (!(toxicityRate >= 0 && toxicityRate <= 1)) {
            throw new IllegalArgumentException("Toxicity rate (" + toxicityRate + ") must be in [0, 1]");
        }
    }
}
