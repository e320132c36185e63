package org.marrow.examples;

import java.util.List;

/**
 * The visit schedule of the synthetic CTX+IST patients, in study days (day 1 = first dose): screening
 * on day -6 with a marrow biopsy, baseline counts on day 1, weekly visits in the first 2 months, then
 * visits up to the month-3 (day 90) and month-6 (day 180) assessments. Between days 29 and 80 the
 * neutrophil count is measured daily (cyclophosphamide cycles on days 29-30 and 43-44).
 */
public final class Visits {
    /** The visit days with a full blood count (HGB, PLAT, NEUT, RETI). */
    public static final List<Integer> DAYS =
            List.of(1, 8, 15, 22, 29, 36, 43, 50, 57, 64, 71, 78, 86, 90, 100, 110, 120, 131, 141, 151, 161, 171, 180);

    /** The screening day, with the marrow biopsy (cellularity). */
    public static final int SCREENING_DAY = -6;

    /** First day of daily neutrophil counts. */
    public static final int DAILY_NEUT_FROM = 29;

    /** Last day of daily neutrophil counts. */
    public static final int DAILY_NEUT_TO = 80;

    private Visits() {}

    /**
     * Whether a study day is a visit day.
     *
     * @param day the study day
     * @return true if it is one of {@link #DAYS}
     */
    public static boolean isVisitDay(int day) {
        return DAYS.contains(day);
    }
}
