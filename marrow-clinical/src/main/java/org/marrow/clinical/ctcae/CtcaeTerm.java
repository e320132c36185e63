package org.marrow.clinical.ctcae;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marrow.clinical.labs.LabResult;
import org.marrow.clinical.message.Message;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.LabValue;
import org.marrow.clinical.quantity.ReferenceRange;

/**
 * The laboratory CTCAE v5.0 terms Marrow grades, each grading one lab value.
 *
 * <p>Source: Common Terminology Criteria for Adverse Events (CTCAE) Version 5.0, U.S. Department of
 * Health and Human Services, November 27, 2017; "Investigations" and "Blood and lymphatic system
 * disorders". Document 000 reports adverse events by CTCAE v5.0 grade. Grade boundaries, in
 * canonical units:
 * <ul>
 *   <li>Neutrophil count decreased: 1 &lt;LLN-1.5; 2 &lt;1.5-1.0; 3 &lt;1.0-0.5; 4 &lt;0.5 x10^9/L.
 *   <li>Platelet count decreased: 1 &lt;LLN-75; 2 &lt;75-50; 3 &lt;50-25; 4 &lt;25 x10^9/L.
 *   <li>White blood cell decreased: 1 &lt;LLN-3.0; 2 &lt;3.0-2.0; 3 &lt;2.0-1.0; 4 &lt;1.0 x10^9/L.
 *   <li>Anemia: 1 &lt;LLN-100; 2 &lt;100-80; 3 &lt;80 g/L. Grade 4 ("life-threatening consequences;
 *       urgent intervention indicated") is clinical, so a lab value grades at most 3.
 *   <li>Creatinine increased: 1 &gt;ULN-1.5 x ULN; 2 &gt;1.5-3.0 x baseline or &gt;1.5-3.0 x ULN;
 *       3 &gt;3.0 x baseline or &gt;3.0-6.0 x ULN; 4 &gt;6.0 x ULN. The higher of the ULN and baseline
 *       grades is taken.
 *   <li>ALT and AST increased: if baseline was normal 1 &gt;ULN-3.0, 2 &gt;3.0-5.0, 3 &gt;5.0-20.0,
 *       4 &gt;20.0 x ULN; if baseline was abnormal 1 1.5-3.0, 2 &gt;3.0-5.0, 3 &gt;5.0-20.0,
 *       4 &gt;20.0 x baseline.
 *   <li>Blood bilirubin increased: if baseline was normal 1 &gt;ULN-1.5, 2 &gt;1.5-3.0, 3 &gt;3.0-10.0,
 *       4 &gt;10.0 x ULN; if baseline was abnormal 1 &gt;1.0-1.5, 2 &gt;1.5-3.0, 3 &gt;3.0-10.0,
 *       4 &gt;10.0 x baseline.
 * </ul>
 * "Baseline was abnormal" means the baseline value is above the ULN. Without a baseline value it is
 * taken as normal (the common convention, e.g. the pharmaverse {@code admiral} grading metadata),
 * and the reason says so; for creatinine the baseline criteria are then not applied.
 */
public enum CtcaeTerm {
    /** Neutrophil count decreased. */
    NEUTROPHIL_COUNT_DECREASED("Neutrophil count decreased", LabTest.NEUT, "1.5", "1.0", "0.5"),
    /** Platelet count decreased. */
    PLATELET_COUNT_DECREASED("Platelet count decreased", LabTest.PLAT, "75", "50", "25"),
    /** White blood cell decreased. */
    WHITE_BLOOD_CELL_DECREASED("White blood cell decreased", LabTest.WBC, "3.0", "2.0", "1.0"),
    /** Anemia (graded from haemoglobin up to grade 3). */
    ANEMIA("Anemia", LabTest.HGB, "100", "80", null),
    /** Creatinine increased. */
    CREATININE_INCREASED("Creatinine increased", LabTest.CREAT, null, null, null),
    /** Alanine aminotransferase increased. */
    ALANINE_AMINOTRANSFERASE_INCREASED("Alanine aminotransferase increased", LabTest.ALT, null, null, null),
    /** Aspartate aminotransferase increased. */
    ASPARTATE_AMINOTRANSFERASE_INCREASED("Aspartate aminotransferase increased", LabTest.AST, null, null, null),
    /** Blood bilirubin increased. */
    BLOOD_BILIRUBIN_INCREASED("Blood bilirubin increased", LabTest.BILI, null, null, null);

