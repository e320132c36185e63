package org.marrow.bench;

import java.util.concurrent.TimeUnit;
import org.marrow.stats.design.SimonDesigns;
import org.marrow.stats.design.SimonTwoStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Simon two-stage search at p0 0.2, p1 0.3, alpha 0.05, power 0.9 (beta 0.1), the setting in
 * which {@code clinfun::ph2simon} takes about 0.12 s (nmax 200) and 8.5 s (nmax 600).
 *
 * <p>Run: {@code java -jar marrow-bench/target/benchmarks.jar SimonBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimonBenchmark {
    /** The largest total sample size searched. */
    @Param({"200", "600"})
    public int nmax;

    /**
     * One full search: tables, every sample size, optimal, minimax and admissible designs.
     *
     * @return the designs
     */
    @Benchmark
    public SimonDesigns search() {
        return SimonTwoStage.search(0.2, 0.3, 0.05, 0.1, nmax).orElseThrow();
    }
}
