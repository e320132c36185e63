package org.marrow.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marrow.clinical.quantity.LabTest;
import org.marrow.clinical.quantity.Unit;
import org.marrow.clinical.renal.Sex;
import org.marrow.clinical.response.ResponseCategory;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.stats.rank.RankSumTest;
import org.marrow.study.DoseUnit;
import org.marrow.study.Drug;
import org.marrow.study.EventType;
import org.marrow.study.RecordType;
import org.marrow.study.SomaticMutation;
import org.marrow.study.StudyDataset;
import org.marrow.study.Subject;

/**
 * The synthetic cohort of trial document 001 (hetrombopag + p-ATG + CsA, 32 patients, versus 96
 * matched historical controls on p-ATG + CsA), planned so that protocol {@code hpag-ist}'s analysis
 * reproduces the document's numbers (examples/hpag-ist/PUBLISHED.md). NO REAL PATIENT DATA.
 *
 * <p>By construction: 17/15 and 52/44 male/female; 21/11 and 60/36 SAA/VSAA; 11 and 26 with a PNH
 * clone; at 3 months CR 7 (SAA 5) and 5 (SAA 4), PR 8 and 31; at 6 months CR 11 (SAA 9) and 14 (SAA 10),
 * PR 11 and 34; 23 and 52 responders in all, 14 and 29 CRs; 17 and 31 reach platelets of 100 x10^9/L;
 * two relapses and one death after HSCT (day 393) in the hetrombopag group. A seeded local search
 * ({@link Tuner}) then places the baseline values inside Table 1's medians and ranges and the days of
 * first response, CR and platelets of 100 so that the Mann-Whitney tests print the document's P values
 * (Table 1: 0.928, 0.821, 0.739, 0.361, 0.046; times: 0.000, 0.019, 0.030) and the medians among those
 * with the event are 56 vs 77, 96 vs 214 and 88 vs 207 days.
 */
public final class HpagIstCohort {
    /** The seed of the committed data set examples/hpag-ist. */
    public static final long EXAMPLE_SEED = 20210601L;

    static final String PROTOCOL = "hpag-ist";
    static final String SITE = "ihbdh";
    static final String HPAG = "hpag-ist";
    static final String CONTROL = "ist-control";

    static final List<Integer> HPAG_VISITS = List.of(
            8, 15, 22, 29, 36, 43, 50, 56, 64, 71, 78, 85, 88, 92, 100, 106, 120, 134, 148, 162, 176, 183, 214, 244,
            274, 304, 334, 365);
    static final List<Integer> CONTROL_VISITS =
            List.of(15, 29, 43, 57, 64, 71, 77, 85, 92, 106, 120, 148, 183, 207, 214, 244, 274, 304, 334, 365);

    /** Follow-up of the 31 hetrombopag patients without HSCT (the 32nd ends at HSCT on day 380). */
    private static final int[] HPAG_FOLLOW_UP = {
        295, 301, 308, 314, 319, 326, 331, 337, 342, 346, 350, 353, 356, 359, 362, 366, 366, 368, 371, 375, 379, 384,
        389, 395, 401, 408, 415, 422, 430, 440, 449
    };

    private HpagIstCohort() {}

    /** A patient's course type: category at 3 and 6 months, and what follows. */
    enum Type {
        CR3,
        PR3_CR6,
        PR3_PR6,
        NR3_PR6,
        LATE,
        NR
    }

    /** One patient as planned. */
    static final class Patient {
        final String id;
        final boolean hpag;
        final Type type;
        Profile profile;
        Sex sex;
        boolean pnh;
        boolean laterCr;
        boolean plateletsHigh;
        int relapse = -1;
        boolean hsct;
        int lastDay;
        int r = -1;
        int p = -1;
        int c = -1;
        int age;
        Counts baseline;

        Patient(String id, boolean hpag, Type type) {
            this.id = id;
            this.hpag = hpag;
            this.type = type;
        }

        List<Integer> visits() {
            return hpag ? HPAG_VISITS : CONTROL_VISITS;
        }

        boolean cr() {
            return type == Type.CR3 || type == Type.PR3_CR6 || laterCr;
        }

        boolean responder() {
            return type != Type.NR;
        }

