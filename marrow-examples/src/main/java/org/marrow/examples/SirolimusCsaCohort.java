package org.marrow.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.design.Randomization;
import org.marrow.protocol.dose.DoseAction;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.model.Arm;
import org.marrow.stats.randomization.Allocation;
import org.marrow.stats.randomization.PermutedBlockDesign;
import org.marrow.study.Dose;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.LabRecord;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;
import org.marrow.study.SubjectRecords;
import org.marrow.study.TransfusionRecord;

/**
 * The synthetic cohort of trial document 004 (sirolimus with or without CsA in AA refractory or
 * intolerant to CsA, randomized 1:3, 40 patients), planned for protocol {@code sirolimus-csa}
 * (examples/sirolimus-csa/PUBLISHED.md). NO REAL PATIENT DATA; the document's results are pending, so
 * the responses are Marrow's choice.
 *
 * <p>40 patients enrolled every 9 days from 2025-02-10 take their arms in order from the protocol's
 * own randomization list (marrow-stats {@link PermutedBlockDesign} over the protocol's arms, ratios
 * 1:3 and block size 4, seeded by the example's seed): 10 sirolimus alone, 30 sirolimus + CsA. Marrow's
 * choice of responses (standard criteria): sirolimus alone 3 at week 13 (no CR), 4 at week 25 (1 CR);
 * sirolimus + CsA 12 at week 13 (2 CR), 17 at week 25 (5 CR). The doses follow the protocol's own
 * trough titration (marrow-protocol {@link DoseAdvisor}): each starts at the lowest dose (sirolimus 1
 * mg daily, CsA 25 mg q12h, one doses.csv row per administration), a trough is drawn at every visit and
 * the next day's dose is what the advice says (1 mg / 25 mg steps toward 4-12 ng/mL and 120-180 ng/mL;
 * CsA at most 50 mg q12h when the creatinine clearance is below 60 mL/min). Each patient's trough per
 * mg is drawn once, with 15% noise per level.
 */
public final class SirolimusCsaCohort {
    /** The seed of the committed data set examples/sirolimus-csa. */
    public static final long EXAMPLE_SEED = 20250126L;

    static final String PROTOCOL = "sirolimus-csa";
    static final String SIROLIMUS = "sirolimus";
    static final String COMBINATION = "sirolimus-csa";
    static final String SITE = "pumch";
    static final int SIZE = 40;
    static final int LAST_DAY = 176;
    static final List<Integer> VISITS = List.of(8, 15, 22, 29, 36, 43, 57, 71, 85, 92, 106, 120, 134, 148, 162, 176);

    private static final String[] NO = {
        "csa_intolerant",
        "active_infection",
        "pregnant_or_breastfeeding",
        "x_pancytopenia_other_cause",
        "clonal_disease",
        "prior_hsct",
        "prior_sirolimus",
        "x_sirolimus_allergy",
        "x_csa_severe_adverse_event",
        "uncontrolled_infection",
        "x_uncontrolled_bleeding",
        "x_hiv_hcv_hbv_cirrhosis_portal_hypertension",
        "x_malignancy",
        "x_thromboembolic_history_or_anticoagulants",
        "x_other_trial"
    };

    private SirolimusCsaCohort() {}

    /**
     * The arms of the protocol's randomization list for the cohort, in enrolment order.
     *
     * @param protocol the sirolimus-csa protocol
     * @param seed the list's seed
     * @return one arm id per patient
     */
    static List<String> allocations(Protocol protocol, long seed) {
        List<Arm> arms = protocol.arms();
        Randomization randomization = protocol.design().randomization().orElseThrow();
        PermutedBlockDesign design = PermutedBlockDesign.of(
                        arms.stream().map(Arm::id).toList(),
                        arms.stream().mapToInt(Arm::ratio).toArray())
                .withBlockSizes(randomization.blockSizes().stream()
                        .mapToInt(Integer::intValue)
                        .toArray());
        return design.generate(SIZE, seed).allocations().stream()
                .map(Allocation::arm)
                .toList();
    }

