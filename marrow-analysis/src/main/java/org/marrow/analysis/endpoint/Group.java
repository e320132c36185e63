package org.marrow.analysis.endpoint;

/**
 * A group of treated subjects that the analyses summarise or compare: a baseline severity group
 * (document 000 compares SAA with VSAA), an arm (randomized arms, or cases and matched controls,
 * documents 001 and 004), or all subjects.
 */
public sealed interface Group permits SeverityGroup, Group.Arm, Group.All {
    /** Every treated subject. */
    Group ALL = new All();

    /**
     * The group's label in tables, figures and {@code results.json}.
     *
     * @return for example {@code "SAA"}, an arm's id, or {@code "all"}
     */
    String label();

    /**
     * Whether the group takes part in group comparisons: every arm and every known severity, but
     * not subjects of unknown baseline severity nor all subjects together.
     *
     * @return true if compared
     */
    boolean compared();

    /**
     * The subjects of one arm, as {@code subjects.csv} names it.
     *
     * @param id the arm
     */
    record Arm(String id) implements Group {
        /**
         * Checks the arm.
         *
         * @throws IllegalArgumentException if id is null
         */
        public Arm {
            if (id == null) {
                throw new IllegalArgumentException("Arm must not be null");
            }
        }

        @Override
        public String label() {
            return id;
        }

        @Override
        public boolean compared() {
            return true;
        }
    }

    /** Every treated subject, labelled {@code "all"}. */
    record All() implements Group {
        @Override
        public String label() {
            return "all";
        }

        @Override
        public boolean compared() {
            return false;
        }
    }
}
