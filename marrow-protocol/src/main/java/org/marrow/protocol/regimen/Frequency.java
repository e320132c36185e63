package org.marrow.protocol.regimen;

/** How often a drug is given within its study days. */
public enum Frequency {
    /** Every day. */
    DAILY("daily", 1, 1),
    /** Every 12 hours: two administrations a day (CsA, document 004). */
    Q12H("q12h", 1, 2),
    /** Once a week, on the same weekday as day 1 (romiplostim, document 003). */
    WEEKLY("weekly", 7, 1);

    private final String code;
    private final int intervalDays;
    private final int perDay;

    Frequency(String code, int intervalDays, int perDay) {
        this.code = code;
        this.intervalDays = intervalDays;
        this.perDay = perDay;
    }

    /**
     * The code used in protocol files.
     *
     * @return e.g. {@code "q12h"}
     */
    public String code() {
        return code;
    }

    /**
     * Days between dosing days.
     *
     * @return 1 for daily and q12h, 7 for weekly
     */
    public int intervalDays() {
        return intervalDays;
    }

    /**
     * Administrations on a dosing day.
     *
     * @return 2 for q12h, 1 otherwise
     */
    public int perDay() {
        return perDay;
    }
}
