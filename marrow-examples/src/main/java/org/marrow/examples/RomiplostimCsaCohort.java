package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.dose.DoseAction;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;
import org.marrow.study.TransfusionRecord;

/**
 * The synthetic cohort of trial document 003 (romiplostim N01 + CsA in AA refractory to IST plus
 * TPO-RA), planned for protocol {@code romiplostim-csa} so that the interim analysis as of 2025-07-31
 * reproduces the abstract's numbers (examples/romiplostim-csa/PUBLISHED.md). NO REAL PATIENT DATA.
 *
 * <p>16 patients enrolled from June 2024 to July 2025; 11 completed week 26 by the cut-off (first
 * doses up to 2025-01-20), 2 more passed week 13, 3 had not reached it. Among the 11: severity at
 * enrolment 6 SAA, 1 TD-NSAA, 4 NTD-NSAA; at week 13, 9 respond (1 CR) by the lineage criteria; at
 * week 26 the same 9 (2 CR). Romiplostim starts at 10 ug/kg weekly and is escalated by the protocol's
 * own dose advice (marrow-protocol {@link DoseAdvisor}: +5 ug/kg every 2 weeks without a lineage
 * response, at most 20 ug/kg); CsA 4 mg/kg/day to week 26. Every patient's data run to week 26, so
 * the data set also holds what came after the cut-off.
 */
public final class RomiplostimCsaCohort {
    /** The seed of the committed data set examples/romiplostim-csa. */
    public static final long EXAMPLE_SEED = 20250731L;

    static final String PROTOCOL = "romiplostim-csa";
    static final String ARM = "romiplostim-csa";
    static final String SITE = "lead-site";
    /** The abstract's data cut-off (l.11). */
    public static final LocalDate CUT_OFF = LocalDate.of(2025, 7, 31);

    static final List<Integer> VISITS = List.of(8, 15, 29, 43, 57, 71, 85, 92, 106, 120, 134, 148, 162, 176, 183);

    private RomiplostimCsaCohort() {}

    /** One patient: first dose, severity, first response day (0 none), CR days at week 13 and 26. */
    private record Plan(LocalDate day1, Profile profile, int response, boolean crW13, boolean crW26) {}

    private static List<Plan> plans() {
        List<Plan> p = new ArrayList<>();
        // The 11 who completed week 26 (first doses to 2025-01-20): 6 SAA, 1 TD-NSAA, 4 NTD-NSAA;
        // 9 respond by week 13 (1 CR at week 13, a second CR by week 26).
        Profile[] completers = {
            Profile.SAA,
            Profile.NSAA_NTD,
            Profile.SAA,
            Profile.NSAA_TD,
            Profile.SAA,
            Profile.NSAA_NTD,
            Profile.SAA,
            Profile.NSAA_NTD,
            Profile.SAA,
            Profile.NSAA_NTD,
            Profile.SAA
        };
        int[] response = {57, 43, 71, 0, 85, 57, 43, 71, 0, 85, 57};
        LocalDate start = LocalDate.of(2024, 6, 17);
        for (int i = 0; i < completers.length; i++) {
            p.add(new Plan(start.plusDays(i * 21L), completers[i], response[i], i == 1, i == 1 || i == 6));
        }
        // Two past week 13 at the cut-off (one responds), three not yet at week 13.
        p.add(new Plan(LocalDate.of(2025, 2, 10), Profile.SAA, 71, false, false));
        p.add(new Plan(LocalDate.of(2025, 3, 24), Profile.NSAA_TD, 0, false, false));
        p.add(new Plan(LocalDate.of(2025, 5, 5), Profile.NSAA_NTD, 43, false, false));
        p.add(new Plan(LocalDate.of(2025, 6, 2), Profile.SAA, 0, false, false));
        p.add(new Plan(LocalDate.of(2025, 6, 30), Profile.NSAA_NTD, 0, false, false));
        return p;
    }

