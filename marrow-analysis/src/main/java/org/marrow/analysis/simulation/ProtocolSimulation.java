package org.marrow.analysis.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.marrow.analysis.stage.MonitoringDesign;
import org.marrow.analysis.stage.PrimaryTimepoint;
import org.marrow.protocol.Protocol;
import org.marrow.protocol.design.Bop2Toxicity;
import org.marrow.protocol.design.EventWindow;
import org.marrow.protocol.model.DayRange;
import org.marrow.protocol.regimen.Regimen;
import org.marrow.stats.simulation.MonteCarlo;
import org.marrow.stats.simulation.MonteCarloEstimate;
import org.marrow.stats.simulation.RunRandom;

/**
 * Monte Carlo simulation of a trial run through its protocol: patients enrolled one by one in study time,
 * followed to the primary timepoint's visit window, and the protocol's design gate (Simon's two stages or
 * the Bayesian monitoring it declares) applied as the live analysis applies it, by the same rules.
 *
 * <p><b>What is simulated</b> (docs/simulation.md):
 *
 * <ul>
 *   <li>Enrolment is a Poisson process of {@code accrualPerMonth} patients a month (a month is 365.25 / 12
 *       days); a patient's day 1 (first dose) is the day of enrolment.
 *   <li>The assessment the window rule takes at the primary timepoint falls on a study day drawn uniformly
 *       from the visit's window; it shows a response with probability {@code responseRate}.
 *   <li>With probability {@code dropout} a patient leaves (withdraws or is lost) on a study day drawn
 *       uniformly from day 1 to the day before that assessment.
 *   <li>A patient counts as evaluated as the live gate counts (the window rule): once the window has
 *       closed (its last day), or on the day they left. A patient who left is replaced by the next one
 *       enrolled when the protocol states a dropout rate, and is a non-responder (ITT) otherwise ({@link
 *       PrimaryTimepoint}).
 *   <li>When BOP2 monitors toxicity, a patient has the toxicity with probability {@code toxicityRate}, on a
 *       day drawn uniformly from its window (study days, or days from the first day of the drug's regimen),
 *       counted from that day unless the patient left before it.
 *   <li>Enrolment stops when a look's patients are all enrolled, and resumes when the look is passed, as
 *       document 002 says ("If after 24 weeks at least 9 patients achieved a response, then enrollment was
 *       expanded"); a look is decided as soon as its outcome is certain, by {@code SimonStage.decide} or
 *       {@code MonitoringLookStatus.decide}; a dropout seen before is replaced first.
 *   <li>The trial ends at the decision that stops it or at the last look's decision; its duration runs from
 *       the first enrolment to that decision.
 * </ul>
 *
 * <p>Not simulated: blood counts (the response criteria are not applied to generated counts: the response
 * rate is the rate the window rule's assessment shows), screening failures, death and HSCT (a patient who
 * leaves is a dropout), and the toxicity stopping rules of {@code design.toxicity_stopping}.
 *
 * <p><b>Reproducible and parallel</b> through {@link MonteCarlo}: the same seed gives the same result
 * whatever the number of threads.
 */
public final class ProtocolSimulation {
    /** Days in a month: 365.25 / 12. */
    static final double MONTH = 365.25 / 12;

    private final Protocol protocol;
    private final PrimaryTimepoint timepoint;
    private final Gate gate;
    private final int toxicityFrom;
    private final int toxicityTo;
    private final MonteCarlo monteCarlo;

    private ProtocolSimulation(
            Protocol protocol,
            PrimaryTimepoint timepoint,
            Gate gate,
            int toxicityFrom,
            int toxicityTo,
            MonteCarlo monteCarlo) {
        this.protocol = protocol;
        this.timepoint = timepoint;
        this.gate = gate;
        this.toxicityFrom = toxicityFrom;
        this.toxicityTo = toxicityTo;
        this.monteCarlo = monteCarlo;
    }

