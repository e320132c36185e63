package org.marrow.analysis.figure;

/**
 * An event on a patient's lane of a swimmer plot (document 001 Figure 1C).
 *
 * @param time when it happened, in the plot's time unit, >= 0
 * @param kind what happened
 */
public record SwimmerEvent(double time, Kind kind) {
    /** The events a swimmer plot marks, each with its own marker shape and colour. */
    public enum Kind {
        /** Relapse: vermillion downward triangle. */
        RELAPSE("Relapse"),
        /** Haematopoietic stem cell transplantation: reddish purple diamond. */
        HSCT("HSCT"),
        /** Death: black cross. */
        DEATH("Death");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /**
         * The legend label.
         *
         * @return for example {@code "Relapse"}
         */
        public String label() {
            return label;
        }
    }

    /**
     * Checks the event.
     *
     * @throws IllegalArgumentException if time is negative or not finite, or kind is null
     */
    public SwimmerEvent {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("Event time (" + time + ") must be a finite number >= 0");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Event kind must not be null");
        }
    }
}
