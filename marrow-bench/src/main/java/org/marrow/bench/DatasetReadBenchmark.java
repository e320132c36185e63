package org.marrow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.marrow.dataset.DatasetReader;
import org.marrow.examples.CohortGenerator;
import org.marrow.examples.CtxIstCohort;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a registry-size data set folder ({@code DatasetReader.read}) and building every subject's
 * lab history from it: a 10,000-subject registry is to be reported in under 10 s, of which reading may
 * take under 4 s (docs/performance.md).
 *
 * <p>The registry is the documented one ({@code marrow-examples.jar registry SIZE DIR}, default seed),
 * generated once per trial into a temporary folder. Run: {@code java -Xmx1500m -jar
 * marrow-bench/target/benchmarks.jar DatasetReadBenchmark -f 1 -wi 2 -i 5}; {@code -p subjects=1000}
 * for the small one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DatasetReadBenchmark {
    @Param({"10000"})
    int subjects;

    Path dir;

    /** Writes the registry of {@code subjects} subjects (about 20 kB of CSV per subject). */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("marrow-registry-");
        CohortGenerator.withSeed(CtxIstCohort.EXAMPLE_SEED)
                .write(CtxIstCohort.registry(subjects, CtxIstCohort.EXAMPLE_SEED), dir);
    }

    /** Deletes the registry. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The reader alone: every file parsed and checked, the data set indexed by subject. */
    @Benchmark
    public StudyDataset read() {
        return DatasetReader.read(dir);
    }

    /** Reading, then each subject's records and lab history, as every analysis starts. */
    @Benchmark
    public void readAndGroup(Blackhole sink) {
        StudyDataset dataset = DatasetReader.read(dir);
        for (SubjectRecords records : dataset.bySubject()) {
            sink.consume(records.labHistory());
        }
    }
}
