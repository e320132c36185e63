package org.marrow.analysis.endpoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.model.Arm;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.protocol.schedule.Visit;
import org.marrow.study.AdverseEvent;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.StudyEvent;
import org.marrow.study.SubjectRecords;

/**
 * Derives every treated subject's endpoints from a data set and its protocol: the
 * baseline severity and counts, the response at each protocol timepoint by the plan's {@link
 * WindowRule}, the first days of response, superior response and CR, the end of follow-up and the
 * events that end it, and membership of the per-protocol population.
 *
 * <p>Rules come from the protocol: the response criteria set, its SAA reticulocyte threshold, the
 * transfusion look-back and the baseline age ({@code response:}), the visit windows ({@code
 * visits:}) and the regimens ({@code regimens:}, for per protocol). Work is linear in the number of
 * records: each subject's records are grouped once by the data set and each assessment date is
 * assessed at most once.
 */
public final class EndpointDerivation {
    private static final int FIXED_COURSE_MAX_DAYS = 28;

    private EndpointDerivation() {}

    /**
     * Derives the endpoints.
     *
     * @param protocol the protocol the study follows
     * @param dataset the study data set
     * @param plan the analysis plan (usually {@link AnalysisPlan#of(Protocol)})
     * @param asOf the data cut-off, or null to use all data
     * @param progress receives one update per subject (from worker threads, one call at a time,
     *     counts increasing)
     * @return the study's endpoints
     * @throws IllegalArgumentException if an argument other than asOf is null, or a response
     *     timepoint of the protocol is not one of its visits
     */
    public static StudyEndpoints derive(
            Protocol protocol, StudyDataset dataset, AnalysisPlan plan, LocalDate asOf, Progress progress) {
        if (protocol == null || dataset == null || plan == null || progress == null) {
            throw new IllegalArgumentException("Protocol, data set, plan and progress must not be null");
        }
        StudyDataset data = asOf == null ? dataset : DataCut.asOf(dataset, asOf);
        List<Visit> visits = new ArrayList<>();
        for (String name : protocol.response().timepoints()) {
            visits.add(protocol.visit(name)
                    .orElseThrow(() -> new IllegalArgumentException("Protocol " + protocol.id()
                            + ": response timepoint '" + name + "' is not one of its visits")));
        }
        ResponseCriteria criteria = protocol.response().responseCriteria();
        List<SubjectRecords> all = data.bySubject();
        List<SubjectRecords> treated =
                all.stream().filter(r -> r.subject().firstDoseOn().isPresent()).toList();
        int n = treated.size();
        SubjectEndpoints[] derived = new SubjectEndpoints[n];
        Assessor[] assessed = new Assessor[n];
        AtomicLong done = new AtomicLong();
        // Subjects are independent: derive them on all cores, each subject on one thread.
        IntStream.range(0, n).parallel().forEach(i -> {
            Assessor a = new Assessor(treated.get(i), criteria);
            assessed[i] = a;
            derived[i] = subject(protocol, visits, a, asOf);
            synchronized (progress) {
                progress.update("deriving endpoints", done.incrementAndGet(), n);
            }
        });
        Map<String, Assessor> assessors = new LinkedHashMap<>();
        for (Assessor a : assessed) {
            assessors.put(a.records.subject().subjectId(), a);
        }
        return new StudyEndpoints(protocol, plan, asOf, data, visits, List.of(derived), assessors);
    }

