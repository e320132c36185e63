package org.marrow.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.study.Subject;

/** What the generators of the reference trials' examples share: streams, bodies, subjects, courses. */
final class Trials {
    private Trials() {}

    /** One stream per subject, so that a subject's values do not depend on the subjects before it. */
    static UniformRandomProvider stream(long seed, int index) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(CohortGenerator.mix(seed, index));
    }

    static <T> void shuffle(List<T> list, UniformRandomProvider rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** A plausible adult body: {weight kg (one decimal), height cm}. */
    static BigDecimal[] body(UniformRandomProvider rng, Sex sex) {
        int height = sex == Sex.MALE ? 160 + rng.nextInt(27) : 150 + rng.nextInt(23);
        long weightTenths = Math.round((185 + rng.nextInt(86)) * height * height / 10_000.0);
        return new BigDecimal[] {BigDecimal.valueOf(weightTenths, 1), BigDecimal.valueOf(height)};
    }

    /**
     * An enrolled subject treated from day 1 (enrolled on day 1), aged {@code age} on day 1.
     *
     * @return the subject, also added to the records
     */
    static Subject subject(
            ExampleRecords out,
            String id,
            String site,
            String arm,
            Sex sex,
            int age,
            LocalDate day1,
            BigDecimal[] body,
            UniformRandomProvider rng) {
        Subject s = new Subject(
                id,
                site,
                Optional.of(arm),
                sex,
                day1.minusYears(age).minusDays(1 + rng.nextInt(360)),
                body[0],
                body[1],
                Optional.of(day1),
                Optional.of(day1));
        out.subjects.add(s);
        return s;
    }

    /** A candidate screened but not enrolled (no arm, no dates of enrolment). */
    static Subject candidate(
            ExampleRecords out,
            String id,
            String site,
            Sex sex,
            int age,
            LocalDate screening,
            UniformRandomProvider rng) {
        BigDecimal[] b = body(rng, sex);
        Subject s = new Subject(
                id,
                site,
                Optional.empty(),
                sex,
                screening.minusYears(age).minusDays(1 + rng.nextInt(360)),
                b[0],
                b[1],
                Optional.empty(),
                Optional.empty());
        out.subjects.add(s);
        return s;
    }

    /** A course: NR from day 1, then the given categories from their days (day, category, day, ...). */
    static NavigableMap<Integer, ResponseCategory> course(Object... dayAndCategory) {
        NavigableMap<Integer, ResponseCategory> c = new TreeMap<>();
        c.put(1, ResponseCategory.NR);
        for (int i = 0; i < dayAndCategory.length; i += 2) {
            c.put((Integer) dayAndCategory[i], (ResponseCategory) dayAndCategory[i + 1]);
        }
        return c;
    }

    /** ALT, AST, bilirubin and creatinine within the upper limits of normal the protocols assume. */
    static void chemistry(ExampleRecords out, String id, LocalDate date, UniformRandomProvider rng) {
        out.lab(id, date, LabTest.ALT, BigDecimal.valueOf(8 + rng.nextInt(30)), Unit.U_PER_L, BigDecimal.valueOf(40));
        out.lab(id, date, LabTest.AST, BigDecimal.valueOf(10 + rng.nextInt(28)), Unit.U_PER_L, BigDecimal.valueOf(40));
        out.lab(
                id,
                date,
                LabTest.BILI,
                BigDecimal.valueOf(5 + rng.nextInt(14)),
                Unit.UMOL_PER_L,
                BigDecimal.valueOf(21));
        out.lab(
                id,
                date,
                LabTest.CREAT,
                BigDecimal.valueOf(45 + rng.nextInt(50)),
                Unit.UMOL_PER_L,
                BigDecimal.valueOf(104));
    }
}