    /**
     * The cohort's data set.
     *
     * @param seed the seed
     * @return the data set
     * @throws IllegalStateException if the plan cannot be met
     */
    public static StudyDataset generate(long seed) {
        UniformRandomProvider rng = Trials.stream(seed, -1);
        Protocol protocol = ProtocolRegistry.bundled().resolve(PROTOCOL);
        CourseBuilder severe = new CourseBuilder(protocol.response().responseCriteria(), CountsModel.STANDARD_SEVERE);
        CourseBuilder nonSevere = new CourseBuilder(protocol.response().responseCriteria(), CountsModel.STANDARD_NSAA);
        DoseAdvisor advisor = DoseAdvisor.of(protocol);
        List<String> arms = allocations(protocol, seed);
        // Per arm, the patients' courses in order: {first response day (0 none), CR day (0 none)}.
        List<int[]> alone = courses(10, 3, 0, 1, 1, rng);
        List<int[]> combined = courses(30, 12, 2, 5, 5, rng);
        ExampleRecords out = new ExampleRecords();
        LocalDate first = LocalDate.of(2025, 2, 10);
        int nextAlone = 0;
        int nextCombined = 0;
        for (int i = 0; i < SIZE; i++) {
            UniformRandomProvider r = Trials.stream(seed, i);
            String arm = arms.get(i);
            int[] plan = arm.equals(SIROLIMUS) ? alone.get(nextAlone++) : combined.get(nextCombined++);
            String id = String.format("SR-%02d", i + 1);
            LocalDate day1 = first.plusDays(i * 9L);
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            BigDecimal[] body = Trials.body(r, sex);
            Subject subject = Trials.subject(out, id, SITE, arm, sex, 18 + r.nextInt(52), day1, body, r);
            Profile profile = r.nextInt(5) < 2 ? Profile.SAA : r.nextBoolean() ? Profile.NSAA_TD : Profile.NSAA_NTD;
            NavigableMap<Integer, ResponseCategory> course = Trials.course();
            if (plan[0] > 0) {
                course.put(plan[0], ResponseCategory.PR);
            }
            if (plan[1] > 0) {
                course.put(plan[1], ResponseCategory.CR);
            }
            LocalDate screening = day1.minusDays(7);
            screening(out, id, screening, r);
            int labsBefore = out.labs.size();
            int transfusionsBefore = out.transfusions.size();
            int cellularity = profile.severe() ? 8 + r.nextInt(15) : 25 + r.nextInt(15);
            (profile.severe() ? severe : nonSevere)
                    .write(
                            new CourseBuilder.Plan(
                                    id,
                                    day1,
                                    profile,
                                    baseline(profile, r),
                                    cellularity,
                                    course,
                                    Integer.MAX_VALUE,
                                    VISITS,
                                    LAST_DAY),
                            r,
                            out);
            for (int day : VISITS) {
                Trials.chemistry(out, id, day1.plusDays(day - 1L), r);
            }
            doses(out, advisor, subject, arm.equals(COMBINATION), labsBefore, transfusionsBefore, r);
        }
        return out.dataset(RecordType.SCREENING_HISTORY);
    }

