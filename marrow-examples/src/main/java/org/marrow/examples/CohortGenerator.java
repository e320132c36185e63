package org.marrow.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.clinical.severity.Severity;
import org.marrow.dataset.DatasetFile;
import org.marrow.study.EventType;
import org.marrow.study.RecordField;

/**
 * Generates a synthetic study data set (docs/dataset-format.md) from a {@link Cohort}, reproducibly
 * from a seed: the same cohort and seed give byte-identical files. NO REAL PATIENT DATA: every value
 * is drawn at random within ranges that make the records meet each patient's plan under Marrow's
 * clinical rules (document 000's five-tier response criteria with
 * {@link org.marrow.clinical.severity.SeverityCriteria#document000()} and the default transfusion
 * dependence rule, at least one transfusion in 56 days).
 *
 * <p>What is drawn, per treated patient (study day 1 = first dose):
 * <ul>
 *   <li>{@code labs.csv}: marrow cellularity 5-20 % at screening (day -6); HGB (g/dL), PLAT, NEUT, RETI
 *       (10^9/L) on day 1 (baseline, SAA or VSAA counts) and every {@link Visits#DAYS} day, in the
 *       ranges of the category of the day: NR keeps platelets and reticulocytes below 20 (still SAA);
 *       PR has both at 20 or more with platelets at most 49; GPR, VGPR and CR sit strictly inside
 *       their thresholds; NEUT also daily on days 29-80, shaped by the {@link PatientPlan.NeutropeniaPlan}
 *       (dips below 1.0 starting on day 31 for cycle 1 and day 45 for cycle 2).
 *   <li>{@code transfusions.csv}: platelets (1 unit) every 7 days and red cells (2 units) every 14
 *       days from day -49 while the patient is NR, never in the 56 days up to and through a response
 *       phase.
 *   <li>{@code doses.csv}: p-ATG 25 mg/kg x weight on days 1-5; CsA 4 mg/kg x weight rounded to 25 mg
 *       and hetrombopag 15 mg daily to the last day; cyclophosphamide 20 mg/kg x weight on days 29,
 *       30, 43, 44 (as many as the plan's infusions); G-CSF 5 ug/kg on each day whose latest ANC is
 *       below 0.5.
 *   <li>{@code labs.csv} also: ALT, AST and creatinine at screening, within normal limits.
 *   <li>{@code adverse_events.csv}, {@code events.csv} from the plan; {@code screening_history.csv}
 *       with every item of ctx-ist's eligibility answered (ECOG 0-1, no prior IST or TPO-RA, every
 *       inclusion item met, every exclusion absent).
 * </ul>
 */
public final class CohortGenerator {
    private static final BigDecimal P_ATG_MG_PER_KG = new BigDecimal("25");
    private static final BigDecimal CTX_MG_PER_KG = new BigDecimal("20");
    private static final int[] CTX_DAYS = {29, 30, 43, 44};
    private static final int TRANSFUSIONS_FROM = -49;
    private static final int LOOKBACK = 56;

    private static final long CHEMISTRY_SALT = 0x5CAE_E4C4_E3A1_57A7L;

    /**
     * The screening history items of ctx-ist (document 000, l.107-137) that the generator does not draw:
     * the three inclusion items every treated or screened patient met, and the exclusions none had.
     * ECOG and the prior-therapy durations are written by {@link Patient#history} and
     * {@link #writeCandidate} with values.
     */
    private static final String[] HISTORY_YES = {
        "x_aa_acquired_treatment_naive", "x_hsct_ineligible_or_declined", "x_informed_consent"
    };

    private static final String[] HISTORY_NO = {
        "x_intolerance_ctx_or_hetrombopag",
        "x_allergy_p_atg",
        "x_uncontrolled_hypertension_or_diabetes",
        "prior_chemo_radiotherapy",
        "x_severe_systemic_disease",
        "x_pregnancy_lactation_childbearing",
        "x_investigator_ineligible"
    };

    /** The files of a CTX+IST data set: every file of the format up to the screening history. */
    private static final Set<DatasetFile> FILES = EnumSet.range(DatasetFile.SUBJECTS, DatasetFile.SCREENING_HISTORY);

    private final long seed;

    private CohortGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * A generator drawing from a seed.
     *
     * @param seed the seed
     * @return the generator
     */
    public static CohortGenerator withSeed(long seed) {
        return new CohortGenerator(seed);
    }

