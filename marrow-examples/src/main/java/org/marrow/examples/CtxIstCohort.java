package org.marrow.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.study.EventType;

/**
 * The synthetic CTX+IST cohorts: the 43 treated patients (and 2 withdrawn candidates) of trial
 * document 000, planned so that the generated data reproduce its published aggregates
 * (examples/ctx-ist/PUBLISHED.md), and registry-size cohorts resampled from them.
 *
 * <p>The plan reproduces, by construction: 43 treated, 13 VSAA / 30 SAA; sex 21 M / 22 F (SAA 15/15,
 * VSAA 6/7); age median 33 (14-68), SAA 34 (15-67), VSAA 22 (14-68); month 3 CR 4, VGPR 4, GPR 3, PR
 * 17, NR 15 (VSAA 4 responders of 13, SAA 24 of 30); month 6 CR 12, VGPR 6, GPR 8, PR 4, NR 9, not
 * assessable 4 (1 death, 1 HSCT, 2 lost to follow-up after day 141); the Sankey transitions; cyclophosphamide
 * infusions 40 x 4, 2 x 2, 1 x 1; Table 2's adverse events (alopecia, nausea, neutropenia and infection
 * grades); first response by day 86 in 22 patients and first superior response by day 131 in 22
 * (document 000's medians 86 and 131 days); neutropenia below 1.0 x10^9/L per cycle with medians 6 and
 * 4.5 days and ranges 0-30 and 0-28. Which patient carries which attribute is Marrow's choice (the
 * document gives aggregates only), made once with a fixed seed.
 */
public final class CtxIstCohort {
    /** The seed of the published example data set examples/ctx-ist. */
    public static final long EXAMPLE_SEED = 20230701L;

    private static final long ASSIGNMENT_SEED = 43L;

    private CtxIstCohort() {}

    /** One transition group row: how many patients, severity, M3 category and onset, M6 change. */
    private record Group(
            Severity severity, ResponseCategory m3, int firstDay, ResponseCategory m6, int m6Day, Fate fate) {}

    private enum Fate {
        FOLLOWED,
        RELAPSE,
        DEATH,
        HSCT,
        LOST,
        PERSISTENT_NEUTROPENIA
    }

    private static final Severity S = Severity.SEVERE;
    private static final Severity V = Severity.VERY_SEVERE;
    private static final ResponseCategory CR = ResponseCategory.CR;
    private static final ResponseCategory VGPR = ResponseCategory.VGPR;
    private static final ResponseCategory GPR = ResponseCategory.GPR;
    private static final ResponseCategory PR = ResponseCategory.PR;
    private static final ResponseCategory NR = ResponseCategory.NR;