    private static SubjectEndpoints subject(Protocol protocol, List<Visit> visits, Assessor a, LocalDate asOf) {
        SubjectRecords r = a.records;
        Map<EventType, Integer> events = new EnumMap<>(EventType.class);
        for (StudyEvent e : r.events()) {
            events.merge(e.type(), a.studyDay(e.date()), Math::min);
        }
        Optional<ExitReason> exit = Optional.empty();
        for (ExitReason reason : ExitReason.values()) {
            Integer day = events.get(reason.event());
            if (day != null && (exit.isEmpty() || day < events.get(exit.get().event()))) {
                exit = Optional.of(reason);
            }
        }
        OptionalInt exitDay = exit.isEmpty()
                ? OptionalInt.empty()
                : OptionalInt.of(events.get(exit.get().event()));
        int lastDataDay = lastDataDay(a);
        int protocolEnd = visits.stream().mapToInt(Visit::windowEnd).max().orElse(lastDataDay);
        int followUp;
        if (exitDay.isPresent()) {
            followUp = exitDay.getAsInt();
        } else if (asOf != null && a.studyDay(asOf) < protocolEnd) {
            followUp = a.studyDay(asOf);
        } else {
            followUp = lastDataDay;
        }
        followUp = Math.max(followUp, 1);

        List<TimepointResponse> timepoints = new ArrayList<>();
        for (Visit v : visits) {
            timepoints.add(timepoint(v, a, exit, exitDay, asOf));
        }
        Optional<ResponseCategory> best =
                timepoints.stream().flatMap(t -> t.category().stream()).min(Comparator.naturalOrder());

        Integer firstResponse = null;
        Integer firstSuperior = null;
        Integer firstCr = null;
        int lastDay = exitDay.orElse(Integer.MAX_VALUE);
        for (LocalDate date : a.dates) {
            int day = a.studyDay(date);
            if (day > lastDay) {
                break;
            }
            Optional<ResponseCategory> c = a.on(date);
            if (c.isEmpty()) {
                continue;
            }
            if (firstResponse == null && c.get().isResponse()) {
                firstResponse = day;
            }
            if (firstSuperior == null && c.get().isSuperior()) {
                firstSuperior = day;
            }
            if (c.get() == ResponseCategory.CR) {
                firstCr = day;
                break;
            }
        }

        Map<LabTest, Double> baseline = new EnumMap<>(LabTest.class);
        for (LabTest test : List.of(LabTest.HGB, LabTest.NEUT, LabTest.PLAT, LabTest.RETI)) {
            a.baseline
                    .count(test)
                    .ifPresent(res -> baseline.put(
                            test, res.value().inCanonicalUnit().amount().doubleValue()));
        }
        Optional<Message> deviation = deviation(protocol, a, followUp);
        return new SubjectEndpoints(
                r.subject().subjectId(),
                r.subject().site(),
                r.subject().arm().orElse(""),
                r.subject().sex(),
                r.subject().ageOn(a.day1),
                a.day1,
                a.baseline.severity().severity(),
                baseline,
                timepoints,
                best,
                optional(firstResponse),
                optional(firstSuperior),
                optional(firstCr),
                followUp,
                events,
                deviation.isEmpty(),
                deviation.orElseGet(() -> perProtocolReason(protocol, a)));
    }

    private static OptionalInt optional(Integer day) {
        return day == null ? OptionalInt.empty() : OptionalInt.of(day);
    }

    private static int lastDataDay(Assessor a) {
        LocalDate last = a.day1;
        SubjectRecords r = a.records;
        for (LabRecord l : r.labs()) {
            last = l.date().isAfter(last) ? l.date() : last;
        }
        for (Dose d : r.doses()) {
            last = d.date().isAfter(last) ? d.date() : last;
        }
        for (var t : r.transfusions()) {
            last = t.date().isAfter(last) ? t.date() : last;
        }
        for (AdverseEvent e : r.adverseEvents()) {
            last = e.startDate().isAfter(last) ? e.startDate() : last;
        }
        for (StudyEvent e : r.events()) {
            last = e.date().isAfter(last) ? e.date() : last;
        }
        return a.studyDay(last);
    }

