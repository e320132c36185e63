package org.marrow.study;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A subject's withdrawal from the study as the web application records it with the subject: the
 * date and why.
 *
 * @param date the date of withdrawal, on or after the enrolment date
 * @param reason why, possibly empty
 */
public record Withdrawal(LocalDate date, String reason) {

    /**
     * Checks the withdrawal.
     *
     * @throws NullPointerException if a component is null
     */
    public Withdrawal {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