    /**
     * The patients, one row each: severity, month-3 category and its first day, month-6 category and
     * its first day (0 when unchanged), fate. Month 3: CR 4, VGPR 4, GPR 3, PR 17, NR 15; transitions
     * as document 000's Figure 3 and its text (lines 354-367).
     */
    private static final List<Group> GROUPS = List.of(
            // M3 CR (4, SAA) -> CR
            new Group(S, CR, 78, CR, 0, Fate.FOLLOWED),
            new Group(S, CR, 86, CR, 0, Fate.FOLLOWED),
            new Group(S, CR, 90, CR, 0, Fate.FOLLOWED),
            new Group(S, CR, 90, CR, 0, Fate.FOLLOWED),
            // M3 VGPR (4, SAA) -> CR 3, VGPR 1
            new Group(S, VGPR, 78, CR, 100, Fate.FOLLOWED),
            new Group(S, VGPR, 78, CR, 110, Fate.FOLLOWED),
            new Group(S, VGPR, 86, CR, 120, Fate.FOLLOWED),
            new Group(S, VGPR, 86, VGPR, 0, Fate.FOLLOWED),
            // M3 GPR (2 SAA, 1 VSAA) -> CR 2, GPR 1
            new Group(S, GPR, 86, CR, 110, Fate.FOLLOWED),
            new Group(S, GPR, 90, CR, 131, Fate.FOLLOWED),
            new Group(V, GPR, 90, GPR, 0, Fate.FOLLOWED),
            // M3 PR (14 SAA, 3 VSAA) -> superior 13 (3 CR), PR 2, relapse 1, death 1
            new Group(S, PR, 57, CR, 100, Fate.FOLLOWED),
            new Group(S, PR, 64, CR, 110, Fate.FOLLOWED),
            new Group(S, PR, 71, CR, 120, Fate.FOLLOWED),
            new Group(S, PR, 57, VGPR, 100, Fate.FOLLOWED),
            new Group(S, PR, 71, VGPR, 110, Fate.FOLLOWED),
            new Group(S, PR, 78, VGPR, 120, Fate.FOLLOWED),
            new Group(S, PR, 71, VGPR, 131, Fate.FOLLOWED),
            new Group(S, PR, 86, VGPR, 141, Fate.FOLLOWED),
            new Group(S, PR, 78, GPR, 100, Fate.FOLLOWED),
            new Group(S, PR, 64, GPR, 120, Fate.FOLLOWED),
            new Group(S, PR, 90, GPR, 151, Fate.FOLLOWED),
            new Group(V, PR, 78, GPR, 161, Fate.FOLLOWED),
            new Group(V, PR, 90, GPR, 171, Fate.FOLLOWED),
            new Group(S, PR, 86, PR, 0, Fate.FOLLOWED),
            new Group(V, PR, 71, PR, 0, Fate.FOLLOWED),
            new Group(S, PR, 64, NR, 141, Fate.RELAPSE),
            new Group(S, PR, 71, PR, 0, Fate.DEATH),
            // M3 NR (6 SAA, 9 VSAA) -> HSCT 1, NR 8, lost to follow-up 2, PR 2, GPR 2
            new Group(V, NR, 0, NR, 0, Fate.HSCT),
            new Group(V, NR, 0, NR, 0, Fate.PERSISTENT_NEUTROPENIA),
            new Group(V, NR, 0, NR, 0, Fate.PERSISTENT_NEUTROPENIA),
            new Group(V, NR, 0, NR, 0, Fate.PERSISTENT_NEUTROPENIA),
            new Group(V, NR, 0, NR, 0, Fate.FOLLOWED),
            new Group(V, NR, 0, NR, 0, Fate.FOLLOWED),
            new Group(S, NR, 0, NR, 0, Fate.FOLLOWED),
            new Group(S, NR, 0, NR, 0, Fate.FOLLOWED),
            new Group(S, NR, 0, NR, 0, Fate.FOLLOWED),
            new Group(V, NR, 0, NR, 0, Fate.LOST),
            new Group(S, NR, 0, NR, 0, Fate.LOST),
            new Group(V, NR, 0, PR, 131, Fate.FOLLOWED),
            new Group(S, NR, 0, PR, 141, Fate.FOLLOWED),
            new Group(V, NR, 0, GPR, 110, Fate.FOLLOWED),
            new Group(S, NR, 0, GPR, 120, Fate.FOLLOWED));

    /** Ages of the 30 SAA patients: median 34, range 15-67 (document 000, Table 1). */
    private static final int[] SAA_AGES = {
        15, 17, 19, 21, 23, 24, 26, 28, 29, 30, 31, 32, 33, 34, 34, 34, 36, 38, 40, 42, 45, 47, 49, 52, 55, 58, 60, 62,
        64, 67
    };

    /** Ages of the 13 VSAA patients: median 22, range 14-68; all 43: median 33, range 14-68. */
    private static final int[] VSAA_AGES = {14, 16, 18, 19, 20, 21, 22, 27, 33, 41, 50, 58, 68};

    /** Cycle-1 days below 1.0 of the 24 non-persistent grade 3-4 patients. */
    private static final int[] CYCLE1_DAYS = {
        2, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 12, 12, 12, 12, 12
    };

    /** Cycle-2 days below 1.0 of the same 24 patients. */
    private static final int[] CYCLE2_DAYS = {
        1, 2, 3, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12, 14, 16, 19, 22, 28
    };

    /** Cycle-1 days of the three persistent VSAA patients (1, 2 and 2 infusions). */
    private static final int[] PERSISTENT_DAYS = {30, 24, 20};

