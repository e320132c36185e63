package org.marrow.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetWriter;

/**
 * Command line entry point writing a synthetic data set (examples/README.md):
 *
 * <pre>
 * java -jar marrow-examples/target/marrow-examples.jar ctx-ist OUT_DIR [--seed S]
 * java -jar marrow-examples/target/marrow-examples.jar hpag-ist|hpag-csa-nsaa|romiplostim-csa|sirolimus-csa OUT_DIR [--seed S]
 * java -jar marrow-examples/target/marrow-examples.jar registry SIZE OUT_DIR [--seed S]
 * </pre>
 *
 * The seed defaults to each example's own ({@link CtxIstCohort#EXAMPLE_SEED} for ctx-ist and the
 * registry). The other examples are written with {@link DatasetWriter} and read back with {@link
 * DatasetReader}, so every record has passed the study validation. Exit code 0 on success, 2 with a
 * one-line message on bad arguments.
 */
public final class GenerateDataset {
    private GenerateDataset() {}

    /**
     * Runs the command.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Long given = null;
            int n = args.length;
            if (n >= 2 && args[n - 2].equals("--seed")) {
                given = parseLong(args[n - 1], "--seed", "an integer seed");
                n -= 2;
            }
            long seed = given == null ? CtxIstCohort.EXAMPLE_SEED : given;
            long start = System.nanoTime();
            Example example = n == 2 ? Example.byId(args[0]) : null;
            if (example != null) {
                seed = given == null ? example.seed() : given;
                Path dir = Path.of(args[1]);
                DatasetWriter.write(example.generate(seed), dir);
                DatasetReader.read(dir);
            } else if (n == 2 && args[0].equals("ctx-ist")) {
                CohortGenerator.withSeed(seed).write(CtxIstCohort.document000(), Path.of(args[1]));
            } else if (n == 3 && args[0].equals("registry")) {
                long size = parseLong(args[1], "SIZE", "a number of subjects from 1 to 1000000");
                if (size < 1 || size > 1_000_000) {
                    throw new IllegalArgumentException(
                            "SIZE: " + args[1] + " is out of range; expected a number of subjects from 1 to 1000000");
                }
                CohortGenerator.withSeed(seed).write(CtxIstCohort.registry((int) size, seed), Path.of(args[2]));
            } else {
                throw new IllegalArgumentException("usage: ctx-ist OUT_DIR [--seed S] | "
                        + String.join("|", Example.ids()) + " OUT_DIR [--seed S] | registry SIZE OUT_DIR [--seed S]");
            }
            out.printf("wrote %s (seed %d) in %.1f s%n", args[n - 1], seed, (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            return 2;
        }
    }

    private static long parseLong(String text, String name, String expected) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not valid; expected " + expected);
        }
    }
}