    /**
     * Writes the cohort's data set to a folder (created if needed; its data set files are replaced), in
     * the canonical form of {@link org.marrow.dataset.DatasetWriter}. Subjects are generated one at a
     * time, so a registry-size cohort needs little memory.
     *
     * @param cohort the cohort
     * @param dir the folder
     * @throws IllegalArgumentException if a plan cannot be met (a superior response on a day of a
     *     neutrophil dip below 1.0)
     * @throws UncheckedIOException if a file cannot be written
     */
    public void write(Cohort cohort, Path dir) {
        try {
            Files.createDirectories(dir);
            Map<DatasetFile, BufferedWriter> out = new EnumMap<>(DatasetFile.class);
            try {
                for (DatasetFile file : FILES) {
                    BufferedWriter writer =
                            Files.newBufferedWriter(dir.resolve(file.fileName()), StandardCharsets.UTF_8);
                    out.put(file, writer);
                    // No screening dates are generated: subjects.csv has no screened_on column, as the
                    // data set writer leaves it out when no subject has one.
                    writer.write(String.join(
                            ",",
                            file.columns().stream()
                                    .filter(c -> !c.equals(RecordField.SCREENED_ON.fieldName()))
                                    .toList()));
                    writer.write('\n');
                }
                for (int i = 0; i < cohort.patients().size(); i++) {
                    new Patient(cohort, i, rng(i), chemistryRng(i)).write(out);
                }
                for (int i = 0; i < cohort.withdrawn().size(); i++) {
                    int index = cohort.patients().size() + i;
                    writeCandidate(cohort, cohort.withdrawn().get(i), rng(index), chemistryRng(index), out);
                }
            } finally {
                for (BufferedWriter writer : out.values()) {
                    writer.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
    }

    /** One stream per subject, so that a subject's values do not depend on the subjects before it. */
    private UniformRandomProvider rng(int index) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(seed, index));
    }

    /**
     * The stream of a subject's screening chemistry (ALT, AST, creatinine), apart from {@link #rng}, so
     * that these rows, added after the first release of the example, left every other value as it was.
     */
    private UniformRandomProvider chemistryRng(int index) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(seed ^ CHEMISTRY_SALT, index));
    }

    /** SplitMix64's finaliser over seed and index: unrelated streams for neighbouring indices. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void row(Map<DatasetFile, BufferedWriter> out, DatasetFile file, String... values)
            throws IOException {
        BufferedWriter writer = out.get(file);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(values[i]);
        }
        writer.write('\n');
    }

    /**
     * A lab row; neutrophil counts carry a lower limit of normal of 2.0 x10^9/L so that CTCAE v5.0
     * "Neutrophil count decreased" grade 1 (&lt; LLN to 1.5) can be derived from them.
     */
    private static void lab(
            Map<DatasetFile, BufferedWriter> out, String id, LocalDate date, String test, String value, String unit)
            throws IOException {
        row(out, DatasetFile.LABS, id, date.toString(), test, value, unit, test.equals("NEUT") ? "2.0" : "", "");
    }

    private static int between(UniformRandomProvider rng, int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    /** A decimal with {@code scale} digits drawn uniformly between two values given in those units. */
    private static BigDecimal scaled(UniformRandomProvider rng, int lo, int hi, int scale) {
        return BigDecimal.valueOf(between(rng, lo, hi), scale);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static LocalDate birthDate(UniformRandomProvider rng, LocalDate on, int age) {
        return on.minusYears(age).minusDays(between(rng, 1, 360));
    }

    private static String sex(Sex sex) {
        return sex == Sex.MALE ? "M" : "F";
    }

    private static String[] weightAndHeight(UniformRandomProvider rng, Sex sex) {
        int height = sex == Sex.MALE ? between(rng, 160, 186) : between(rng, 150, 172);
        int bmiTenths = between(rng, 185, 270);
        long weightTenths = Math.round(bmiTenths * height * height / 10_000.0);
        return new String[] {BigDecimal.valueOf(weightTenths, 1).toPlainString(), Integer.toString(height)};
    }

    private static void screeningLabs(
            UniformRandomProvider rng,
            Map<DatasetFile, BufferedWriter> out,
            String id,
            LocalDate date,
            Severity severity)
            throws IOException {
        lab(out, id, date, "CELLULARITY", Integer.toString(between(rng, 5, 20)), "%");
        Counts counts = Counts.baseline(rng, severity);
        counts.write(out, id, date);
    }

    /**
     * ALT, AST and creatinine on the screening date, inside the upper limits of normal ctx-ist assumes
     * (40 U/L, 40 U/L, 104 umol/L; written as each row's uln), so that exclusion E7 (document 000,
     * l.130-133) is answered and not met.
     */
    private static void screeningChemistry(
            UniformRandomProvider rng, Map<DatasetFile, BufferedWriter> out, String id, LocalDate date)
            throws IOException {
        String d = date.toString();
        row(out, DatasetFile.LABS, id, d, "ALT", Integer.toString(between(rng, 8, 38)), "U/L", "", "40");
        row(out, DatasetFile.LABS, id, d, "AST", Integer.toString(between(rng, 10, 38)), "U/L", "", "40");
        row(out, DatasetFile.LABS, id, d, "CREAT", Integer.toString(between(rng, 45, 100)), "umol/L", "", "104");
    }

    /** The items of {@link #HISTORY_YES} and {@link #HISTORY_NO}, dated on the screening date. */
    private static void screeningAnswers(Map<DatasetFile, BufferedWriter> out, String id, LocalDate screening)
            throws IOException {
        String d = screening.toString();
        for (String item : HISTORY_YES) {
            row(out, DatasetFile.SCREENING_HISTORY, id, item, "yes", d, "");
        }
        for (String item : HISTORY_NO) {
            row(out, DatasetFile.SCREENING_HISTORY, id, item, "no", d, "");
        }
    }

    private void writeCandidate(
            Cohort cohort,
            ScreenedCandidate c,
            UniformRandomProvider rng,
            UniformRandomProvider chemistry,
            Map<DatasetFile, BufferedWriter> out)
            throws IOException {
        String[] wh = weightAndHeight(rng, c.sex());
        row(
                out,
                DatasetFile.SUBJECTS,
                c.subjectId(),
                cohort.site(),
                "",
                sex(c.sex()),
                birthDate(rng, c.screenedOn(), c.age()).toString(),
                wh[0],
                wh[1],
                "",
                "");
        screeningLabs(rng, out, c.subjectId(), c.screenedOn(), c.severity());
        screeningChemistry(chemistry, out, c.subjectId(), c.screenedOn());
        row(
                out,
                DatasetFile.EVENTS,
                c.subjectId(),
                c.screenedOn().plusDays(3).toString(),
                EventType.WITHDRAWN.name(),
                "consent withdrawn before treatment (synthetic)");
        priorTherapyAndEcog(out, c.subjectId(), c.screenedOn(), between(chemistry, 0, 1));
        screeningAnswers(out, c.subjectId(), c.screenedOn());
    }

    /** The drawn part of the screening history: no prior IST or TPO-RA, no uncontrolled infection. */
    private static void priorTherapyAndEcog(
            Map<DatasetFile, BufferedWriter> out, String id, LocalDate screening, int ecog) throws IOException {
        String d = screening.toString();
        row(out, DatasetFile.SCREENING_HISTORY, id, "prior_ist_weeks", "0", d, "");
        row(out, DatasetFile.SCREENING_HISTORY, id, "prior_tpo_ra_weeks", "0", d, "");
        row(out, DatasetFile.SCREENING_HISTORY, id, "uncontrolled_infection", "no", d, "");
        row(out, DatasetFile.SCREENING_HISTORY, id, "ecog", Integer.toString(ecog), d, "");
    }

    /** The four blood counts of one date, in the units written. */
    private record Counts(BigDecimal hgbGdl, int plat, BigDecimal neut, BigDecimal reti) {

        static Counts baseline(UniformRandomProvider rng, Severity severity) {
            BigDecimal hgb = scaled(rng, 55, 85, 1);
            if (severity == Severity.VERY_SEVERE) {
                return new Counts(hgb, between(rng, 2, 11), scaled(rng, 1, 19, 2), scaled(rng, 24, 190, 1));
            }
            BigDecimal neut = scaled(rng, 20, 102, 2);
            int plat = between(rng, 1, 19);
            // With ANC >= 0.5 the reticulocytes must be the second low count.
            BigDecimal reti =
                    neut.compareTo(new BigDecimal("0.5")) >= 0 ? scaled(rng, 49, 195, 1) : scaled(rng, 49, 460, 1);
            return new Counts(hgb, plat, neut, reti);
        }

        static Counts of(UniformRandomProvider rng, ResponseCategory category, Severity severity) {
            return switch (category) {
                case NR ->
                    new Counts(
                            scaled(rng, 55, 79, 1),
                            between(rng, 3, 18),
                            severity == Severity.VERY_SEVERE ? scaled(rng, 5, 45, 2) : scaled(rng, 20, 90, 2),
                            scaled(rng, 30, 180, 1));
                case PR ->
                    new Counts(
                            scaled(rng, 70, 110, 1),
                            between(rng, 21, 49),
                            scaled(rng, 40, 180, 2),
                            scaled(rng, 220, 800, 1));
                case GPR ->
                    new Counts(
                            scaled(rng, 85, 115, 1),
                            between(rng, 52, 78),
                            scaled(rng, 110, 250, 2),
                            scaled(rng, 300, 900, 1));
                case VGPR ->
                    new Counts(
                            scaled(rng, 102, 130, 1),
                            between(rng, 82, 98),
                            scaled(rng, 110, 300, 2),
                            scaled(rng, 350, 1000, 1));
                case CR ->
                    new Counts(
                            scaled(rng, 105, 140, 1),
                            between(rng, 105, 220),
                            scaled(rng, 120, 400, 2),
                            scaled(rng, 400, 1200, 1));
            };
        }

        Counts withNeut(BigDecimal value) {
            return new Counts(hgbGdl, plat, value, reti);
        }

        void write(Map<DatasetFile, BufferedWriter> out, String id, LocalDate date) throws IOException {
            lab(out, id, date, "HGB", hgbGdl.toPlainString(), "g/dL");
            lab(out, id, date, "PLAT", Integer.toString(plat), "10^9/L");
            lab(out, id, date, "NEUT", neut.toPlainString(), "10^9/L");
            lab(out, id, date, "RETI", reti.toPlainString(), "10^9/L");
        }
    }

    /** The generation of one treated patient. */
    private static final class Patient {
        private final Cohort cohort;
        private final PatientPlan plan;
        private final UniformRandomProvider rng;
        private final UniformRandomProvider chemistry;
        private final LocalDate day1;
        private final String id;
        private final TreeMap<Integer, BigDecimal> neutrophils = new TreeMap<>();
        private BigDecimal weight;

        Patient(Cohort cohort, int index, UniformRandomProvider rng, UniformRandomProvider chemistry) {
            this.cohort = cohort;
            this.plan = cohort.patients().get(index);
            this.rng = rng;
            this.chemistry = chemistry;
            this.day1 = cohort.firstDoseOf(index);
            this.id = plan.subjectId();
        }

        private LocalDate date(int studyDay) {
            return day1.plusDays(studyDay - 1L);
        }

        void write(Map<DatasetFile, BufferedWriter> out) throws IOException {
            String[] wh = weightAndHeight(rng, plan.sex());
            weight = new BigDecimal(wh[0]);
            LocalDate enrolled = day1.minusDays(between(rng, 0, 3));
            row(
                    out,
                    DatasetFile.SUBJECTS,
                    id,
                    cohort.site(),
                    cohort.arm(),
                    sex(plan.sex()),
                    birthDate(rng, day1, plan.age()).toString(),
                    wh[0],
                    wh[1],
                    enrolled.toString(),
                    day1.toString());
            LocalDate screening = date(Visits.SCREENING_DAY);
            screeningLabs(rng, out, id, screening, plan.severity());
            screeningChemistry(chemistry, out, id, screening);
            labs(out);
            transfusions(out);
            doses(out);
            adverseEvents(out);
            events(out);
            history(out, screening);
        }

        private void labs(Map<DatasetFile, BufferedWriter> out) throws IOException {
            Map<Integer, BigDecimal> daily = dailyNeutrophils();
            for (int day : Visits.DAYS) {
                if (day > plan.lastDay()) {
                    break;
                }
                Counts counts = day == 1
                        ? Counts.baseline(rng, plan.severity())
                        : Counts.of(rng, plan.categoryOn(day), plan.severity());
                if (daily.containsKey(day)) {
                    counts = counts.withNeut(daily.get(day));
                    if (plan.categoryOn(day).isSuperior() && counts.neut().compareTo(BigDecimal.ONE) <= 0) {
                        throw new IllegalArgumentException("Plan of " + id + " has " + plan.categoryOn(day) + " on day "
                                + day + " during a neutrophil dip below 1.0");
                    }
                }
                neutrophils.put(day, counts.neut());
                counts.write(out, id, date(day));
            }
            for (Map.Entry<Integer, BigDecimal> e : daily.entrySet()) {
                if (e.getKey() <= plan.lastDay() && !Visits.isVisitDay(e.getKey())) {
                    neutrophils.put(e.getKey(), e.getValue());
                    lab(out, id, date(e.getKey()), "NEUT", e.getValue().toPlainString(), "10^9/L");
                }
            }
        }

        /** ANC on days 29-80 by the neutropenia plan (values in hundredths of 10^9/L). */
        private Map<Integer, BigDecimal> dailyNeutrophils() {
            PatientPlan.NeutropeniaPlan np = plan.neutropenia();
            Map<Integer, BigDecimal> daily = new TreeMap<>();
            int[] normal =
                    switch (np.grade()) {
                        case 0 -> new int[] {200, 400};
                        case 1 -> new int[] {180, 350};
                        case 2 -> new int[] {160, 300};
                        default -> new int[] {120, 300};
                    };
            int nadirDay = rng.nextBoolean() ? 33 : 47;
            int c1From = np.persistent() ? Visits.DAILY_NEUT_FROM : 31;
            int c1To = c1From + np.cycle1Days() - 1;
            int c2From = 45;
            int c2To = c2From + np.cycle2Days() - 1;
            for (int day = Visits.DAILY_NEUT_FROM; day <= Visits.DAILY_NEUT_TO; day++) {
                BigDecimal value;
                boolean inC1 = day >= c1From && day <= c1To;
                boolean inC2 = day >= c2From && day <= c2To;
                if (inC1 || inC2) {
                    int from = inC1 ? c1From : c2From;
                    int to = inC1 ? c1To : c2To;
                    if (np.persistent()) {
                        value = scaled(rng, 2, 45, 2);
                    } else if (np.grade() == 4 && day == (from + to) / 2) {
                        value = scaled(rng, 5, 45, 2);
                    } else if (np.grade() == 4) {
                        value = scaled(rng, 5, 95, 2);
                    } else {
                        value = scaled(rng, 50, 95, 2);
                    }
                } else if (np.persistent() && day > c1To) {
                    value = scaled(rng, 100, 140, 2);
                } else if ((day == c1To + 1 && np.cycle1Days() > 0) || (day == c2To + 1 && np.cycle2Days() > 0)) {
                    value = scaled(rng, 105, 150, 2);
                } else if (day == nadirDay && np.grade() == 1) {
                    value = scaled(rng, 150, 199, 2);
                } else if (day == nadirDay && np.grade() == 2) {
                    value = scaled(rng, 105, 145, 2);
                } else {
                    value = scaled(rng, normal[0], normal[1], 2);
                }
                daily.put(day, value);
            }
            return daily;
        }

        private boolean transfusionAllowed(int day) {
            if (day > plan.lastDay() || plan.categoryOn(day) != ResponseCategory.NR) {
                return false;
            }
            // No transfusion in the 56 days up to any day of a response phase.
            for (int r = day; r <= Math.min(day + LOOKBACK - 1, PatientPlan.MONTH_6); r++) {
                if (plan.categoryOn(r).isResponse()) {
                    return false;
                }
            }
            return true;
        }

        private void transfusions(Map<DatasetFile, BufferedWriter> out) throws IOException {
            for (int day = TRANSFUSIONS_FROM; day <= plan.lastDay(); day++) {
                int offset = day - TRANSFUSIONS_FROM;
                boolean platelets = offset % 7 == 0;
                boolean redCells = offset % 14 == 0;
                if ((platelets || redCells) && transfusionAllowed(day)) {
                    if (redCells) {
                        row(out, DatasetFile.TRANSFUSIONS, id, date(day).toString(), "RBC", "2");
                    }
                    if (platelets) {
                        row(out, DatasetFile.TRANSFUSIONS, id, date(day).toString(), "PLT", "1");
                    }
                }
            }
        }

        private void dose(Map<DatasetFile, BufferedWriter> out, int day, String drug, BigDecimal amount, String unit)
                throws IOException {
            row(out, DatasetFile.DOSES, id, date(day).toString(), drug, plain(amount), unit);
        }

        private void doses(Map<DatasetFile, BufferedWriter> out) throws IOException {
            BigDecimal atg = P_ATG_MG_PER_KG.multiply(weight);
            BigDecimal ctx = CTX_MG_PER_KG.multiply(weight);
            BigDecimal csa = BigDecimal.valueOf(Math.round(weight.doubleValue() * 4 / 25) * 25);
            BigDecimal gcsf = BigDecimal.valueOf(Math.round(weight.doubleValue() * 5));
            BigDecimal hetrombopag = new BigDecimal("15");
            for (int day = 1; day <= plan.lastDay(); day++) {
                if (day <= 5) {
                    dose(out, day, "p-atg", atg, "mg");
                }
                dose(out, day, "csa", csa, "mg");
                dose(out, day, "hetrombopag", hetrombopag, "mg");
                for (int k = 0; k < plan.ctxInfusions(); k++) {
                    if (CTX_DAYS[k] == day) {
                        dose(out, day, "cyclophosphamide", ctx, "mg");
                    }
                }
                Map.Entry<Integer, BigDecimal> anc = neutrophils.floorEntry(day);
                if (anc != null && anc.getValue().compareTo(new BigDecimal("0.5")) < 0) {
                    dose(out, day, "g-csf", gcsf, "ug");
                }
            }
        }

        private void ae(
                Map<DatasetFile, BufferedWriter> out, String term, int grade, int start, int end, String relatedTo)
                throws IOException {
            row(
                    out,
                    DatasetFile.ADVERSE_EVENTS,
                    id,
                    term,
                    Integer.toString(grade),
                    date(start).toString(),
                    date(Math.min(end, plan.lastDay() + 1)).toString(),
                    grade >= 3 ? "Y" : "N",
                    relatedTo);
        }

        private void adverseEvents(Map<DatasetFile, BufferedWriter> out) throws IOException {
            if (plan.nauseaGrade() > 0) {
                ae(out, "Nausea", plan.nauseaGrade(), 29, 31, "cyclophosphamide");
            }
            PatientPlan.NeutropeniaPlan np = plan.neutropenia();
            if (np.grade() >= 3) {
                int start = np.persistent() ? 29 : np.cycle1Days() > 0 ? 31 : 45;
                int end = np.cycle2Days() > 0 ? 45 + np.cycle2Days() : start + np.cycle1Days();
                ae(out, "Neutrophil count decreased", np.grade(), start, end, "cyclophosphamide");
            } else if (np.grade() > 0) {
                int nadir = neutrophilNadirDay();
                ae(out, "Neutrophil count decreased", np.grade(), nadir, nadir + 2, "cyclophosphamide");
            }
            if (plan.alopecia()) {
                ae(out, "Alopecia", 1, 50, 120, "cyclophosphamide");
            }
            for (PatientPlan.InfectionPlan inf : plan.infections()) {
                ae(
                        out,
                        inf.term(),
                        inf.grade(),
                        inf.day(),
                        inf.day() + 7,
                        inf.day() >= 29 ? "cyclophosphamide" : "p-atg");
            }
            if (plan.exit().isPresent() && plan.exit().get().type() == EventType.DEATH) {
                int day = plan.exit().get().day();
                row(
                        out,
                        DatasetFile.ADVERSE_EVENTS,
                        id,
                        "Death NOS",
                        "5",
                        date(day).toString(),
                        date(day).toString(),
                        "Y",
                        "");
            }
        }

        private int neutrophilNadirDay() {
            int day = Visits.DAILY_NEUT_FROM;
            BigDecimal low = null;
            for (Map.Entry<Integer, BigDecimal> e : neutrophils
                    .subMap(Visits.DAILY_NEUT_FROM, true, Visits.DAILY_NEUT_TO, true)
                    .entrySet()) {
                if (low == null || e.getValue().compareTo(low) < 0) {
                    low = e.getValue();
                    day = e.getKey();
                }
            }
            return day;
        }

        private void events(Map<DatasetFile, BufferedWriter> out) throws IOException {
            if (plan.relapseDay().isPresent()) {
                row(
                        out,
                        DatasetFile.EVENTS,
                        id,
                        date(plan.relapseDay().getAsInt()).toString(),
                        EventType.RELAPSE.name(),
                        "relapse after partial response (synthetic)");
            }
            if (plan.exit().isPresent()) {
                PatientPlan.Exit exit = plan.exit().get();
                row(
                        out,
                        DatasetFile.EVENTS,
                        id,
                        date(exit.day()).toString(),
                        exit.type().name(),
                        exit.note());
            }
        }

        private void history(Map<DatasetFile, BufferedWriter> out, LocalDate screening) throws IOException {
            priorTherapyAndEcog(out, id, screening, between(rng, 0, 1));
            screeningAnswers(out, id, screening);
        }
    }
}
