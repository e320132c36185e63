package org.marrow.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.CriteriaSet;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.Severity;
import org.marrow.clinical.severity.SeverityCriteria;
import org.marrow.clinical.transfusion.TransfusionHistory;
import org.marrow.dataset.DatasetReader;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.LabRecord;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;

/**
 * The committed example data set examples/ctx-ist assessed with marrow-clinical's rules, as the tests
 * need it: one {@link Assessed} per treated subject.
 */
final class CtxIstExample {
    static final ResponseCriteria FIVE_TIER = ResponseCriteria.of(CriteriaSet.FIVE_TIER);

    private CtxIstExample() {}

    /** The example folder, from the module directory (surefire's working directory) or the root. */
    static Path folder() {
        Path fromModule = Path.of("..", "examples", "ctx-ist");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "ctx-ist");
    }

    static StudyDataset read() {
        return DatasetReader.read(folder());
    }

    /**
     * One treated subject: baseline severity, the category at day 90 and day 180 (empty if the rules
     * cannot decide, e.g. no counts), the first study day of any response and of a superior response
     * over all lab dates to day 180, the cyclophosphamide infusions and the events.
     */
    record Assessed(
            SubjectRecords records,
            LocalDate day1,
            Optional<Severity> severity,
            Optional<ResponseCategory> month3,
            Optional<ResponseCategory> month6,
            Optional<Integer> firstResponseDay,
            Optional<Integer> firstSuperiorDay,
            long ctxInfusions) {

        boolean has(EventType type) {
            return !records.events(type).isEmpty();
        }

        LocalDate date(int studyDay) {
            return day1.plusDays(studyDay - 1L);
        }

        /** The month-6 outcome as the Sankey shows it: the category, or HSCT, DEATH or LOST. */
        String month6Outcome() {
            if (has(EventType.LOST_TO_FOLLOW_UP)) {
                return "LOST";
            }
            if (has(EventType.HSCT)) {
                return "HSCT";
            }
            if (has(EventType.DEATH)) {
                return "DEATH";
            }
            return month6.map(Enum::name).orElse("UNKNOWN");
        }
    }

    static List<Assessed> assess(StudyDataset dataset) {
        List<Assessed> all = new ArrayList<>();
        SeverityCriteria severity = SeverityCriteria.document000();
        for (SubjectRecords r : dataset.bySubject()) {
            if (r.subject().firstDoseOn().isEmpty()) {
                continue;
            }
            LocalDate day1 = r.subject().firstDoseOn().get();
            LabHistory labs = r.labHistory();
            TransfusionHistory transfusions = r.transfusionHistory();
            Baseline baseline = FIVE_TIER.baseline(labs, transfusions, day1);
            Optional<Integer> firstResponse = Optional.empty();
            Optional<Integer> firstSuperior = Optional.empty();
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (LabRecord lab : r.labs()) {
                dates.add(lab.date());
            }
            for (LocalDate date : dates) {
                int day = (int) (date.toEpochDay() - day1.toEpochDay()) + 1;
                if (day < 2 || day > 180 || (firstResponse.isPresent() && firstSuperior.isPresent())) {
                    continue;
                }
                Optional<ResponseCategory> c =
                        FIVE_TIER.assess(labs, transfusions, date, baseline).category();
                if (c.isPresent() && c.get().isResponse() && firstResponse.isEmpty()) {
                    firstResponse = Optional.of(day);
                }
                if (c.isPresent() && c.get().isSuperior() && firstSuperior.isEmpty()) {
                    firstSuperior = Optional.of(day);
                }
            }
            long ctx = r.doses().stream()
                    .map(Dose::drug)
                    .filter(d -> d == Drug.CYCLOPHOSPHAMIDE)
                    .count();
            all.add(new Assessed(
                    r,
                    day1,
                    severity.assess(labs, transfusions, day1).severity(),
                    FIVE_TIER
                            .assess(labs, transfusions, day1.plusDays(89), baseline)
                            .category(),
                    FIVE_TIER
                            .assess(labs, transfusions, day1.plusDays(179), baseline)
                            .category(),
                    firstResponse,
                    firstSuperior,
                    ctx));
        }
        return all;
    }

    /**
     * Days with ANC below 1.0 x10^9/L in the run that starts in a cyclophosphamide cycle: the first
     * day from the cycle's first dose (study day {@code cycleStart}) to 13 days later with a count
     * below 1.0 (each day taking the latest count on or before it) starts the run; its length is the
     * number of consecutive days below 1.0 from there. 0 if no day of the 14 is below 1.0.
     */
    static int neutropeniaDays(Assessed a, int cycleStart) {
        LabHistory labs = a.records().labHistory();
        int start = -1;
        for (int d = cycleStart; d < cycleStart + 14 && start < 0; d++) {
            if (below(labs, a.date(d))) {
                start = d;
            }
        }
        if (start < 0) {
            return 0;
        }
        int days = 0;
        while (below(labs, a.date(start + days))) {
            days++;
        }
        return days;
    }

    private static boolean below(LabHistory labs, LocalDate date) {
        return labs.latest(LabTest.NEUT, date)
                .map(r -> r.value().inCanonicalUnit().amount().compareTo(java.math.BigDecimal.ONE) < 0)
                .orElse(false);
    }
}
