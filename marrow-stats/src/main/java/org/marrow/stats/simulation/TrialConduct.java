package org.marrow.stats.simulation;

/**
 * How a simulated single-arm trial is conducted.
 *
 * <p>Patients arrive as a Poisson process; each drops out before assessment with a fixed
 * probability (enrolled but not evaluable, replaced by enrolling more); an evaluable patient's
 * response is known {@code assessmentMonths} after enrolment. Enrolment pauses at each interim look
 * until the response of the look's last evaluable patient is known and the look decided, as the
 * Simon design of trial document 002 (NCT05660785) does: "If after 24 weeks at least 9 patients
 * achieved a response, then enrollment was expanded".
 *
 * @param responseRate the true response rate, in [0, 1]
 * @param dropout the probability that an enrolled patient is not evaluable, in [0, 1)
 * @param accrualPerMonth the mean number of patients enrolled per month, > 0
 * @param assessmentMonths months from enrolment to the response assessment, >= 0
 */
public record TrialConduct(double responseRate, double dropout, double accrualPerMonth, double assessmentMonths) {

    /**
     * Checks the conduct.
     *
     * @param responseRate the response rate
     * @param dropout the dropout probability
     * @param accrualPerMonth patients per month
     * @param assessmentMonths months to assessment
     * @throws IllegalArgumentException if a value is out of range (NaN included)
     */
    public TrialConduct {
        if (!(responseRate >= 0 && responseRate <= 1)) {
            throw new IllegalArgumentException("Response rate (" + responseRate + ") must be in [0, 1]");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("Dropout probability (" + dropout + ") must be in [0, 1)");
        }
        if (!(accrualPerMonth > 0 && accrualPerMonth < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "Accrual per month (" + accrualPerMonth + ") must be a finite number > 0");
        }
        if (!(assessmentMonths >= 0 && assessmentMonths < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "Months to assessment (" + assessmentMonths + ") must be a finite number >= 0");
        }
    }
}