    /**
     * The simulation of a protocol, on every available processor.
     *
     * @param protocol the protocol
     * @return the simulation
     * @throws IllegalArgumentException if protocol is null, it has no response timepoint, it declares no
     *     design gate (neither {@code simon} nor {@code monitoring}), or its BOP2 design does not exist
     */
    public static ProtocolSimulation of(Protocol protocol) {
        if (protocol == null) {
            throw new IllegalArgumentException("Protocol must not be null");
        }
        PrimaryTimepoint tp = PrimaryTimepoint.of(protocol)
                .orElseThrow(() -> new IllegalArgumentException("protocol " + protocol.id()
                        + " has no response timepoint among its visits: there is no primary timepoint to simulate"));
        Gate gate;
        int from = 1;
        int to = Math.max(1, tp.visit().windowEnd());
        if (protocol.design().simon().isPresent()) {
            gate = Gate.of(protocol.design().simon().get());
        } else if (protocol.design().monitoring().efficacy().isPresent()) {
            MonitoringDesign d = MonitoringDesign.of(
                    protocol.design().monitoring().efficacy().get());
            gate = Gate.of(d);
            Optional<EventWindow> window = d.toxicity().flatMap(Bop2Toxicity::window);
            if (window.isPresent()) {
                int offset = window.get()
                        .afterFirstDoseOf()
                        .map(drug -> firstDay(protocol, drug) - 1)
                        .orElse(0);
                from = offset + window.get().from();
                to = offset + window.get().to();
            }
        } else {
            throw new IllegalArgumentException("protocol " + protocol.id()
                    + " declares no design gate to simulate: design.simon or design.monitoring");
        }
        return new ProtocolSimulation(protocol, tp, gate, from, to, MonteCarlo.withDefaults());
    }

    private static int firstDay(Protocol protocol, org.marrow.study.Drug drug) {
        return protocol.regimens().stream()
                .filter(r -> r.drug() == drug)
                .map(Regimen::days)
                .flatMap(List::stream)
                .mapToInt(DayRange::from)
                .min()
                .orElse(1);
    }

    /**
     * A copy that uses the given number of threads.
     *
     * @param threads at least 1
     * @return the new simulation
     * @throws IllegalArgumentException if threads is below 1
     */
    public ProtocolSimulation withThreads(int threads) {
        return new ProtocolSimulation(
                protocol, timepoint, gate, toxicityFrom, toxicityTo, monteCarlo.withThreads(threads));
    }

    /**
     * Simulates the trial.
     *
     * @param conduct the rates and the accrual
     * @param runs the number of simulated trials, 2..{@value MonteCarlo#MAX_RUNS}
     * @param seed any seed
     * @return the estimates with their Monte Carlo standard errors
     * @throws IllegalArgumentException if conduct is null or runs is out of range
     */
    public SimulatedTrials run(SimulationConduct conduct, int runs, long seed) {
        if (conduct == null) {
            throw new IllegalArgumentException("Simulation conduct must not be null");
        }
        List<MonteCarloEstimate> e =
                monteCarlo.estimate(runs, seed, 7, (random, out) -> new Trial(conduct, random).run(out));
        boolean undecidable = e.get(6).estimate() > 0;
        return new SimulatedTrials(
                protocol.id(),
                protocol.version(),
                gate.name(),
                Arrays.stream(gate.looks()).boxed().toList(),
                timepoint.visit().name(),
                timepoint.visit().windowStart(),
                timepoint.visit().windowEnd(),
                timepoint.dropoutsReplaced(),
                conduct,
                runs,
                seed,
                e.get(0),
                undecidable ? null : e.get(1),
                gate.monitorsToxicity() ? e.get(2) : null,
                e.get(3),
                e.get(4),
                e.get(5));
    }

    /** One simulated trial: its patients, in order of enrolment. */
    private final class Trial {
        private final SimulationConduct c;
        private final RunRandom rng;
        private final double meanGap;
        private double[] evaluated = new double[64];
        private double[] toxicAt = new double[64];
        private boolean[] responds = new boolean[64];
        private boolean[] left = new boolean[64];
        private int enrolled;
        private double clock;
        private double firstEnrolment = Double.NaN;
        /** Indexes of the patients the gate counts, in order of enrolment. */
        private int[] members = new int[64];

        private int size;

        Trial(SimulationConduct c, RunRandom rng) {
            this.c = c;
            this.rng = rng;
            this.meanGap = MONTH / c.accrualPerMonth();
        }

