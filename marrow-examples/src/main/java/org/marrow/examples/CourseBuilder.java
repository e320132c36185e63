package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.finding.Outcome;
import org.marrow.clinical.labs.LabHistory;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.response.Baseline;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.response.ResponseCriteria;
import org.marrow.clinical.severity.SeverityAssessment;
import org.marrow.clinical.transfusion.BloodProduct;
import org.marrow.clinical.transfusion.Transfusion;
import org.marrow.clinical.transfusion.TransfusionHistory;

/**
 * One synthetic patient's blood counts and transfusions over a planned response course, drawn so that
 * the protocol's own response criteria give the planned category on every visit: each visit's counts
 * are drawn by the {@link CountsModel} and checked with marrow-clinical's {@link ResponseCriteria},
 * and drawn again (up to {@value #ATTEMPTS} times) until they agree.
 *
 * <p>Transfusions: a patient transfused at enrolment ({@link Profile#transfused()}) gets platelets (1
 * unit) every 14 days from day -49 and red cells (2 units) every 21 days from day -42 while in NR,
 * never in the 56 days before a response (transfusion independence, the criteria's look-back). Under
 * the lineage criteria only CR needs independence: the transfusions go on, at the same pace (no fewer
 * red cell units, which would be an erythroid response), through a partial response.
 */
final class CourseBuilder {
    static final int ATTEMPTS = 400;
    private static final int LOOKBACK = 56;

    private final ResponseCriteria criteria;
    private final CountsModel model;

    CourseBuilder(ResponseCriteria criteria, CountsModel model) {
        this.criteria = criteria;
        this.model = model;
    }

