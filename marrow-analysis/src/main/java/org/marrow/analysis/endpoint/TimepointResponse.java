package org.marrow.analysis.endpoint;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.response.ResponseCategory;

/**
 * A subject's response at one protocol timepoint, chosen by the {@link WindowRule}.
 *
 * @param timepoint the visit name, for example {@code month-3}
 * @param status assessed, not assessable, or not yet due
 * @param category the category when assessed
 * @param date the date of the assessment used, when assessed
 * @param studyDay its study day (day 1 = first dose), or 0 when not assessed
 * @param exit for a subject not assessable, the exit that ended follow-up before the window closed
 * @param reason why: which date was chosen and why, or why there is none ({@code analysis.timepoint.*})
 */
public record TimepointResponse(
        String timepoint,
        TimepointStatus status,
        Optional<ResponseCategory> category,
        Optional<LocalDate> date,
        int studyDay,
        Optional<ExitReason> exit,
        Message reason) {

    /**
     * Checks the value.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the category is present exactly when not assessed, or an
     *     exit is given for a timepoint that is not NOT_ASSESSABLE
     */
    public TimepointResponse {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(reason, "reason");
        if (category.isPresent() != (status == TimepointStatus.ASSESSED)) {
            throw new IllegalArgumentException("Timepoint " + timepoint + ": a category (" + category
                    + ") goes with status ASSESSED, not " + status);
        }
        if (exit.isPresent() && status != TimepointStatus.NOT_ASSESSABLE) {
            throw new IllegalArgumentException("Timepoint " + timepoint + ": an exit (" + exit.get()
                    + ") goes with status NOT_ASSESSABLE, not " + status);
        }
    }

    /**
     * Whether the subject responded (CR, VGPR, GPR or PR, or the criteria set's response).
     *
     * @return true for an assessed response
     */
    public boolean isResponse() {
        return category.map(ResponseCategory::isResponse).orElse(false);
    }

    /**
     * The subject's state at the timepoint: the category; the exit or not assessed; not yet due.
     *
     * @return the state
     */
    public TimepointState state() {
        return switch (status) {
            case ASSESSED -> TimepointState.of(category.orElseThrow());
            case NOT_YET_DUE -> TimepointState.NOT_YET_DUE;
            case NOT_ASSESSABLE -> exit.map(TimepointState::of).orElse(TimepointState.NOT_ASSESSED);
        };
    }
}