    /**
     * The document-000 cohort: 43 treated patients (CTX-001 to CTX-043, first doses from July 2023 to
     * September 2024) and 2 candidates who withdrew consent before treatment (CTX-S01, CTX-S02).
     *
     * @return the cohort
     */
    public static Cohort document000() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(ASSIGNMENT_SEED);
        int n = GROUPS.size();
        List<Integer> saa = new ArrayList<>();
        List<Integer> vsaa = new ArrayList<>();
        List<Integer> nonPersistent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (GROUPS.get(i).severity() == S ? saa : vsaa).add(i);
            if (GROUPS.get(i).fate() != Fate.PERSISTENT_NEUTROPENIA) {
                nonPersistent.add(i);
            }
        }
        int[] age = new int[n];
        Sex[] sex = new Sex[n];
        assignAgesAndSexes(shuffled(saa, rng), SAA_AGES, 15, age, sex);
        assignAgesAndSexes(shuffled(vsaa, rng), VSAA_AGES, 6, age, sex);

        // Neutropenia: 21 grade 4 (3 persistent), 6 grade 3, 4 grade 2, 7 grade 1, 5 none (Table 2).
        PatientPlan.NeutropeniaPlan[] neutropenia = new PatientPlan.NeutropeniaPlan[n];
        List<Integer> order = shuffled(nonPersistent, rng);
        List<Integer> cycle2 = shuffled(range(CYCLE2_DAYS.length), rng);
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int grade = k < 18 ? 4 : k < 24 ? 3 : k < 28 ? 2 : k < 35 ? 1 : 0;
            neutropenia[i] = grade >= 3
                    ? new PatientPlan.NeutropeniaPlan(grade, CYCLE1_DAYS[k], CYCLE2_DAYS[cycle2.get(k)], false)
                    : new PatientPlan.NeutropeniaPlan(grade, 0, 0, false);
        }
        int p = 0;
        int[] infusions = new int[n];
        for (int i = 0; i < n; i++) {
            infusions[i] = 4;
            if (GROUPS.get(i).fate() == Fate.PERSISTENT_NEUTROPENIA) {
                neutropenia[i] = new PatientPlan.NeutropeniaPlan(4, PERSISTENT_DAYS[p], 0, true);
                infusions[i] = p == 0 ? 1 : 2;
                p++;
            }
        }

        // Infections within 3 months (Table 2: grade 1 13, grade 2 2, grade 3 11; 20 after CTX).
        List<PatientPlan.InfectionPlan> infections = new ArrayList<>();
        List<Integer> grade4 = new ArrayList<>(order.subList(0, 18));
        List<Integer> others = new ArrayList<>(order.subList(18, order.size()));
        for (int i = 0; i < n; i++) {
            if (GROUPS.get(i).fate() == Fate.PERSISTENT_NEUTROPENIA) {
                others.add(i);
            }
        }
        List<Integer> infected = new ArrayList<>(grade4.subList(0, 7));
        List<Integer> rest = shuffled(concat(grade4.subList(7, 18), others), rng);
        infected.addAll(rest.subList(0, 19));
        List<List<PatientPlan.InfectionPlan>> infection = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            infection.add(new ArrayList<>());
        }
        for (int k = 0; k < 7; k++) {
            int i = infected.get(k);
            int day = neutropenia[i].cycle2Days() > 1 ? 46 : 32;
            infection.get(i).add(new PatientPlan.InfectionPlan("Febrile neutropenia", 3, day));
        }
        // CTCAE v5.0 defines no grade 1 for "Upper respiratory infection" or "Urinary tract infection"
        // (the lowest is 2, "oral intervention indicated"): the grade-1 infections of Table 2 are recorded
        // under terms that have a grade 1, and the four upper respiratory infections after
        // cyclophosphamide (line 391) are grade 2, each in a patient whose worst infection within
        // 3 months is a grade 3 febrile neutropenia, so the worst grade per patient stays 13 / 2 / 11.
        String[] terms = {
            "Lung infection",
            "Lung infection",
            "Lung infection",
            "Lung infection",
            "Lung infection",
            "Mucosal infection",
            "Skin infection",
            "Gum infection",
            "Lip infection",
            "Skin infection",
            "Anorectal infection",
            "Gum infection",
            "Enterocolitis infectious",
            "Mucosal infection",
            "Skin infection",
            "Gum infection",
            "Mucosal infection",
            "Mucosal infection",
            "Skin infection"
        };
        int[] grades = {3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1};
        for (int k = 0; k < terms.length; k++) {
            int i = infected.get(7 + k);
            int day = k < 13 ? 35 + 3 * k : 8 + 3 * (k - 13);
            infection.get(i).add(new PatientPlan.InfectionPlan(terms[k], grades[k], day));
        }
        for (int k = 0; k < 4; k++) {
            List<PatientPlan.InfectionPlan> febrile = infection.get(infected.get(k));
            febrile.add(new PatientPlan.InfectionPlan(
                    "Upper respiratory infection", 2, febrile.get(0).day() + 10));
        }

        List<Integer> all = shuffled(range(n), rng);
        boolean[] alopecia = new boolean[n];
        int[] nausea = new int[n];
        for (int k = 0; k < n; k++) {
            alopecia[all.get(k)] = k < 21;
        }
        List<Integer> again = shuffled(range(n), rng);
        for (int k = 0; k < n; k++) {
            nausea[again.get(k)] = k < 7 ? 2 : 1;
        }

        List<PatientPlan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            plans.add(plan(
                    String.format("CTX-%03d", i + 1),
                    GROUPS.get(i),
                    sex[i],
                    age[i],
                    infusions[i],
                    neutropenia[i],
                    infection.get(i),
                    alopecia[i],
                    nausea[i]));
        }
        List<ScreenedCandidate> withdrawn = List.of(
                new ScreenedCandidate("CTX-S01", S, Sex.MALE, 29, LocalDate.parse("2023-09-12")),
                new ScreenedCandidate("CTX-S02", S, Sex.FEMALE, 45, LocalDate.parse("2024-03-18")));
        return new Cohort(
                "SYNTH-01", "CTX+IST", LocalDate.parse("2023-07-05"), LocalDate.parse("2024-09-25"), plans, withdrawn);
    }

    private static PatientPlan plan(
            String id,
            Group g,
            Sex sex,
            int age,
            int infusions,
            PatientPlan.NeutropeniaPlan neutropenia,
            List<PatientPlan.InfectionPlan> infection,
            boolean alopecia,
            int nausea) {
        List<PatientPlan.Phase> course = new ArrayList<>();
        course.add(new PatientPlan.Phase(1, NR));
        if (g.m3() != NR) {
            course.add(new PatientPlan.Phase(g.firstDay(), g.m3()));
        }
        if (g.m6Day() > 0) {
            course.add(new PatientPlan.Phase(g.m6Day(), g.m6()));
        }
        int lastDay = PatientPlan.MONTH_6;
        Optional<PatientPlan.Exit> exit = Optional.empty();
        OptionalInt relapse = OptionalInt.empty();
        switch (g.fate()) {
            case DEATH -> {
                exit = Optional.of(new PatientPlan.Exit(EventType.DEATH, 105, "accidental death (synthetic)"));
                lastDay = 104;
            }
            case HSCT -> {
                exit = Optional.of(new PatientPlan.Exit(
                        EventType.HSCT, 112, "allogeneic HSCT for refractory disease (synthetic)"));
                lastDay = 111;
            }
            case RELAPSE -> relapse = OptionalInt.of(g.m6Day());
            case LOST -> {
                exit = Optional.of(
                        new PatientPlan.Exit(EventType.LOST_TO_FOLLOW_UP, 142, "lost to follow-up (synthetic)"));
                lastDay = 141;
            }
            default -> {}
        }
        return new PatientPlan(
                id,
                g.severity(),
                sex,
                age,
                course,
                infusions,
                neutropenia,
                lastDay,
                exit,
                relapse,
                infection,
                alopecia,
                nausea);
    }

    /**
     * A registry-size cohort: {@code size} patients, each a copy of a document-000 plan drawn at random
     * (with replacement) with a new identifier ({@code REG-00001}, ...), age and sex, first doses spread
     * over 2015-2024. Response rates, transitions and events therefore follow document 000 in
     * expectation. No candidates.
     *
     * @param size the number of patients, &gt;= 1
     * @param seed the seed of the draws
     * @return the cohort
     * @throws IllegalArgumentException if {@code size} &lt; 1
     */
    public static Cohort registry(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("Registry size (" + size + ") must be >= 1");
        }
        List<PatientPlan> templates = document000().patients();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(CohortGenerator.mix(seed, -2));
        List<PatientPlan> plans = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            PatientPlan t = templates.get(rng.nextInt(templates.size()));
            plans.add(new PatientPlan(
                    String.format("REG-%05d", i + 1),
                    t.severity(),
                    rng.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    14 + rng.nextInt(62),
                    t.course(),
                    t.ctxInfusions(),
                    t.neutropenia(),
                    t.lastDay(),
                    t.exit(),
                    t.relapseDay(),
                    t.infections(),
                    t.alopecia(),
                    t.nauseaGrade()));
        }
        return new Cohort(
                "REGISTRY", "CTX+IST", LocalDate.parse("2015-01-05"), LocalDate.parse("2024-12-20"), plans, List.of());
    }

    private static void assignAgesAndSexes(List<Integer> patients, int[] ages, int males, int[] age, Sex[] sex) {
        for (int k = 0; k < patients.size(); k++) {
            age[patients.get(k)] = ages[k];
        }
        // Sexes are assigned along a second order so that age and sex are not aligned.
        for (int k = 0; k < patients.size(); k++) {
            sex[patients.get((k * 7) % patients.size())] = k < males ? Sex.MALE : Sex.FEMALE;
        }
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> list = new ArrayList<>(a);
        list.addAll(b);
        return list;
    }

    /** Fisher-Yates with the given generator, so the assignment never depends on the JDK. */
    private static List<Integer> shuffled(List<Integer> list, UniformRandomProvider rng) {
        List<Integer> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