    /**
     * A planned course.
     *
     * @param id the subject
     * @param day1 the first dose date
     * @param profile the severity at enrolment
     * @param baseline the counts on day 1
     * @param cellularity the marrow cellularity at screening (day -7), %
     * @param course the category from each day on (the first entry on day 1 is NR)
     * @param plateletsHighFrom the first day platelets are at least 100 x10^9/L, if ever
     * @param visits the visit days after day 1 with a full blood count, in order
     * @param lastDay the last day with data
     */
    record Plan(
            String id,
            LocalDate day1,
            Profile profile,
            Counts baseline,
            int cellularity,
            NavigableMap<Integer, ResponseCategory> course,
            int plateletsHighFrom,
            List<Integer> visits,
            int lastDay) {

        ResponseCategory categoryOn(int day) {
            Map.Entry<Integer, ResponseCategory> e = course.floorEntry(day);
            return e == null ? ResponseCategory.NR : e.getValue();
        }

        LocalDate date(int day) {
            return day1.plusDays(day - 1L);
        }

        boolean transfusionAllowed(int day, boolean onlyCrNeedsIndependence) {
            ResponseCategory now = categoryOn(day);
            if (!profile.transfused()
                    || day > lastDay
                    || now == ResponseCategory.CR
                    || now != ResponseCategory.NR && !onlyCrNeedsIndependence) {
                return false;
            }
            for (int r = day; r < day + LOOKBACK; r++) {
                ResponseCategory then = categoryOn(r);
                if (then == ResponseCategory.CR || then.isResponse() && !onlyCrNeedsIndependence) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The counts written on each visit day (day 1 included), for what a trial adds on top. */
    record Course(TreeMap<Integer, Counts> counts) {}

    /**
     * Writes a patient's screening cellularity, counts and transfusions.
     *
     * @param plan the plan
     * @param rng the patient's random stream
     * @param out the records
     * @return the counts of each visit
     * @throws IllegalStateException if a visit's counts cannot meet the planned category
     */
    Course write(Plan plan, UniformRandomProvider rng, ExampleRecords out) {
        String id = plan.id();
        List<Transfusion> transfusions = new ArrayList<>();
        for (int day = -49; day <= plan.lastDay(); day++) {
            boolean plt = Math.floorMod(day + 49, 14) == 0;
            boolean rbc = day >= -42 && Math.floorMod(day + 42, 21) == 0;
            if ((plt || rbc) && plan.transfusionAllowed(day, model == CountsModel.LINEAGE)) {
                if (rbc) {
                    transfusions.add(new Transfusion(plan.date(day), BloodProduct.RBC, 2));
                }
                if (plt) {
                    transfusions.add(new Transfusion(plan.date(day), BloodProduct.PLT, 1));
                }
            }
        }
        List<LabResult> labs = new ArrayList<>();
        LocalDate screening = plan.date(-7);
        labs.add(new LabResult(
                screening, LabValue.of(LabTest.CELLULARITY, BigDecimal.valueOf(plan.cellularity()), Unit.PERCENT)));
        out.lab(id, screening, LabTest.CELLULARITY, BigDecimal.valueOf(plan.cellularity()), Unit.PERCENT);
        add(labs, plan.date(1), plan.baseline());
        plan.baseline().write(out, id, plan.date(1));
        // Complete from 8 weeks before enrolment (on day 1), as SubjectRecords takes it.
        TransfusionHistory history =
                TransfusionHistory.of(transfusions, plan.date(1).minusDays(LOOKBACK));
        Baseline baseline = criteria.baseline(LabHistory.of(labs), history, plan.date(1));
        Profile found = profile(baseline.severity());
        if (found != plan.profile()) {
            throw new IllegalStateException(
                    "Baseline of " + id + " is " + found + ", planned " + plan.profile() + ": " + plan.baseline());
        }
        TreeMap<Integer, Counts> written = new TreeMap<>();
        written.put(1, plan.baseline());
        for (int day : plan.visits()) {
            if (day <= 1 || day > plan.lastDay()) {
                continue;
            }
            ResponseCategory target = plan.categoryOn(day);
            boolean high = day >= plan.plateletsHighFrom();
            Counts chosen = null;
            for (int attempt = 0; attempt < ATTEMPTS && chosen == null; attempt++) {
                Counts c = model.draw(rng, target, plan.baseline(), plan.profile(), high);
                List<LabResult> trial = new ArrayList<>(labs);
                add(trial, plan.date(day), c);
                Optional<ResponseCategory> got =
                        criteria.category(LabHistory.of(trial), history, plan.date(day), baseline);
                boolean platelets = target == ResponseCategory.CR || high == (c.platelets() >= 100);
                if (got.equals(Optional.of(target)) && platelets) {
                    chosen = c;
                }
            }
            if (chosen == null) {
                throw new IllegalStateException("Counts of " + id + " on day " + day + " cannot meet " + target);
            }
            add(labs, plan.date(day), chosen);
            chosen.write(out, id, plan.date(day));
            written.put(day, chosen);
        }
        for (Transfusion t : transfusions) {
            out.transfusion(id, t);
        }
        return new Course(written);
    }

    /** The profile a baseline assessment shows; null when it shows none of them. */
    static Profile profile(SeverityAssessment a) {
        if (a.severity().isEmpty()) {
            return null;
        }
        return switch (a.severity().get()) {
            case VERY_SEVERE -> Profile.VSAA;
            case SEVERE -> Profile.SAA;
            case NON_SEVERE ->
                a.transfusionDependence().map(f -> f.outcome()).orElse(Outcome.UNKNOWN) == Outcome.MET
                        ? Profile.NSAA_TD
                        : a.transfusionDependence().map(f -> f.outcome()).orElse(Outcome.UNKNOWN) == Outcome.NOT_MET
                                ? Profile.NSAA_NTD
                                : null;
        };
    }

    private static void add(List<LabResult> labs, LocalDate date, Counts c) {
        labs.add(new LabResult(date, LabValue.of(LabTest.HGB, c.hgb(), Unit.G_PER_L)));
        labs.add(new LabResult(date, LabValue.of(LabTest.PLAT, c.plat(), Unit.E9_PER_L)));
        labs.add(new LabResult(date, LabValue.of(LabTest.NEUT, c.neut(), Unit.E9_PER_L)));
        labs.add(new LabResult(date, LabValue.of(LabTest.RETI, c.reti(), Unit.E9_PER_L)));
    }
}
