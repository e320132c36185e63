package org.marrow.stats.survival;

import java.util.Locale;

/**
 * The transformation on which pointwise confidence intervals of a survival curve are built, as the
 * {@code conf.type} argument of R's {@code survfit} (survival 3.5.3, {@code survfit_confint}).
 *
 * <p>In every case {@code se} is the standard error of {@code -log S} (Greenwood) and {@code z} the
 * two-sided normal quantile of the confidence level. A bound R reports as {@code NA} is
 * {@link Double#NaN} here.
 */
public enum ConfidenceType {
    /**
     * {@code exp(log S -/+ z se)}, upper bound capped at 1; both bounds NA where {@code S = 0}. R's
     * default.
     */
    LOG("log"),
    /**
     * {@code exp(-exp(log(-log S) -/+ z se / log S))}; both bounds NA where {@code S = 0} or {@code S =
     * 1}.
     */
    LOG_LOG("log-log"),
    /**
     * {@code S -/+ z se S}, clipped to [0, 1]; NA where {@code S = 0} after the last subject died (the
     * standard error is infinite there).
     */
    PLAIN("plain");

    private final String rName;

    ConfidenceType(String rName) {
        this.rName = rName;
    }

    /**
     * The name R uses for this type ({@code "log"}, {@code "log-log"}, {@code "plain"}).
     *
     * @return the R name
     */
    public String rName() {
        return rName;
    }

    /**
     * The type with the given R name, ignoring case; {@code "loglog"} is accepted for {@code
     * "log-log"}.
     *
     * @param name {@code log}, {@code log-log} or {@code plain}
     * @return the type
     * @throws IllegalArgumentException if the name is none of these
     */
    public static ConfidenceType fromRName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ConfidenceType t : values()) {
            if (t.rName.equals(n) || t.rName.replace("-", "").equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "Confidence interval type (" + name + ") must be one of log, log-log, plain");
    }

    /**
     * Stores the bounds for survival {@code s} with log-scale standard error {@code se} at index
     * {@code i}; the formulas and their NA cases are R's {@code survfit_confint}.
     */
    void bounds(double s, double se, double z, double[] lower, double[] upper, int i) {
        switch (this) {
            case LOG:
                if (s == 0) {
                    lower[i] = Double.NaN;
                    upper[i] = Double.NaN;
                } else {
                    double ls = Math.log(s);
                    double w = z * se;
                    lower[i] = Math.exp(ls - w);
                    upper[i] = Math.min(Math.exp(ls + w), 1);
                }
                break;
            case LOG_LOG:
                if (s == 0 || s == 1) {
                    lower[i] = Double.NaN;
                    upper[i] = Double.NaN;
                } else {
                    double ls = Math.log(s);
                    double lls = Math.log(-ls);
                    double w = z * se / ls;
                    lower[i] = Math.exp(-Math.exp(lls - w));
                    upper[i] = Math.exp(-Math.exp(lls + w));
                }
                break;
            default:
                // 0 * Inf after everyone died is NaN and stays NaN, as R's pmax and pmin keep NA.
                double w = se * s * z;
                double lo = s - w;
                double hi = s + w;
                lower[i] = Double.isNaN(lo) ? Double.NaN : Math.max(lo, 0);
                upper[i] = Double.isNaN(hi) ? Double.NaN : Math.min(hi, 1);
                break;
        }
    }
}
