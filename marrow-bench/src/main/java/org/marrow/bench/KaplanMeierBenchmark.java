package org.marrow.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.marrow.stats.survival.KaplanMeier;
import org.marrow.stats.survival.SurvivalComparison;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Kaplan-Meier curves (two groups and overall, with log confidence limits), the median of each, and
 * the log-rank test on a million subjects: the target is well under one second per analysis.
 *
 * <p>Times are continuous (nearly every time distinct, the worst case for the table size) or whole
 * days (heavy ties). Run: {@code java -jar marrow-bench/target/benchmarks.jar KaplanMeierBenchmark -f 1
 * -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KaplanMeierBenchmark {
    @Param({"1000000"})
    int subjects;

    @Param({"continuous", "days"})
    String times;

    double[] time;
    int[] event;
    int[] group;

    /** Exponential event times (hazards 1/100 and 1/130 per day) with uniform censoring to 400 days. */
    @Setup
    public void data() {
        SplittableRandom random = new SplittableRandom(20240611);
        time = new double[subjects];
        event = new int[subjects];
        group = new int[subjects];
        for (int i = 0; i < subjects; i++) {
            group[i] = random.nextInt(2);
            double t = -Math.log(random.nextDouble()) * (group[i] == 0 ? 100 : 130);
            double censor = random.nextDouble() * 400;
            double observed = Math.min(t, censor);
            time[i] = times.equals("days") ? Math.ceil(observed) : observed;
            event[i] = t <= censor ? 1 : 0;
        }
    }

    /**
     * The curves, their medians and the log-rank test.
     *
     * @return the log-rank p-value and medians, so that nothing is optimised away
     */
    @Benchmark
    public double kaplanMeierWithLogRank() {
        SurvivalComparison c = KaplanMeier.withDefaults().compare(time, event, group, List.of("A", "B"));
        return c.logRank().pValue()
                + c.groups().get(0).median().time()
                + c.groups().get(1).median().time()
                + c.overall().median().time();
    }
}
