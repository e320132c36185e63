package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.RecordType;
import org.marrow.study.StudyDataset;

/**
 * The synthetic cohort of trial document 002 (hetrombopag + CsA in untreated NSAA, Simon two-stage:
 * stage 1 of 15 patients continues with at least 9 responses at week 24, 43 in all, success with more
 * than 26; 54 enrolled for a 20% dropout), planned for protocol {@code hpag-csa-nsaa}
 * (examples/hpag-csa-nsaa/PUBLISHED.md). NO REAL PATIENT DATA; the document publishes no results, so
 * the responses are Marrow's choice, set to show each Simon decision.
 *
 * <p>54 patients at four sites, enrolled from December 2022; 11 drop out (withdrawn or lost to
 * follow-up before week 24 without an assessment: 2 among the first 17, so that the first 15
 * evaluable patients are the first 17 treated); of the first 15 evaluable, 9 respond at week 24 (stage
 * 1: continue); of all 43 evaluable, 28 (more than 26: promising). 20 respond by week 12. Every patient
 * answers every screening item of the protocol and is eligible on the enrolment date; the karyotypes
 * include the document's exceptions (del(20q), +8, -Y); two screened candidates are not enrolled: one
 * with a clonal +7 (exclusion E6), one with ferritin above 1000 ng/mL (E9).
 */
public final class HpagCsaNsaaCohort {
    /** The seed of the committed data set examples/hpag-csa-nsaa. */
    public static final long EXAMPLE_SEED = 20221201L;

    static final String PROTOCOL = "hpag-csa-nsaa";
    static final String ARM = "hpag-csa";
    static final List<String> SITES = List.of("tangshan", "zhoukou", "taian", "tianjin-rmc");
    static final List<Integer> VISITS = List.of(15, 29, 43, 57, 71, 85, 99, 113, 127, 141, 155, 169);

    /** Positions (enrolment order, 0-based) of the dropouts: 2 in the first 17, 9 after. */
    static final Set<Integer> DROPOUTS = Set.of(4, 11, 20, 24, 28, 33, 37, 41, 45, 49, 52);

    private static final String[] YES = {"x_informed_consent", "x_nsaa_untreated"};
    private static final String[] NO = {
        "inherited_bmf",
        "hemolytic_pnh",
        "x_ferritin_raised_by_infection",
        "x_allergy_eltrombopag",
        "prior_chemo_radiotherapy",
        "x_cytopenia_other_disease",
        "x_diabetic_complications",
        "x_uncontrolled_hypertension_or_arrhythmia",
        "x_heart_failure",
        "x_arteriovenous_thrombosis",
        "x_other_trial",
        "pregnant_or_breastfeeding",
        "x_investigator_ineligible"
    };

