package org.marrow.analysis.endpoint;

/**
 * One subject's follow-up for a time-to-event endpoint, as the analyses take it: the study day of the event;
 * else of HSCT or death, whichever came first (a competing event, censored in the Kaplan-Meier analysis); else
 * of the end of follow-up (censored). The status codes are those of R's {@code cmprsk::cuminc} ({@code fstatus}:
 * 1 the event, 2 the competing event, 0 censored); {@code survival::Surv}'s event indicator is 1 for the event
 * only.
 *
 * @param day the study day
 * @param status what happened on that day
 */
public record EventTime(int day, Status status) {

    /** What ends a subject's time for an endpoint. */
    public enum Status {
        /** Censored at the end of follow-up. */
        CENSORED(0),
        /** The endpoint's event. */
        EVENT(1),
        /** HSCT or death before the event. */
        COMPETING(2);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        /**
         * The status as {@code cmprsk::cuminc} codes it.
         *
         * @return 0, 1 or 2
         */
        public int code() {
            return code;
        }
    }

    /**
     * Checks the time.
     *
     * @throws NullPointerException if status is null
     */
    public EventTime {
        java.util.Objects.requireNonNull(status, "status");
    }

    /**
     * The {@code survival::Surv} event indicator.
     *
     * @return 1 for the event, 0 otherwise
     */
    public int event() {
        return status == Status.EVENT ? 1 : 0;
    }
}