        /** The window of the first response day. */
        int[] rWindow() {
            int first = hpag ? 15 : 29;
            return switch (type) {
                case CR3, PR3_CR6, PR3_PR6 -> new int[] {first, 92};
                case NR3_PR6 -> new int[] {93, 183};
                case LATE -> new int[] {184, hpag ? 274 : 365};
                case NR -> new int[] {-1, -1};
            };
        }

        /** The window of the CR day. */
        int[] cWindow() {
            if (type == Type.CR3) {
                return new int[] {r, 92};
            }
            if (type == Type.PR3_CR6) {
                return new int[] {93, 183};
            }
            return new int[] {Math.max(184, r), hpag ? 274 : 365};
        }
    }

    /**
     * The cohort's data set.
     *
     * @param seed the seed
     * @return the data set
     * @throws IllegalStateException if the plan cannot be met (a bug: the committed seed meets it)
     */
    public static StudyDataset generate(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Patient> hpag = group(true, rng);
        List<Patient> control = group(false, rng);
        tuneTimes(hpag, control, rng);
        tuneBaseline(hpag, control, rng);
        Protocol protocol = ProtocolRegistry.bundled().resolve(PROTOCOL);
        ExampleRecords out = new ExampleRecords();
        List<Patient> all = new ArrayList<>(hpag);
        all.addAll(control);
        LocalDate first = LocalDate.of(2020, 3, 2);
        for (int i = 0; i < all.size(); i++) {
            Patient pt = all.get(i);
            LocalDate day1 = pt.hpag
                    ? first.plusDays(i * 11L)
                    : LocalDate.of(2016, 1, 11).plusDays((i - hpag.size()) * 12L);
            write(pt, day1, protocol, RandomSource.XO_RO_SHI_RO_128_PP.create(CohortGenerator.mix(seed, i)), out);
        }
        return out.dataset(RecordType.MUTATIONS);
    }