    /**
     * The courses of one arm in a shuffled order.
     *
     * @param size the arm's patients
     * @param byWeek13 responders by week 13 (first response from day 43 to 85)
     * @param crWeek13 of those, in CR from day 92
     * @param crWeek25 CRs at week 25 in all (the others from day 134 to 176)
     * @param late responders first responding after week 13 (days 106 to 162)
     */
    private static List<int[]> courses(
            int size, int byWeek13, int crWeek13, int crWeek25, int late, UniformRandomProvider rng) {
        List<int[]> c = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int response = 0;
            int cr = 0;
            if (i < byWeek13) {
                response = List.of(43, 57, 71, 85).get(rng.nextInt(4));
                cr = i < crWeek13
                        ? 92
                        : i < crWeek25 ? List.of(134, 148, 162, 176).get(rng.nextInt(4)) : 0;
            } else if (i < byWeek13 + late) {
                response = List.of(106, 120, 134, 148, 162).get(rng.nextInt(5));
            }
            c.add(new int[] {response, cr});
        }
        Trials.shuffle(c, rng);
        return c;
    }

    /** Baseline counts meeting inclusion I3 (haemoglobin below 100 g/L or platelets below 50). */
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
                BigDecimal.valueOf(22 + r.nextInt(20)),
                Counts.scaled(r, 60, 130, 2),
                Counts.scaled(r, 250, 500, 1));
    }

    /** Every screening item of sirolimus-csa answered (eligible), with chemistry and a PNH clone. */
    private static void screening(ExampleRecords out, String id, LocalDate screening, UniformRandomProvider r) {
        Trials.chemistry(out, id, screening, r);
        out.lab(id, screening, LabTest.PNH_CLONE, BigDecimal.valueOf(r.nextInt(120), 1), Unit.PERCENT);
        out.history(id, "x_aa_acquired", "yes", screening);
        out.history(id, "x_informed_consent", "yes", screening);
        out.history(id, "prior_csa_weeks", String.valueOf(14 + r.nextInt(60)), screening);
        out.history(id, "prior_ist_response", "NR", screening);
        out.history(id, "ecog", String.valueOf(r.nextInt(2)), screening);
        for (String item : NO) {
            out.history(id, item, "no", screening);
        }
    }

    /**
     * Doses by the protocol's trough titration: on day 1 the advised start, after every visit's trough
     * the advised dose from the next day; CsA (combination arm) q12h as two administrations a day.
     */
    private static void doses(
            ExampleRecords out,
            DoseAdvisor advisor,
            Subject subject,
            boolean withCsa,
            int labsFrom,
            int transfusionsFrom,
            UniformRandomProvider r) {
        String id = subject.subjectId();
        LocalDate day1 = subject.firstDoseOn().orElseThrow();
        double sirolimusPerMg = 1.6 + r.nextInt(30) / 10.0;
        double csaPerMg = 0.7 + r.nextInt(80) / 100.0;
        List<Dose> given = new ArrayList<>();
        BigDecimal sirolimus = null;
        BigDecimal csa = null;
        for (int day = 1; day <= LAST_DAY; day++) {
            LocalDate d = day1.plusDays(day - 1L);
            if (day == 1 || VISITS.contains(day - 1)) {
                List<DoseAdvice> advice = advisor.advise(records(subject, out, labsFrom, transfusionsFrom, given), d);
                sirolimus = advised(advice, Drug.SIROLIMUS, sirolimus);
                csa = withCsa ? advised(advice, Drug.CSA, csa) : null;
            }
            if (VISITS.contains(day)) {
                // Troughs before the day's dose, reflecting the dose taken up to the day before.
                out.lab(id, d, LabTest.SRL_TROUGH, level(sirolimus, sirolimusPerMg, 1, r), Unit.NG_PER_ML);
                if (csa != null) {
                    out.lab(id, d, LabTest.CSA_TROUGH, level(csa, csaPerMg, 0, r), Unit.NG_PER_ML);
                }
            }
            Dose s = new Dose(id, d, Drug.SIROLIMUS, sirolimus, DoseUnit.MG);
            given.add(s);
            out.doses.add(s);
            if (csa != null) {
                for (int k = 0; k < 2; k++) {
                    Dose c = new Dose(id, d, Drug.CSA, csa, DoseUnit.MG);
                    given.add(c);
                    out.doses.add(c);
                }
            }
        }
    }

    private static SubjectRecords records(
            Subject subject, ExampleRecords out, int labsFrom, int transfusionsFrom, List<Dose> given) {
        List<LabRecord> labs = new ArrayList<>(out.labs.subList(labsFrom, out.labs.size()));
        // The screening chemistry was written before the course.
        out.labs.subList(0, labsFrom).stream()
                .filter(l -> l.subjectId().equals(subject.subjectId()))
                .forEach(labs::add);
        return new SubjectRecords(
                subject,
                labs,
                out.transfusions.subList(transfusionsFrom, out.transfusions.size()).stream()
                        .map(TransfusionRecord::transfusion)
                        .toList(),
                List.copyOf(given),
                List.of(),
                List.of(),
                List.of());
    }

    /** The advised amount of a drug when the advice starts or changes the dose, else the current one. */
    private static BigDecimal advised(List<DoseAdvice> advice, Drug drug, BigDecimal current) {
        Optional<DoseAdvice> a = advice.stream().filter(x -> x.drug() == drug).findFirst();
        if (a.isPresent()
                && a.get().amount().isPresent()
                && (a.get().action() == DoseAction.START
                        || a.get().action() == DoseAction.INCREASE
                        || a.get().action() == DoseAction.DECREASE)) {
            return a.get().amount().get().min().stripTrailingZeros();
        }
        if (current == null) {
            throw new IllegalStateException("No start dose of " + drug + " advised: " + a);
        }
        return current;
    }

    private static BigDecimal level(BigDecimal dose, double perMg, int scale, UniformRandomProvider r) {
        double noise = 0.85 + r.nextInt(31) / 100.0;
        return BigDecimal.valueOf(dose.doubleValue() * perMg * noise).setScale(scale, RoundingMode.HALF_UP);
    }
}
