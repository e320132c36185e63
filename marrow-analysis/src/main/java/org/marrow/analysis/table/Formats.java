package org.marrow.analysis.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Cell formats of Table 1 style tables (document 000 Table 1, document 001 Table 1): n, median
 * (range), n (%), rates with confidence intervals and P values.
 *
 * <p>Rounding is half up on the decimal value: percentages are rounded from the exact fraction
 * (12.5% to 0 decimals is "13"), other numbers from the shortest decimal that identifies the
 * double (Java's {@code Double.toString}), so 0.125 to 2 decimals is "0.13" where R's {@code
 * sprintf} would round the binary value. Ranges use an en dash, as journals print them.
 */
public final class Formats {
    /** The separator of a range's bounds: an en dash. */
    public static final String DASH = "\u2013";

    private Formats() {}

    /**
     * A number rounded half up to a number of decimals.
     *
     * @param value the number
     * @param decimals decimals to show, 0 to 10
     * @return for example {@code "0.36"}; {@code "NA"} for NaN
     * @throws IllegalArgumentException if decimals is out of range or value is infinite
     */
    public static String number(double value, int decimals) {
        checkDecimals(decimals);
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("Value (" + value + ") must be finite");
        }
        String s = new BigDecimal(Double.toString(value))
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
    }

    /**
     * Median and range of the non-missing values: {@code "33 (14–68)"}. The median is that of R's
     * {@code median()}: the middle value, or the mean of the two middle values.
     *
     * @param values the values; NaN marks a missing value and is left out
     * @param decimals decimals to show, 0 to 10
     * @return the formatted median (min–max), or {@code "NA"} when no value is present
     * @throws IllegalArgumentException if values is null, a value is infinite, or decimals is out
     *     of range
     */
    public static String medianRange(double[] values, int decimals) {
        checkDecimals(decimals);
        if (values == null) {
            throw new IllegalArgumentException("Values must not be null");
        }
        double[] v =
                Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        for (double x : v) {
            if (Double.isInfinite(x)) {
                throw new IllegalArgumentException("Value (" + x + ") must be finite");
            }
        }
        if (v.length == 0) {
            return "NA";
        }
        int m = v.length / 2;
        double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
        return number(median, decimals) + " (" + number(v[0], decimals) + DASH + number(v[v.length - 1], decimals)
                + ")";
    }

    /**
     * The number of non-missing values.
     *
     * @param values the values, NaN for missing
     * @return the count as text
     * @throws IllegalArgumentException if values is null
     */
    public static String count(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("Values must not be null");
        }
        return String.valueOf(
                Arrays.stream(values).filter(x -> !Double.isNaN(x)).count());
    }

    /**
     * A count and its percentage of a total: {@code "21 (48.8)"}.
     *
     * @param k the count
     * @param n the total
     * @param decimals decimals of the percentage, 0 to 10
     * @return the formatted cell; {@code "0 (NA)"} when n is 0
     * @throws IllegalArgumentException unless 0 <= k <= n and decimals is in range
     */
    public static String countPercent(int k, int n, int decimals) {
        return k + " (" + (n == 0 ? checkedNa(k, n, decimals) : percent(k, n, decimals)) + ")";
    }

    private static String checkedNa(int k, int n, int decimals) {
        checkCount(k, n);
        checkDecimals(decimals);
        return "NA";
    }

    /**
     * The percentage 100 k / n rounded half up from the exact fraction.
     *
     * @param k the count
     * @param n the total, >= 1
     * @param decimals decimals to show, 0 to 10
     * @return for example {@code "65.1"}
     * @throws IllegalArgumentException unless 0 <= k <= n, n >= 1 and decimals is in range
     */
    public static String percent(int k, int n, int decimals) {
        checkCount(k, n);
        checkDecimals(decimals);
        if (n == 0) {
            throw new IllegalArgumentException("Total (0) must be >= 1 for a percentage");
        }
        return BigDecimal.valueOf(100L * k)
                .divide(BigDecimal.valueOf(n), decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /**
     * A rate with its confidence interval, in percent: {@code "28/43, 65.1 (49.1–79.0)"}.
     *
     * @param x the number with the outcome
     * @param n the number assessed, >= 1
     * @param lower lower bound as a proportion
     * @param upper upper bound as a proportion
     * @param decimals decimals of the percentages, 0 to 10
     * @return the formatted cell
     * @throws IllegalArgumentException unless 0 <= x <= n, n >= 1, 0 <= lower <= upper <= 1 and
     *     decimals is in range
     */
    public static String rate(int x, int n, double lower, double upper, int decimals) {
        if (!(0 <= lower && lower <= upper && upper <= 1)) {
            throw new IllegalArgumentException(
                    "Confidence bounds need 0 <= lower (" + lower + ") <= upper (" + upper + ") <= 1");
        }
        return x + "/" + n + ", " + percent(x, n, decimals) + " (" + number(100 * lower, decimals) + DASH
                + number(100 * upper, decimals) + ")";
    }

    /**
     * A P value to three decimals, or {@code "< 0.001"} below that; {@code "NA"} for NaN (a test
     * that could not be done).
     *
     * @param p the P value
     * @return the formatted P value
     * @throws IllegalArgumentException if p is outside [0, 1]
     */
    public static String pValue(double p) {
        return pValue(p, 3);
    }

    /**
     * A P value to a number of decimals, or {@code "< 0.001"} (for 3 decimals) when it would round
     * below the smallest value shown; {@code "NA"} for NaN.
     *
     * @param p the P value
     * @param decimals decimals to show, 2 to 6
     * @return for example {@code "0.004"}, {@code "0.350"}, {@code "< 0.001"}
     * @throws IllegalArgumentException if p is outside [0, 1] or decimals is out of range
     */
    public static String pValue(double p, int decimals) {
        if (decimals < 2 || decimals > 6) {
            throw new IllegalArgumentException("P value decimals (" + decimals + ") must be between 2 and 6");
        }
        if (Double.isNaN(p)) {
            return "NA";
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("P value (" + p + ") must be between 0 and 1");
        }
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(decimals);
        if (new BigDecimal(Double.toString(p)).compareTo(smallest) < 0) {
            return "< " + smallest.toPlainString();
        }
        return number(p, decimals);
    }

    private static void checkCount(int k, int n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("Count (" + k + ") must be between 0 and the total (" + n + ")");
        }
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("Decimals (" + decimals + ") must be between 0 and 10");
        }
    }
}