    private static List<Patient> group(boolean isHpag, UniformRandomProvider rng) {
        List<Patient> out = new ArrayList<>();
        int[] counts = isHpag ? new int[] {7, 4, 4, 7, 1, 9} : new int[] {5, 9, 22, 12, 4, 44};
        int k = 0;
        for (Type t : Type.values()) {
            for (int j = 0; j < counts[t.ordinal()]; j++) {
                k++;
                String id = isHpag ? String.format("HP-%02d", k) : String.format("HC-%03d", k);
                out.add(new Patient(id, isHpag, t));
            }
        }
        // Severity per course type: CR at 3 months SAA 5 of 7 (controls 4 of 5), CR from 3 to 6 months SAA
        // 4 of 4 (6 of 9): Table S1's SAA CR 23.8% vs 6.7% and 42.9% vs 16.7%; overall response within
        // each severity close between the groups (l.64-67: "the OR rate was similar"): SAA 10/21 vs 23/60
        // at 3 months and 15/21 vs 33/60 at 6 months.
        int[] saaByType = isHpag ? new int[] {5, 4, 1, 5} : new int[] {4, 6, 13, 10};
        int saaRest = (isHpag ? 21 : 60) - java.util.Arrays.stream(saaByType).sum();
        List<Patient> rest = new ArrayList<>();
        for (Type t : Type.values()) {
            List<Patient> ofType =
                    new ArrayList<>(out.stream().filter(pt -> pt.type == t).toList());
            if (t.ordinal() >= saaByType.length) {
                rest.addAll(ofType);
                continue;
            }
            shuffle(ofType, rng);
            for (int i = 0; i < ofType.size(); i++) {
                ofType.get(i).profile = i < saaByType[t.ordinal()] ? Profile.SAA : Profile.VSAA;
            }
        }
        shuffle(rest, rng);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).profile = i < saaRest ? Profile.SAA : Profile.VSAA;
        }
        // Later CR (after 6 months) and responses with platelets of 100 or more without CR.
        List<Patient> pr6 = new ArrayList<>(out.stream()
                .filter(pt -> pt.type == Type.PR3_PR6 || pt.type == Type.NR3_PR6)
                .toList());
        shuffle(pr6, rng);
        int laterCr = isHpag ? 3 : 15;
        for (int i = 0; i < laterCr; i++) {
            pr6.get(i).laterCr = true;
        }
        List<Patient> prOnly = new ArrayList<>(
                out.stream().filter(pt -> pt.responder() && !pt.cr()).toList());
        shuffle(prOnly, rng);
        int high = isHpag ? 3 : 2;
        for (int i = 0; i < high; i++) {
            prOnly.get(i).plateletsHigh = true;
        }
        if (isHpag) {
            // Two relapses (document 001 l.85-86, l.149-151), in responders without CR.
            prOnly.get(high).relapse = 244;
            prOnly.get(high + 1).relapse = 274;
            out.stream().filter(pt -> pt.type == Type.NR).findFirst().orElseThrow().hsct = true;
        }
        // Sex and PNH clone (Table 1): 17/15 and 52/44 male; 11 and 26 with a PNH clone.
        List<Patient> order = new ArrayList<>(out);
        shuffle(order, rng);
        int males = isHpag ? 17 : 52;
        for (int i = 0; i < order.size(); i++) {
            order.get(i).sex = i < males ? Sex.MALE : Sex.FEMALE;
        }
        shuffle(order, rng);
        int pnh = isHpag ? 11 : 26;
        for (int i = 0; i < order.size(); i++) {
            order.get(i).pnh = i < pnh;
        }
        // Follow-up: the hetrombopag group's median 366 (295-449) days; controls over 12 months.
        shuffle(order, rng);
        int f = 0;
        for (Patient pt : order) {
            pt.lastDay = isHpag ? (pt.hsct ? 380 : HPAG_FOLLOW_UP[f++]) : 366 + rng.nextInt(40);
        }
        return out;
    }

    private static <T> void shuffle(List<T> list, UniformRandomProvider rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---- times of first response, CR and platelets >= 100: medians among events, Mann-Whitney P ----

    private static double[] days(List<Patient> g, java.util.function.ToIntFunction<Patient> day) {
        return g.stream()
                .mapToInt(day)
                .filter(d -> d > 0)
                .sorted()
                .asDoubleStream()
                .toArray();
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double timeDistance(List<Patient> h, List<Patient> c) {
        double d = 0;
        d += medianDistance(days(h, pt -> pt.r), 56, true) + medianDistance(days(c, pt -> pt.r), 77, true);
        d += medianDistance(days(h, pt -> pt.c), 96, false) + medianDistance(days(c, pt -> pt.c), 214, true);
        d += medianDistance(days(h, pt -> pt.p), 88, true) + medianDistance(days(c, pt -> pt.p), 207, true);
        d += Tuner.pDistance(
                RankSumTest.test(days(h, pt -> pt.r), days(c, pt -> pt.r)).p(), 0.000);
        d += Tuner.pDistance(
                RankSumTest.test(days(h, pt -> pt.c), days(c, pt -> pt.c)).p(), 0.019);
        d += Tuner.pDistance(
                RankSumTest.test(days(h, pt -> pt.p), days(c, pt -> pt.p)).p(), 0.030);
        return d;
    }

    /**
     * How far a median is from its target: the difference, plus (when the target is a day the values
     * can take, so the middle values must equal it) how many values too many lie on either side of it.
     */
    static double medianDistance(double[] sorted, double target, boolean taken) {
        double m = median(sorted);
        if (m == target) {
            return 0;
        }
        double d = Math.abs(m - target) / 10;
        if (taken) {
            int n = sorted.length;
            int allowed = n % 2 == 1 ? (n - 1) / 2 : n / 2 - 1;
            long below = java.util.Arrays.stream(sorted).filter(x -> x < target).count();
            long above = java.util.Arrays.stream(sorted).filter(x -> x > target).count();
            d += Math.max(0, below - allowed) + Math.max(0, above - allowed);
        }
        return d;
    }

    static String timeReport(List<Patient> h, List<Patient> c) {
        StringBuilder detail = new StringBuilder();
        for (Patient pt : c) {
            if (pt.p > 0) {
                detail.append(pt.id)
                        .append(':')
                        .append(pt.type)
                        .append(pt.laterCr ? "+cr" : "")
                        .append(pt.plateletsHigh ? "+high" : "")
                        .append(" r")
                        .append(pt.r)
                        .append(" p")
                        .append(pt.p)
                        .append(" c")
                        .append(pt.c)
                        .append("; ");
            }
        }
        return detail + " medians r " + median(days(h, pt -> pt.r)) + "/" + median(days(c, pt -> pt.r)) + ", c "
                + median(days(h, pt -> pt.c)) + "/" + median(days(c, pt -> pt.c)) + ", p "
                + median(days(h, pt -> pt.p)) + "/" + median(days(c, pt -> pt.p)) + "; P r "
                + RankSumTest.test(days(h, pt -> pt.r), days(c, pt -> pt.r)).p() + ", c "
                + RankSumTest.test(days(h, pt -> pt.c), days(c, pt -> pt.c)).p() + ", p "
                + RankSumTest.test(days(h, pt -> pt.p), days(c, pt -> pt.p)).p();
    }

    private static int pick(List<Integer> visits, int lo, int hi, UniformRandomProvider rng) {
        List<Integer> in = visits.stream().filter(v -> v >= lo && v <= hi).toList();
        return in.isEmpty() ? -1 : in.get(rng.nextInt(in.size()));
    }

    private static void tuneTimes(List<Patient> h, List<Patient> c, UniformRandomProvider rng) {
        List<Patient> all = new ArrayList<>(h);
        all.addAll(c);
        for (Patient pt : all) {
            if (!pt.responder()) {
                continue;
            }
            int[] w = pt.rWindow();
            pt.r = pick(pt.visits(), w[0], w[1], rng);
            if (pt.cr()) {
                int[] cw = pt.cWindow();
                pt.c = pick(pt.visits(), cw[0], cw[1], rng);
                pt.p = pick(pt.visits(), pt.r, pt.c, rng);
            } else if (pt.plateletsHigh) {
                pt.p = pick(pt.visits(), pt.r, Math.min(pt.lastDay, pt.relapse > 0 ? pt.relapse - 1 : 365), rng);
            }
        }
        List<Patient> responders = all.stream().filter(Patient::responder).toList();
        Tuner.run(
                rng,
                g -> {
                    Patient pt = responders.get(g.nextInt(responders.size()));
                    int field = g.nextInt(3);
                    int[] old = {pt.r, pt.p, pt.c};
                    return new Tuner.Move() {
                        @Override
                        public boolean apply() {
                            if (field == 0) {
                                int[] w = pt.rWindow();
                                pt.r = pick(pt.visits(), w[0], Math.min(w[1], pt.p > 0 ? pt.p : w[1]), g);
                            } else if (field == 1 && pt.p > 0) {
                                int hi = pt.cr() ? pt.c : Math.min(pt.lastDay, pt.relapse > 0 ? pt.relapse - 1 : 365);
                                pt.p = pick(pt.visits(), pt.r, hi, g);
                            } else if (field == 2 && pt.c > 0) {
                                int[] cw = pt.cWindow();
                                pt.c = pick(pt.visits(), Math.max(cw[0], pt.p), cw[1], g);
                            } else {
                                return false;
                            }
                            return pt.r != old[0] || pt.p != old[1] || pt.c != old[2];
                        }

                        @Override
                        public void undo() {
                            pt.r = old[0];
                            pt.p = old[1];
                            pt.c = old[2];
                        }
                    };
                },
                () -> responders.stream()
                        .allMatch(pt ->
                                pt.r > 0 && (pt.p < 0 || pt.p >= pt.r) && (pt.c < 0 || pt.c >= pt.p && pt.c >= pt.r)),
                () -> timeDistance(h, c),
                400_000,
                () -> "Document 001's times to response, CR and platelets of 100: " + timeReport(h, c));
    }

    // ---- Table 1: medians, ranges and Mann-Whitney P values of age and the baseline counts ----

    /** Whether a patient's counts give its severity: two of three counts low; VSAA below 0.2 neutrophils. */
    private static boolean valid(Profile profile, double reti, double plat, double neut) {
        int low = (reti < 20 ? 1 : 0) + (plat < 20 ? 1 : 0) + (neut < 0.5 ? 1 : 0);
        return low >= 2 && (profile == Profile.VSAA) == (neut < 0.2);
    }

    private static void tuneBaseline(List<Patient> h, List<Patient> c, UniformRandomProvider rng) {
        // Document 001, Table 1 (l.118-136): median (range) per group.
        Slots ageH = new Slots(32, 13, 44, 69, 0, rng);
        Slots ageC = new Slots(96, 7, 45, 70, 0, rng);
        Slots retiH = new Slots(32, 2, 152, 684, 1, rng);
        Slots retiC = new Slots(96, 0, 129, 637, 1, rng);
        Slots neutH = new Slots(32, 0, 33, 104, 2, rng);
        Slots neutC = new Slots(96, 0, 33, 112, 2, rng);
        Slots platH = new Slots(32, 1, 7, 21, 0, rng);
        Slots platC = new Slots(96, 0, 8, 31, 0, rng);
        Slots hgbH = new Slots(32, 34, 55, 99, 0, rng);
        Slots hgbC = new Slots(96, 33, 61, 96, 0, rng);
        Group gh = new Group(h, retiH, platH, neutH, rng);
        Group gc = new Group(c, retiC, platC, neutC, rng);
        List<Slots> all = List.of(ageH, ageC, retiH, retiC, neutH, neutC, platH, platC, hgbH, hgbC);
        Tuner.run(
                rng,
                g -> all.get(g.nextInt(all.size())).move(g),
                () -> gh.valid() && gc.valid(),
                () -> Tuner.pDistance(
                                RankSumTest.test(ageH.values(), ageC.values()).p(), 0.928)
                        + Tuner.pDistance(
                                RankSumTest.test(retiH.values(), retiC.values()).p(), 0.821)
                        + Tuner.pDistance(
                                RankSumTest.test(neutH.values(), neutC.values()).p(), 0.739)
                        + Tuner.pDistance(
                                RankSumTest.test(platH.values(), platC.values()).p(), 0.361)
                        + Tuner.pDistance(
                                RankSumTest.test(hgbH.values(), hgbC.values()).p(), 0.046),
                400_000,
                () -> "Document 001's Table 1");
        gh.assign(ageH, hgbH, rng);
        gc.assign(ageC, hgbC, rng);
    }

    /** A group's patients with the slot of each count they hold. */
    private static final class Group {
        final List<Patient> patients;
        final Slots reti;
        final Slots plat;
        final Slots neut;
        final int[] retiOf;
        final int[] platOf;
        final int[] neutOf;

        Group(List<Patient> patients, Slots reti, Slots plat, Slots neut, UniformRandomProvider rng) {
            this.patients = patients;
            this.reti = reti;
            this.plat = plat;
            this.neut = neut;
            int n = patients.size();
            retiOf = new int[n];
            platOf = new int[n];
            neutOf = new int[n];
            // Neutrophils: the lowest slots, below 0.20, to the VSAA patients; the rest 0.20 or more.
            List<Integer> vsaa = new ArrayList<>();
            List<Integer> saa = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                (patients.get(i).profile == Profile.VSAA ? vsaa : saa).add(i);
            }
            shuffle(vsaa, rng);
            shuffle(saa, rng);
            int k = 0;
            for (int i : vsaa) {
                neut.bound(k, 0, 19);
                neutOf[i] = k++;
            }
            for (int i : saa) {
                neut.bound(k, 20, neut.hi[k]);
                neutOf[i] = k++;
            }
            // Start inside the counts' validity: platelets and reticulocytes below 20 except each
            // maximum, held by patients whose other two counts are low.
            for (int s = 1; s < n - 1; s++) {
                plat.value[s] = Math.min(plat.value[s], 19);
                reti.value[s] = Math.min(reti.value[s], 199);
            }
            List<Integer> lowNeut = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (neut.value[neutOf[i]] < 50) {
                    lowNeut.add(i);
                }
            }
            int platMax = lowNeut.get(0);
            int retiMax = lowNeut.get(1);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i != platMax && i != retiMax) {
                    order.add(i);
                }
            }
            shuffle(order, rng);
            platOf[platMax] = n - 1;
            retiOf[retiMax] = n - 1;
            int ps = 0;
            int rs = 0;
            for (int i : order) {
                platOf[i] = ps++;
                retiOf[i] = rs++;
            }
            platOf[retiMax] = ps;
            retiOf[platMax] = rs;
            if (!valid()) {
                throw new IllegalStateException("Initial baseline counts are not valid");
            }
        }

        boolean valid() {
            for (int i = 0; i < patients.size(); i++) {
                if (!HpagIstCohort.valid(
                        patients.get(i).profile, reti.get(retiOf[i]), plat.get(platOf[i]), neut.get(neutOf[i]))) {
                    return false;
                }
            }
            return true;
        }

        void assign(Slots age, Slots hgb, UniformRandomProvider rng) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < patients.size(); i++) {
                order.add(i);
            }
            shuffle(order, rng);
            for (int i = 0; i < patients.size(); i++) {
                Patient pt = patients.get(i);
                pt.age = age.value[order.get(i)];
                pt.baseline = new Counts(
                        BigDecimal.valueOf(hgb.value[(order.get(i) * 7 + 3) % patients.size()]),
                        BigDecimal.valueOf(plat.value[platOf[i]]),
                        BigDecimal.valueOf(neut.value[neutOf[i]], 2),
                        BigDecimal.valueOf(reti.value[retiOf[i]], 1));
            }
        }
    }

    // ---- records ----

    private static void write(
            Patient pt, LocalDate day1, Protocol protocol, UniformRandomProvider rng, ExampleRecords out) {
        int height = pt.sex == Sex.MALE ? 160 + rng.nextInt(27) : 150 + rng.nextInt(23);
        long weightTenths = Math.round((185 + rng.nextInt(86)) * height * height / 10_000.0);
        BigDecimal weight = BigDecimal.valueOf(weightTenths, 1);
        out.subjects.add(new Subject(
                pt.id,
                SITE,
                java.util.Optional.of(pt.hpag ? HPAG : CONTROL),
                pt.sex,
                day1.minusYears(pt.age).minusDays(1 + rng.nextInt(360)),
                weight,
                BigDecimal.valueOf(height),
                java.util.Optional.of(day1),
                java.util.Optional.of(day1)));
        NavigableMap<Integer, ResponseCategory> course = new TreeMap<>();
        course.put(1, ResponseCategory.NR);
        if (pt.r > 0) {
            course.put(pt.r, pt.c == pt.r ? ResponseCategory.CR : ResponseCategory.PR);
        }
        if (pt.c > 0) {
            course.put(pt.c, ResponseCategory.CR);
        }
        if (pt.relapse > 0) {
            course.put(pt.relapse, ResponseCategory.NR);
        }
        List<Integer> visits =
                new ArrayList<>(pt.visits().stream().filter(v -> v < pt.lastDay).toList());
        visits.add(pt.lastDay);
        CourseBuilder.Plan plan = new CourseBuilder.Plan(
                pt.id,
                day1,
                pt.profile,
                pt.baseline,
                5 + rng.nextInt(19),
                course,
                pt.p > 0 ? pt.p : Integer.MAX_VALUE,
                visits,
                pt.lastDay);
        new CourseBuilder(protocol.response().responseCriteria(), CountsModel.STANDARD_SEVERE).write(plan, rng, out);
        LocalDate screening = day1.minusDays(7);
        // PNH clone at screening (Table 1: "PNH clones (+)"), and at 3 and 6 months in the hetrombopag group.
        BigDecimal clone = pt.pnh ? BigDecimal.valueOf(1 + rng.nextInt(300), 1) : BigDecimal.ZERO;
        out.lab(pt.id, screening, LabTest.PNH_CLONE, clone, Unit.PERCENT);
        if (pt.hpag && pt.pnh) {
            for (int day : new int[] {92, 183}) {
                clone = clone.multiply(BigDecimal.valueOf(90 + rng.nextInt(40)))
                        .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP)
                        .max(new BigDecimal("0.1"));
                out.lab(pt.id, day1.plusDays(day - 1L), LabTest.PNH_CLONE, clone, Unit.PERCENT);
            }
        }
        doses(pt, day1, weight, out);
        if (pt.relapse > 0) {
            out.event(pt.id, day1.plusDays(pt.relapse - 1L), EventType.RELAPSE, "relapse (synthetic)");
        }
        if (pt.hsct) {
            out.event(pt.id, day1.plusDays(379), EventType.HSCT, "allogeneic HSCT for refractory disease (synthetic)");
            out.event(pt.id, day1.plusDays(392), EventType.DEATH, "died during the HSCT course (synthetic)");
        }
        out.history(pt.id, "x_aa_acquired_treatment_naive", "yes", screening);
        out.history(pt.id, "x_hsct_ineligible_or_declined", "yes", screening);
        out.history(pt.id, "x_informed_consent", "yes", screening);
        if (pt.hpag) {
            mutations(pt, day1, rng, out);
        }
    }

    /**
     * p-ATG 25 mg/kg on days 1-5; CsA 4 mg/kg/day (nearest 25 mg) daily to 6 months; hetrombopag 15 mg
     * daily from day 1 in the hetrombopag group: stopped after 6 months without response, tapered to
     * 7.5 mg 8 weeks after a CR (document 001 l.81-92: tapered in five, maintained at 15 mg in eight,
     * stopped for platelet counts in eight, of whom two re-started at 7.5 mg).
     */
    private static void doses(Patient pt, LocalDate day1, BigDecimal weight, ExampleRecords out) {
        BigDecimal atg = weight.multiply(BigDecimal.valueOf(25));
        BigDecimal csa = BigDecimal.valueOf(Math.round(weight.doubleValue() * 4 / 25) * 25);
        int csaTo = Math.min(pt.lastDay, 183);
        int[] hpagDays = hetrombopagDays(pt);
        for (int day = 1; day <= Math.max(csaTo, hpagDays[1]); day++) {
            LocalDate d = day1.plusDays(day - 1L);
            if (day <= 5) {
                out.dose(pt.id, d, Drug.P_ATG, atg, DoseUnit.MG);
            }
            if (day <= csaTo) {
                out.dose(pt.id, d, Drug.CSA, csa, DoseUnit.MG);
            }
            if (pt.hpag && (day <= hpagDays[1] || day >= hpagDays[2] && day <= pt.lastDay && hpagDays[2] > 0)) {
                BigDecimal amount = day >= hpagDays[0] ? new BigDecimal("7.5") : new BigDecimal("15");
                out.dose(pt.id, d, Drug.HETROMBOPAG, amount, DoseUnit.MG);
            }
        }
    }

    /** Hetrombopag: {day the dose becomes 7.5 mg, last day, day it re-starts (or 0)}. */
    private static int[] hetrombopagDays(Patient pt) {
        if (!pt.hpag) {
            return new int[] {Integer.MAX_VALUE, 0, 0};
        }
        if (!pt.responder() || pt.r > 183) {
            return new int[] {Integer.MAX_VALUE, Math.min(pt.lastDay, 183), 0};
        }
        if (!pt.cr()) {
            return new int[] {Integer.MAX_VALUE, pt.lastDay, 0};
        }
        int n = Integer.parseInt(pt.id.substring(3));
        int taper = pt.c + 56;
        if (n % 3 == 0) {
            // Tapered to 7.5 mg, stopped 4 weeks later; the first two of these re-start at 7.5 mg.
            int stop = Math.min(taper + 28, pt.lastDay);
            return new int[] {taper, stop, n <= 6 ? Math.min(stop + 42, pt.lastDay) : 0};
        }
        return new int[] {n % 3 == 1 ? taper : Integer.MAX_VALUE, pt.lastDay, 0};
    }

    /** Somatic mutation tests at baseline and 6 months (synthetic; document 001 reports none). */
    private static void mutations(Patient pt, LocalDate day1, UniformRandomProvider rng, ExampleRecords out) {
        String[][] panel = {
            {"DNMT3A", "c.2645G>A p.R882H"},
            {"PIGA", "c.355_356del p.L119fs"},
            {"ASXL1", "c.1934dupG p.G646fs"},
            {"BCOR", "c.3454C>T p.Q1152*"},
            {"TET2", "c.3781C>T p.R1261C"}
        };
        int n = Integer.parseInt(pt.id.substring(3));
        String[] gene = n % 4 == 1 ? panel[(n / 4) % panel.length] : null;
        LocalDate screening = day1.minusDays(7);
        BigDecimal vaf = BigDecimal.valueOf(10 + rng.nextInt(80), 1);
        out.mutation(pt.id, screening, gene == null ? null : new SomaticMutation(gene[0], gene[1], vaf));
        if (pt.lastDay >= 183) {
            LocalDate m6 = day1.plusDays(182);
            if (gene != null) {
                out.mutation(
                        pt.id,
                        m6,
                        new SomaticMutation(gene[0], gene[1], vaf.add(BigDecimal.valueOf(5 + rng.nextInt(60), 1))));
            } else if (n % 5 == 0) {
                String[] g = panel[n % panel.length];
                out.mutation(pt.id, m6, new SomaticMutation(g[0], g[1], BigDecimal.valueOf(10 + rng.nextInt(40), 1)));
            } else {
                out.mutation(pt.id, m6, null);
            }
        }
    }

    static List<Patient> debugPlan(long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Patient> h = group(true, rng);
        List<Patient> c = group(false, rng);
        tuneTimes(h, c, rng);
        List<Patient> all = new ArrayList<>(h);
        all.addAll(c);
        return all;
    }

    static String summary(List<Patient> all) {
        return Arrays.toString(all.stream().mapToInt(p -> p.r).toArray());
    }
}
