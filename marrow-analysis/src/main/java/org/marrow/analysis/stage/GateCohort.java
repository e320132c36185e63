package org.marrow.analysis.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marrow.analysis.endpoint.ExitReason;
import org.marrow.analysis.endpoint.StudyEndpoints;
import org.marrow.analysis.endpoint.SubjectEndpoints;
import org.marrow.analysis.endpoint.TimepointResponse;
import org.marrow.analysis.endpoint.TimepointStatus;

/**
 * The treated subjects a gate counts, in order of first dose (then subject id), by the rule of {@link
 * PrimaryTimepoint}: the first n of them, dropouts skipped when they are replaced.
 */
final class GateCohort {
    /** Where a counted subject stands at the timepoint. */
    enum State {
        /** Window still open: may yet respond. */
        PENDING,
        /** Evaluated, responded. */
        RESPONSE,
        /** Evaluated: did not respond, or not assessable (ITT). */
        NO_RESPONSE
    }

    /** A counted subject and where it stands. */
    record Member(SubjectEndpoints subject, State state) {}

    /**
     * The first subjects of a gate's look.
     *
     * @param size the look's size
     * @param members the subjects counted, at most size
     * @param replaced dropouts skipped on the way (0 unless dropouts are replaced)
     */
    record Look(int size, List<Member> members, int replaced) {
        int evaluated() {
            return (int)
                    members.stream().filter(m -> m.state() != State.PENDING).count();
        }

        int responses() {
            return (int)
                    members.stream().filter(m -> m.state() == State.RESPONSE).count();
        }
    }

    private final PrimaryTimepoint timepoint;
    private final List<SubjectEndpoints> treated;

    GateCohort(StudyEndpoints endpoints, PrimaryTimepoint timepoint) {
        this.timepoint = timepoint;
        this.treated = new ArrayList<>(endpoints.subjects());
        this.treated.sort(Comparator.comparing(SubjectEndpoints::firstDose).thenComparing(SubjectEndpoints::subjectId));
    }

    /** The first {@code size} subjects counted, dropouts skipped when they are replaced. */
    Look first(int size) {
        List<Member> members = new ArrayList<>();
        int replaced = 0;
        for (SubjectEndpoints s : treated) {
            if (members.size() == size) {
                break;
            }
            TimepointResponse t = s.at(timepoint.visit().name()).orElseThrow();
            if (timepoint.dropoutsReplaced() && isDropout(t)) {
                replaced++;
                continue;
            }
            State state;
            if (t.status() == TimepointStatus.NOT_YET_DUE) {
                state = State.PENDING;
            } else if (t.category().map(timepoint.measure()::includes).orElse(false)) {
                state = State.RESPONSE;
            } else {
                state = State.NO_RESPONSE;
            }
            members.add(new Member(s, state));
        }
        return new Look(size, members, replaced);
    }

    /** Withdrawn or lost to follow-up before the assessment. */
    static boolean isDropout(TimepointResponse t) {
        return t.status() == TimepointStatus.NOT_ASSESSABLE
                && t.exit()
                        .map(e -> e == ExitReason.WITHDRAWN || e == ExitReason.LOST_TO_FOLLOW_UP)
                        .orElse(false);
    }
}