    /** The CTCAE version every grade records. */
    public static final String VERSION = "5.0";

    private static final Message ULN = Message.of("clinical.ctcae.uln");
    private static final Message BASELINE = Message.of("clinical.ctcae.baseline");

    private final String term;
    private final LabTest test;
    private final BigDecimal grade2Below;
    private final BigDecimal grade3Below;
    private final BigDecimal grade4Below;

    CtcaeTerm(String term, LabTest test, String grade2Below, String grade3Below, String grade4Below) {
        this.term = term;
        this.test = test;
        this.grade2Below = grade2Below == null ? null : new BigDecimal(grade2Below);
        this.grade3Below = grade3Below == null ? null : new BigDecimal(grade3Below);
        this.grade4Below = grade4Below == null ? null : new BigDecimal(grade4Below);
    }

    /**
     * The CTCAE term as written in CTCAE v5.0 (a message argument of this type renders as the term in
     * English and as its Chinese name in Chinese, from the bundle's {@code enum.CtcaeTerm} entries).
     *
     * @return e.g. {@code "Neutrophil count decreased"}
     */
    public String term() {
        return term;
    }

    /**
     * The lab test the term grades.
     *
     * @return the test
     */
    public LabTest test() {
        return test;
    }

    /**
     * The term that grades a lab test.
     *
     * @param test the test
     * @return the term, or empty if Marrow grades no CTCAE term from that test
     */
    public static Optional<CtcaeTerm> forTest(LabTest test) {
        for (CtcaeTerm t : values()) {
            if (t.test == test) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Grades one lab value.
     *
     * @param result the value (any accepted unit)
     * @param range the laboratory's reference range for the test (LLN for the decreased terms, ULN
     *     for the increased ones); may lack the limit, which leaves grades that need it UNKNOWN
     * @param baseline the subject's baseline value of the test, if known (used by creatinine, ALT, AST
     *     and bilirubin)
     * @return the grade, with its reason, or no grade naming the missing limit
     * @throws IllegalArgumentException if the result, range or baseline is for another test
     */
    public CtcaeGrade grade(LabResult result, ReferenceRange range, Optional<LabResult> baseline) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(baseline, "baseline");
        checkTest("result", result.test());
        checkTest("reference range", range.test());
        baseline.ifPresent(b -> checkTest("baseline", b.test()));
        BigDecimal value = result.value().inCanonicalUnit().amount();
        Message shown = Message.of("clinical.ctcae.value", result.value().inCanonicalUnit(), result.date());
        return grade4Below != null || grade2Below != null
                ? gradeDecrease(result, value, shown, range)
                : gradeIncrease(result, value, shown, range, baseline);
    }

    private void checkTest(String what, LabTest other) {
        if (other != test) {
            throw new IllegalArgumentException(
                    term + " grades " + test.code() + "; the " + what + " is for " + other.code());
        }
    }

    private CtcaeGrade gradeDecrease(LabResult result, BigDecimal value, Message shown, ReferenceRange range) {
        String unit = test.canonicalUnit().symbol();
        if (grade4Below != null && value.compareTo(grade4Below) < 0) {
            return graded(result, 4, Message.of("clinical.ctcae.below", shown, grade4Below, unit));
        }
        if (value.compareTo(grade3Below) < 0) {
            return graded(result, 3, Message.of("clinical.ctcae.below", shown, grade3Below, unit));
        }
        if (value.compareTo(grade2Below) < 0) {
            return graded(result, 2, Message.of("clinical.ctcae.below", shown, grade2Below, unit));
        }
        Optional<LabValue> lower = range.lower();
        if (lower.isEmpty()) {
            return unknown(
                    result,
                    Message.of(
                            "clinical.ctcae.needLln",
                            test.code(),
                            Message.of("clinical.ctcae.atLeast", shown, grade2Below, unit)));
        }
        BigDecimal lln = lower.get().amount();
        return value.compareTo(lln) < 0
                ? graded(result, 1, Message.of("clinical.ctcae.belowLln", shown, lln, unit))
                : graded(result, 0, Message.of("clinical.ctcae.atLeastLln", shown, lln, unit));
    }

    private CtcaeGrade gradeIncrease(
            LabResult result, BigDecimal value, Message shown, ReferenceRange range, Optional<LabResult> baseline) {
        Optional<LabValue> upper = range.upper();
        if (upper.isEmpty()) {
            return unknown(result, Message.of("clinical.ctcae.needUln", test.code()));
        }
        BigDecimal uln = upper.get().amount();
        Optional<BigDecimal> base =
                baseline.map(b -> b.value().inCanonicalUnit().amount());
        if (this == CREATININE_INCREASED) {
            Step byUln =
                    highest(value, uln, ULN, new String[] {"6.0", "3.0", "1.5", "1"}, new int[] {4, 3, 2, 1}, false);
            Step byBaseline = base.map(
                            b -> highest(value, b, BASELINE, new String[] {"3.0", "1.5"}, new int[] {3, 2}, false))
                    .orElse(new Step(0, null));
            Step step = byBaseline.grade > byUln.grade ? byBaseline : byUln;
            Message why = step.text(shown, uln);
            return graded(
                    result, step.grade, base.isEmpty() ? Message.of("clinical.ctcae.noBaselineNotApplied", why) : why);
        }
        boolean abnormalBaseline = base.isPresent() && base.get().compareTo(uln) > 0;
        boolean liver = this == ALANINE_AMINOTRANSFERASE_INCREASED || this == ASPARTATE_AMINOTRANSFERASE_INCREASED;
        Step step;
        if (abnormalBaseline) {
            step = liver
                    ? highest(
                            value,
                            base.get(),
                            BASELINE,
                            new String[] {"20.0", "5.0", "3.0", "1.5"},
                            new int[] {4, 3, 2, 1},
                            true)
                    : highest(
                            value,
                            base.get(),
                            BASELINE,
                            new String[] {"10.0", "3.0", "1.5", "1.0"},
                            new int[] {4, 3, 2, 1},
                            false);
            return graded(
                    result,
                    step.grade,
                    Message.of("clinical.ctcae.againstBaseline", step.text(shown, uln), base.get(), uln));
        }
        step = liver
                ? highest(value, uln, ULN, new String[] {"20.0", "5.0", "3.0", "1"}, new int[] {4, 3, 2, 1}, false)
                : highest(value, uln, ULN, new String[] {"10.0", "3.0", "1.5", "1"}, new int[] {4, 3, 2, 1}, false);
        Message why = step.text(shown, uln);
        return graded(result, step.grade, base.isEmpty() ? Message.of("clinical.ctcae.noBaselineNormal", why) : why);
    }

    /** A grade and the criterion that gave it ({@code null} for grade 0: at most the ULN). */
    private record Step(int grade, Message criterion) {
        Message text(Message shown, BigDecimal uln) {
            return criterion == null
                    ? Message.of("clinical.ctcae.atMostUln", shown, uln)
                    : Message.of("clinical.ctcae.step", shown, criterion);
        }
    }

    /**
     * The highest grade whose multiple of {@code reference} the value exceeds (or reaches, for the
     * lowest multiple when {@code lowestInclusive}, as in "1.5 - 3.0 x baseline").
     */
    private Step highest(
            BigDecimal value,
            BigDecimal reference,
            Message name,
            String[] multiples,
            int[] grades,
            boolean lowestInclusive) {
        for (int i = 0; i < multiples.length; i++) {
            BigDecimal limit = reference.multiply(new BigDecimal(multiples[i]));
            int c = value.compareTo(limit);
            boolean inclusive = lowestInclusive && i == multiples.length - 1;
            if (c > 0 || (inclusive && c == 0)) {
                return new Step(
                        grades[i],
                        Message.of(
                                inclusive ? "clinical.ctcae.multipleAtLeast" : "clinical.ctcae.multipleAbove",
                                multiples[i],
                                name,
                                limit,
                                test.canonicalUnit().symbol()));
            }
        }
        return new Step(0, null);
    }

    private CtcaeGrade graded(LabResult result, int grade, Message why) {
        return new CtcaeGrade(
                this,
                result.date(),
                Optional.of(grade),
                VERSION,
                Message.of("clinical.ctcae.graded", this, grade, VERSION, why),
                List.of());
    }

    private CtcaeGrade unknown(LabResult result, Message missing) {
        return new CtcaeGrade(
                this,
                result.date(),
                Optional.empty(),
                VERSION,
                Message.of("clinical.ctcae.ungraded", this, VERSION, missing),
                List.of(missing));
    }
}
