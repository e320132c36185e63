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

    /** Lower bound for survival {@code s} with log-scale standard error {@code se}. */
    double lower(double s, double se, double z) {
        switch (this) {
            case LOG:
                return s == 0 ? Double.NaN : Math.exp(Math.log(s) - z * se);
            case LOG_LOG:
                if (s == 0 || s == 1) {
                    return Double.NaN;
                }
                return Math.exp(-Math.exp(Math.log(-Math.log(s)) - z * se / Math.log(s)));
            default:
                // NaN (0 * Inf after everyone died) must stay NaN, as R's pmax keeps NA.
                double lo = s - se * s * z;
                return Double.isNaN(lo) ? Double.NaN : Math.max(lo, 0);
        }
    }

    /** Upper bound for survival {@code s} with log-scale standard error {@code se}. */
    double upper(double s, double se, double z) {
        switch (this) {
            case LOG:
                return s == 0 ? Double.NaN : Math.min(Math.exp(Math.log(s) + z * se), 1);
            case LOG_LOG:
                if (s == 0 || s == 1) {
                    return Double.NaN;
                }
                return Math.exp(-Math.exp(Math.log(-Math.log(s)) + z * se / Math.log(s)));
            default:
                double hi = s + se * s * z;
                return Double.isNaN(hi) ? Double.NaN : Math.min(hi, 1);
        }
    }
}