    /**
     * The cohort's data set.
     *
     * @param seed the seed
     * @return the data set
     * @throws IllegalStateException if the plan cannot be met
     */
    public static StudyDataset generate(long seed) {
        Protocol protocol = ProtocolRegistry.bundled().resolve(PROTOCOL);
        CourseBuilder builder = new CourseBuilder(protocol.response().responseCriteria(), CountsModel.LINEAGE);
        DoseAdvisor advisor = DoseAdvisor.of(protocol);
        ExampleRecords out = new ExampleRecords();
        List<Plan> plans = plans();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            UniformRandomProvider r = Trials.stream(seed, i);
            String id = String.format("RC-%02d", i + 1);
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            BigDecimal[] body = Trials.body(r, sex);
            Subject subject = Trials.subject(out, id, SITE, ARM, sex, 19 + r.nextInt(50), plan.day1(), body, r);
            NavigableMap<Integer, ResponseCategory> course = Trials.course();
            if (plan.response() > 0) {
                course.put(plan.response(), ResponseCategory.PR);
            }
            if (plan.crW13()) {
                course.put(92, ResponseCategory.CR);
            } else if (plan.crW26()) {
                course.put(162, ResponseCategory.CR);
            }
            Counts base = baseline(plan.profile(), r);
            int cellularity = plan.profile().severe() ? 8 + r.nextInt(15) : 25 + r.nextInt(15);
            int labsBefore = out.labs.size();
            int transfusionsBefore = out.transfusions.size();
            builder.write(
                    new CourseBuilder.Plan(
                            id, plan.day1(), plan.profile(), base, cellularity, course, Integer.MAX_VALUE, VISITS, 183),
                    r,
                    out);
            doses(
                    out,
                    advisor,
                    subject,
                    out.labs.subList(labsBefore, out.labs.size()),
                    out.transfusions.subList(transfusionsBefore, out.transfusions.size()),
                    body[0]);
            LocalDate screening = plan.day1().minusDays(7);
            out.history(id, "prior_ist_weeks", String.valueOf(16 + r.nextInt(40)), screening.minusDays(10));
            out.history(id, "prior_tpo_ra_weeks", String.valueOf(14 + r.nextInt(30)), screening.minusDays(10));
            out.history(id, "prior_ist_response", "NR", screening);
            out.history(id, "x_informed_consent", "yes", screening);
        }
        return out.dataset(RecordType.SCREENING_HISTORY);
    }

    /** Baseline counts with platelets below 30 x10^9/L (l.11); SAA below 20 with reticulocytes below 20. */
    private static Counts baseline(Profile profile, UniformRandomProvider r) {
        if (profile.severe()) {
            return new Counts(
                    BigDecimal.valueOf(60 + r.nextInt(28)),
                    BigDecimal.valueOf(4 + r.nextInt(14)),
                    Counts.scaled(r, 25, 90, 2),
                    Counts.scaled(r, 60, 180, 1));
        }
        return new Counts(
                BigDecimal.valueOf(62 + r.nextInt(28)),
                BigDecimal.valueOf(20 + r.nextInt(9)),
                Counts.scaled(r, 60, 130, 2),
                Counts.scaled(r, 250, 500, 1));
    }

    /**
     * Romiplostim weekly on days 1, 8, ... 176 at the dose the protocol's advice gives on each dose day
     * (10 ug/kg to start; +5 ug/kg every 2 weeks without a lineage response; at most 20); CsA 4
     * mg/kg/day (nearest 25 mg) daily to day 182.
     */
    private static void doses(
            ExampleRecords out,
            DoseAdvisor advisor,
            Subject subject,
            List<org.marrow.study.LabRecord> labs,
            List<TransfusionRecord> transfusions,
            BigDecimal weight) {
        String id = subject.subjectId();
        LocalDate day1 = subject.firstDoseOn().orElseThrow();
        List<Dose> given = new ArrayList<>();
        BigDecimal current = BigDecimal.TEN;
        BigDecimal csa = BigDecimal.valueOf(Math.round(weight.doubleValue() * 4 / 25) * 25);
        for (int day = 1; day <= 182; day++) {
            LocalDate d = day1.plusDays(day - 1L);
            if ((day - 1) % 7 == 0) {
                if (day > 1) {
                    SubjectRecords records = new SubjectRecords(
                            subject,
                            List.copyOf(labs),
                            transfusions.stream()
                                    .map(TransfusionRecord::transfusion)
                                    .toList(),
                            List.copyOf(given),
                            List.of(),
                            List.of(),
                            List.of());
                    Optional<DoseAdvice> advice = advisor.advise(records, d).stream()
                            .filter(a -> a.drug() == Drug.ROMIPLOSTIM)
                            .findFirst();
                    if (advice.isPresent()
                            && advice.get().action() == DoseAction.INCREASE
                            && advice.get().amount().flatMap(a -> a.perKgMin()).isPresent()) {
                        current = advice.get().amount().get().perKgMin().get();
                    }
                }
                Dose dose = new Dose(id, d, Drug.ROMIPLOSTIM, current.stripTrailingZeros(), DoseUnit.UG_PER_KG);
                given.add(dose);
                out.doses.add(dose);
            }
            Dose cyclosporine = new Dose(id, d, Drug.CSA, csa, DoseUnit.MG);
            given.add(cyclosporine);
            out.doses.add(cyclosporine);
        }
    }
}