    private static TimepointResponse timepoint(
            Visit v, Assessor a, Optional<ExitReason> exit, OptionalInt exitDay, LocalDate asOf) {
        Message window = Message.of("analysis.window", v.windowStart(), v.windowEnd(), v.targetDay());
        boolean exitedInWindow = exitDay.isPresent() && exitDay.getAsInt() <= v.windowEnd();
        if (asOf != null && a.date(v.windowEnd()).isAfter(asOf) && !exitedInWindow) {
            return new TimepointResponse(
                    v.name(),
                    TimepointStatus.NOT_YET_DUE,
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    Optional.empty(),
                    Message.of("analysis.timepoint.notYetDue", window, a.date(v.windowEnd()), asOf));
        }
        int lastDay = exitDay.orElse(Integer.MAX_VALUE);
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate d : a.dates) {
            int day = a.studyDay(d);
            if (day >= v.windowStart() && day <= v.windowEnd() && day <= lastDay) {
                candidates.add(d);
            }
        }
        candidates.sort(Comparator.<LocalDate>comparingInt(d -> Math.abs(a.studyDay(d) - v.targetDay()))
                .thenComparing(Comparator.reverseOrder()));
        for (LocalDate d : candidates) {
            Optional<ResponseCategory> c = a.on(d);
            if (c.isPresent()) {
                return new TimepointResponse(
                        v.name(),
                        TimepointStatus.ASSESSED,
                        c,
                        Optional.of(d),
                        a.studyDay(d),
                        Optional.empty(),
                        Message.of("analysis.timepoint.assessed", c.get(), d, a.studyDay(d), window));
            }
        }
        if (exitedInWindow) {
            return new TimepointResponse(
                    v.name(),
                    TimepointStatus.NOT_ASSESSABLE,
                    Optional.empty(),
                    Optional.empty(),
                    0,
                    exit,
                    Message.of("analysis.timepoint.exited", exit.orElseThrow(), exitDay.getAsInt(), window));
        }
        return new TimepointResponse(
                v.name(),
                TimepointStatus.NOT_ASSESSABLE,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                Message.of("analysis.timepoint.noCounts", window));
    }

    /** The regimens a subject's arm follows, empty if the arm is not one of the protocol's. */
    private static Optional<List<Regimen>> regimens(Protocol protocol, Assessor a) {
        if (protocol.arms().size() == 1) {
            return Optional.of(protocol.regimens());
        }
        String arm = a.records.subject().arm().orElse("");
        return protocol.arms().stream()
                .filter(x -> x.id().equalsIgnoreCase(arm) || x.name().equalsIgnoreCase(arm))
                .findFirst()
                .map(Arm::id)
                .map(protocol::regimensFor);
    }

    /** The scheduled days of a fixed-course regimen the subject missed up to the end of follow-up. */
    private static List<Integer> missedDays(Regimen reg, Drug drug, Assessor a, int followUp) {
        Set<Integer> days = new HashSet<>();
        for (Dose d : a.records.doses()) {
            if (d.drug() == drug && d.amount().compareTo(BigDecimal.ZERO) > 0) {
                days.add(a.studyDay(d.date()));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (DayRange range : reg.days()) {
            for (int day = range.from(); day <= range.to().getAsInt() && day <= followUp; day++) {
                if (!days.contains(day)) {
                    missing.add(day);
                }
            }
        }
        return missing;
    }

    /** A fixed-course regimen and the drug of its doses. */
    private record Course(Regimen regimen, Drug drug) {}

    /** The fixed-course regimens of the subject's arm with their drugs (Marrow's per-protocol rule). */
    private static List<Course> checked(List<Regimen> regimens) {
        List<Course> out = new ArrayList<>();
        for (Regimen reg : regimens) {
            if (fixedCourse(reg)) {
                Drug.byId(reg.drug().id()).ifPresent(drug -> out.add(new Course(reg, drug)));
            }
        }
        return out;
    }

    /** Why the subject is not per protocol, empty if it is (see {@link Population#PER_PROTOCOL}). */
    private static Optional<Message> deviation(Protocol protocol, Assessor a, int followUp) {
        Optional<List<Regimen>> regimens = regimens(protocol, a);
        if (regimens.isEmpty()) {
            return Optional.of(Message.of(
                    "analysis.perProtocol.notAnArm", a.records.subject().arm().orElse(""), protocol.id()));
        }
        Message missed = null;
        for (Course c : checked(regimens.get())) {
            List<Integer> missing = missedDays(c.regimen(), c.drug(), a, followUp);
            if (!missing.isEmpty()) {
                Message one = Message.of(
                        "analysis.perProtocol.missedRegimen", c.regimen().id(), missing);
                missed = missed == null ? one : Message.of("analysis.list.semicolon", missed, one);
            }
        }
        return missed == null ? Optional.empty() : Optional.of(Message.of("analysis.perProtocol.missed", missed));
    }

    /** Why a subject without a deviation is per protocol. */
    private static Message perProtocolReason(Protocol protocol, Assessor a) {
        List<Message> received = new ArrayList<>();
        for (Course c : checked(regimens(protocol, a).orElseThrow())) {
            Regimen reg = c.regimen();
            List<Message> days =
                    reg.days().stream().map(EndpointDerivation::days).toList();
            received.add(Message.of("analysis.perProtocol.regimen", reg.id(), days));
        }
        return received.isEmpty()
                ? Message.of("analysis.perProtocol.noFixedCourse")
                : Message.of("analysis.perProtocol.received", received);
    }

    /** A regimen's day range as the reasons name it: {@code days 1-5}, {@code day 29}, {@code from day 1}. */
    static Message days(DayRange range) {
        if (range.to().isEmpty()) {
            return Message.of("analysis.days.from", range.from());
        }
        return range.to().getAsInt() == range.from()
                ? Message.of("analysis.days.single", range.from())
                : Message.of("analysis.days.range", range.from(), range.to().getAsInt());
    }

    private static boolean fixedCourse(Regimen reg) {
        int total = 0;
        for (DayRange r : reg.days()) {
            if (r.to().isEmpty()) {
                return false;
            }
            total += r.to().getAsInt() - r.from() + 1;
        }
        return total <= FIXED_COURSE_MAX_DAYS;
    }
}