    private HpagCsaNsaaCohort() {}

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
        CourseBuilder builder = new CourseBuilder(protocol.response().responseCriteria(), CountsModel.STANDARD_NSAA);
        // Evaluable patients in order: stage 1 (the first 15) has 9 responders at week 24, the next 28 have 19.
        List<Boolean> respond = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            respond.add(i < 9);
        }
        List<Boolean> later = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            later.add(i < 19);
        }
        Trials.shuffle(respond, rng);
        Trials.shuffle(later, rng);
        respond.addAll(later);
        // 20 respond by week 12; 6 are in CR at week 24 (2 of them already at week 12).
        List<Integer> responders = new ArrayList<>();
        for (int i = 0; i < respond.size(); i++) {
            if (respond.get(i)) {
                responders.add(i);
            }
        }
        Trials.shuffle(responders, rng);
        ExampleRecords out = new ExampleRecords();
        LocalDate first = LocalDate.of(2022, 12, 12);
        int evaluable = 0;
        for (int i = 0; i < 54; i++) {
            UniformRandomProvider r = Trials.stream(seed, i);
            String id = String.format("NS-%02d", i + 1);
            LocalDate day1 = first.plusDays(i * 10L);
            boolean dropout = DROPOUTS.contains(i);
            NavigableMap<Integer, ResponseCategory> course = Trials.course();
            int lastDay = 169;
            if (dropout) {
                lastDay = List.of(36, 64, 92, 120, 148).get(r.nextInt(5));
            } else {
                int k = responders.indexOf(evaluable);
                if (k >= 0) {
                    int firstDay = k < 20 ? List.of(43, 57, 71, 85).get(r.nextInt(4)) : VISITS.get(6 + r.nextInt(6));
                    course.put(firstDay, ResponseCategory.PR);
                    if (k < 2) {
                        course.put(85, ResponseCategory.CR);
                    } else if (k < 6) {
                        course.put(List.of(141, 155, 169).get(r.nextInt(3)), ResponseCategory.CR);
                    }
                }
                evaluable++;
            }
            Profile profile = r.nextInt(3) == 0 ? Profile.NSAA_TD : Profile.NSAA_NTD;
            write(out, builder, protocol, id, SITES.get(i % 4), day1, profile, course, lastDay, dropout, r, i);
        }
        candidate(out, "NS-S01", "47,XY,+7[15]/46,XY[5]", "420", first.plusDays(180), Trials.stream(seed, 101));
        candidate(out, "NS-S02", "46,XX[20]", "1450", first.plusDays(300), Trials.stream(seed, 102));
        return out.dataset(RecordType.SCREENING_HISTORY);
    }

    private static Counts baseline(UniformRandomProvider r) {
        return new Counts(
                BigDecimal.valueOf(70 + r.nextInt(30)),
                BigDecimal.valueOf(20 + r.nextInt(26)),
                Counts.scaled(r, 60, 140, 2),
                Counts.scaled(r, 250, 600, 1));
    }

    private static String karyotype(Sex sex, int i) {
        String normal = sex == Sex.MALE ? "46,XY" : "46,XX";
        return switch (i % 9) {
            case 2 -> normal + ",del(20)(q11.2)[6]/" + normal + "[14]";
            case 5 -> sex == Sex.MALE ? "45,X,-Y[12]/46,XY[8]" : "46,XX,del(20q)";
            case 7 -> "47," + normal.substring(3) + ",+8[4]/" + normal + "[16]";
            default -> normal + "[20]";
        };
    }

    private static void write(
            ExampleRecords out,
            CourseBuilder builder,
            Protocol protocol,
            String id,
            String site,
            LocalDate day1,
            Profile profile,
            NavigableMap<Integer, ResponseCategory> course,
            int lastDay,
            boolean dropout,
            UniformRandomProvider r,
            int index) {
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        BigDecimal[] body = Trials.body(r, sex);
        Trials.subject(out, id, site, ARM, sex, 18 + r.nextInt(55), day1, body, r);
        Counts base = baseline(r);
        // Platelets below 50 x10^9/L three weeks before day 1 as well (inclusion I4: twice, a week apart).
        out.lab(id, day1.minusDays(21), LabTest.PLAT, BigDecimal.valueOf(15 + r.nextInt(30)), Unit.E9_PER_L);
        List<Integer> visits =
                new ArrayList<>(VISITS.stream().filter(v -> v <= lastDay).toList());
        builder.write(
                new CourseBuilder.Plan(
                        id, day1, profile, base, 25 + r.nextInt(16), course, Integer.MAX_VALUE, visits, lastDay),
                r,
                out);
        LocalDate screening = day1.minusDays(7);
        screening(out, id, screening, karyotype(sex, index), String.valueOf(150 + r.nextInt(700)), r);
        BigDecimal csa = BigDecimal.valueOf(Math.round(body[0].doubleValue() * 4 / 25) * 25);
        for (int day = 1; day <= Math.min(lastDay, 168); day++) {
            LocalDate d = day1.plusDays(day - 1L);
            out.dose(id, d, Drug.HETROMBOPAG, new BigDecimal("7.5"), DoseUnit.MG);
            out.dose(id, d, Drug.CSA, csa, DoseUnit.MG);
        }
        if (dropout) {
            boolean withdrawn = index % 2 == 0;
            out.event(
                    id,
                    day1.plusDays(lastDay + 6L),
                    withdrawn ? EventType.WITHDRAWN : EventType.LOST_TO_FOLLOW_UP,
                    withdrawn ? "withdrew consent (synthetic)" : "lost to follow-up (synthetic)");
        }
    }

    /** Every screening item of hpag-csa-nsaa answered, with labs for ferritin and the chemistry rules. */
    private static void screening(
            ExampleRecords out,
            String id,
            LocalDate screening,
            String karyotype,
            String ferritin,
            UniformRandomProvider r) {
        out.lab(id, screening, LabTest.FERRITIN, new BigDecimal(ferritin), Unit.NG_PER_ML);
        Trials.chemistry(out, id, screening, r);
        for (String item : YES) {
            out.history(id, item, "yes", screening);
        }
        for (String item : NO) {
            out.history(id, item, "no", screening);
        }
        out.history(id, "prior_ist_weeks", "0", screening);
        out.history(id, "prior_tpo_ra_weeks", "0", screening);
        out.history(id, "marrow_fibrosis_grade", String.valueOf(r.nextInt(2)), screening);
        out.history(id, "karyotype", karyotype, screening.minusDays(7));
    }

    private static void candidate(
            ExampleRecords out,
            String id,
            String karyotype,
            String ferritin,
            LocalDate screening,
            UniformRandomProvider r) {
        Sex sex = karyotype.contains("XY") ? Sex.MALE : Sex.FEMALE;
        Trials.candidate(out, id, "tianjin-rmc", sex, 30 + r.nextInt(30), screening, r);
        out.lab(id, screening.minusDays(14), LabTest.PLAT, BigDecimal.valueOf(20 + r.nextInt(25)), Unit.E9_PER_L);
        baseline(r).write(out, id, screening);
        out.lab(id, screening, LabTest.CELLULARITY, BigDecimal.valueOf(30), Unit.PERCENT);
        screening(out, id, screening, karyotype, ferritin, r);
    }
}