        /** Writes early stop, promising, stopped for toxicity, enrolled, counted, months, undecidable. */
        void run(double[] out) {
            int[] looks = gate.looks();
            Verdict verdict = Verdict.PENDING;
            double decidedAt = 0;
            int k = 0;
            for (; k < looks.length; k++) {
                double[] at = new double[1];
                verdict = look(k, looks[k], at);
                decidedAt = at[0];
                if (verdict != Verdict.PASS) {
                    break;
                }
                clock = Math.max(clock, decidedAt);
            }
            boolean last = k >= looks.length - 1;
            out[0] = !last && (verdict == Verdict.STOP_FOR_FUTILITY || verdict == Verdict.STOP_FOR_TOXICITY) ? 1 : 0;
            out[1] = verdict == Verdict.PROMISING ? 1 : 0;
            out[2] = verdict == Verdict.STOP_FOR_TOXICITY ? 1 : 0;
            out[3] = enrolled;
            out[4] = size;
            out[5] = (decidedAt - firstEnrolment) / MONTH;
            out[6] = verdict == Verdict.COMPLETE ? 1 : 0;
        }

        /** Enrols and follows the look's patients until its verdict; {@code at[0]} is when it was reached. */
        private Verdict look(int k, int n, double[] at) {
            while (true) {
                while (size < n) {
                    enrol();
                }
                double notBefore = clock;
                int evaluatedCount = 0;
                int responses = 0;
                int toxicities = 0;
                Verdict v = gate.decide(k, 0, 0, 0);
                if (v != Verdict.PENDING) {
                    at[0] = notBefore;
                    return v;
                }
                // the look's events in time order: evaluations, toxicities, and dropouts to replace
                int events = 0;
                double[] time = new double[2 * n];
                int[] what = new int[2 * n];
                for (int m = 0; m < n; m++) {
                    int p = members[m];
                    time[events] = evaluated[p];
                    what[events++] = p;
                    if (!Double.isNaN(toxicAt[p])) {
                        time[events] = toxicAt[p];
                        what[events++] = -p - 1;
                    }
                }
                Integer[] order = new Integer[events];
                for (int i = 0; i < events; i++) {
                    order[i] = i;
                }
                double[] t = time;
                int[] w = what;
                Arrays.sort(order, (a, b) -> {
                    int byTime = Double.compare(t[a], t[b]);
                    return byTime != 0 ? byTime : Integer.compare(w[a], w[b]);
                });
                boolean refill = false;
                for (int i = 0; i < events; i++) {
                    int e = what[order[i]];
                    double when = time[order[i]];
                    if (e < 0) {
                        toxicities++;
                    } else if (left[e] && timepoint.dropoutsReplaced()) {
                        remove(e);
                        clock = Math.max(clock, when);
                        refill = true;
                        break;
                    } else {
                        evaluatedCount++;
                        responses += responds[e] ? 1 : 0;
                    }
                    v = gate.decide(k, evaluatedCount, responses, toxicities);
                    if (v != Verdict.PENDING) {
                        at[0] = Math.max(when, notBefore);
                        return v;
                    }
                }
                if (!refill) {
                    throw new IllegalStateException("look " + (k + 1) + " undecided with every patient evaluated");
                }
            }
        }

        private void enrol() {
            clock += rng.exponential(1) * meanGap;
            if (enrolled == evaluated.length) {
                int more = 2 * enrolled;
                evaluated = Arrays.copyOf(evaluated, more);
                toxicAt = Arrays.copyOf(toxicAt, more);
                responds = Arrays.copyOf(responds, more);
                left = Arrays.copyOf(left, more);
            }
            if (Double.isNaN(firstEnrolment)) {
                firstEnrolment = clock;
            }
            int p = enrolled++;
            double day1 = clock;
            int assessed = rng.between(
                    timepoint.visit().windowStart(), timepoint.visit().windowEnd());
            responds[p] = rng.chance(c.responseRate());
            left[p] = rng.chance(c.dropout());
            int exitDay = left[p] ? rng.between(1, Math.max(1, assessed - 1)) : Integer.MAX_VALUE;
            if (left[p]) {
                responds[p] = false;
                evaluated[p] = day1 + exitDay - 1;
            } else {
                evaluated[p] = day1 + timepoint.visit().windowEnd() - 1;
            }
            toxicAt[p] = Double.NaN;
            if (gate.monitorsToxicity() && rng.chance(c.toxicityRate())) {
                int day = rng.between(toxicityFrom, toxicityTo);
                if (day < exitDay) {
                    toxicAt[p] = day1 + day - 1;
                }
            }
            if (size == members.length) {
                members = Arrays.copyOf(members, 2 * size);
            }
            members[size++] = p;
        }

        private void remove(int p) {
            int at = 0;
            while (members[at] != p) {
                at++;
            }
            System.arraycopy(members, at + 1, members, at, size - at - 1);
            size--;
        }
    }
}
