package org.marrow.cli.design;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.marrow.cli.Json;
import org.marrow.cli.TextTable;
import org.marrow.stats.randomization.Allocation;
import org.marrow.stats.randomization.PermutedBlockDesign;
import org.marrow.stats.randomization.RandomizationList;
import org.marrow.stats.randomization.StratificationFactor;
import org.marrow.stats.randomization.StratumSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marrow design randomize}: a permuted-block randomization list, optionally stratified, from a
 * seed. Implements {@link PermutedBlockDesign}.
 */
@Command(
        name = "randomize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Permuted-block randomization list with any allocation ratio, optionally stratified.",
            "Each stratum (every combination of --strata levels) gets its own list of --n allocations.",
            "The same --seed, arms, ratio, block sizes and strata always give the same list.",
            "Example (trial 004): marrow design randomize --arms SIR,SIR+CSA --ratio 1:3 --n 40 --block 4,8 --seed 7"
        })
public final class RandomizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--arms",
            required = true,
            split = ",",
            paramLabel = "ARM",
            description = "Arm names, comma-separated, in the order of --ratio, e.g. SIR,SIR+CSA.")
    List<String> arms;

    @Option(
            names = "--ratio",
            paramLabel = "W:W[:W...]",
            description = "Allocation ratio, positive integers separated by ':', one per arm, e.g. 1:3 or 1:1:2"
                    + " (default: 1 for every arm).")
    String ratio;

    @Option(
            names = "--n",
            required = true,
            paramLabel = "N",
            description = "Number of allocations PER STRATUM (each stratum gets N).")
    int n;

    @Option(
            names = "--block",
            split = ",",
            paramLabel = "SIZE",
            description = "Block size(s), each a multiple of the ratio sum (default: the ratio sum). With several,"
                    + " e.g. 4,8, each block's size is drawn at random, each equally likely.")
    List<Integer> blocks;

    @Option(
            names = "--strata",
            paramLabel = "FACTOR=LEVEL,LEVEL",
            description = "A stratification factor and its levels, e.g. site=A,B; repeat for more factors."
                    + " The strata are the cross product of the levels.")
    List<String> strata = new ArrayList<>();

    @Option(
            names = "--seed",
            paramLabel = "SEED",
            description = "Required. A 64-bit integer; record it with the list so that it can be reproduced.")
    Long seed;

    @Option(names = "--json", description = "Write JSON.")
    boolean json;

    @Option(names = "--csv", description = "Write CSV, one line per allocation.")
    boolean csv;

    /** One allocation as written. */
    record AllocationRow(String stratum, int sequence, int block, int blockSize, String arm, boolean completeBlock) {}

    /** One stratum summary as written. */
    record StratumRow(
            String stratum,
            Map<String, String> levels,
            int allocations,
            int blocks,
            boolean lastBlockPartial,
            int lastBlockUsed,
            Map<String, Integer> armCounts) {}

    /** The JSON document. */
    record Output(
            long seed,
            List<Integer> ratio,
            List<String> arms,
            List<Integer> blockSizes,
            int nPerStratum,
            List<String> strata,
            String generator,
            boolean hasPartialBlock,
            List<StratumRow> strataSummary,
            List<AllocationRow> allocations) {}

    @Override
    public Integer call() {
        if (seed == null) {
            throw fail("--seed is required so that the list can be reproduced; expected an integer, e.g. --seed 7");
        }
        if (json && csv) {
            throw fail("--json and --csv: choose one output format");
        }
        if (n < 1) {
            throw fail("--n: " + n + "; expected at least 1 allocation per stratum");
        }
        int[] weights = parseRatio();
        PermutedBlockDesign design;
        try {
            design = PermutedBlockDesign.of(arms, weights);
        } catch (IllegalArgumentException e) {
            throw fail("--arms " + String.join(",", arms) + ": " + e.getMessage());
        }
        if (blocks != null) {
            for (int size : blocks) {
                if (size < 1 || size % design.ratioSum() != 0) {
                    throw fail("--block: " + size + " is not a multiple of the ratio sum " + design.ratioSum()
                            + " (ratio " + ratioText(weights) + "); expected " + design.ratioSum() + ", "
                            + 2 * design.ratioSum() + ", " + 3 * design.ratioSum() + ", ...");
                }
            }
            try {
                design = design.withBlockSizes(
                        blocks.stream().mapToInt(Integer::intValue).toArray());
            } catch (IllegalArgumentException e) {
                throw fail("--block: " + e.getMessage());
            }
        }
        List<StratificationFactor> factors = new ArrayList<>();
        for (String s : strata) {
            factors.add(parseFactor(s));
        }
        try {
            design = design.withStrata(factors);
        } catch (IllegalArgumentException e) {
            throw fail("--strata: " + e.getMessage());
        }
        RandomizationList list;
        try {
            list = design.generate(n, seed);
        } catch (IllegalArgumentException e) {
            throw fail("--n " + n + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.write(out, output(list));
        } else if (csv) {
            writeCsv(out, list);
        } else {
            writeText(out, list);
        }
        return 0;
    }

    private int[] parseRatio() {
        if (ratio == null) {
            int[] ones = new int[arms.size()];
            Arrays.fill(ones, 1);
            return ones;
        }
        String[] parts = ratio.split(":", -1);
        int[] w = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                w[i] = 0;
            }
            if (w[i] < 1) {
                throw fail("--ratio: '" + ratio + "' has '" + parts[i]
                        + "'; expected positive integers separated by ':', e.g. 1:3");
            }
        }
        if (w.length != arms.size()) {
            throw fail("--ratio: " + ratio + " has " + w.length + " weights but --arms has " + arms.size() + " ("
                    + String.join(",", arms) + "); expected one weight per arm");
        }
        return w;
    }

    private StratificationFactor parseFactor(String text) {
        int eq = text.indexOf('=');
        String expected = "; expected FACTOR=LEVEL,LEVEL,... e.g. --strata site=A,B";
        if (eq <= 0 || eq == text.length() - 1) {
            throw fail("--strata: '" + text + "' is malformed" + expected);
        }
        String name = text.substring(0, eq).strip();
        List<String> levels = Arrays.stream(text.substring(eq + 1).split(",", -1))
                .map(String::strip)
                .toList();
        if (name.isEmpty() || levels.stream().anyMatch(String::isEmpty)) {
            throw fail("--strata: '" + text + "' has an empty factor name or level" + expected);
        }
        try {
            return new StratificationFactor(name, levels);
        } catch (IllegalArgumentException e) {
            throw fail("--strata: '" + text + "': " + e.getMessage());
        }
    }

    private CommandLine.ParameterException fail(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String ratioText(int[] w) {
        return String.join(":", Arrays.stream(w).mapToObj(Integer::toString).toList());
    }

    private static List<AllocationRow> rows(RandomizationList list) {
        return list.allocations().stream()
                .map(a -> new AllocationRow(
                        a.stratum().label(), a.sequence(), a.block(), a.blockSize(), a.arm(), a.completeBlock()))
                .toList();
    }

    private Output output(RandomizationList list) {
        PermutedBlockDesign d = list.design();
        List<StratumRow> summaries = new ArrayList<>();
        for (StratumSummary s : list.summaries()) {
            summaries.add(new StratumRow(
                    s.stratum().label(),
                    s.stratum().levels(),
                    s.allocations(),
                    s.blocks(),
                    s.lastBlockPartial(),
                    s.lastBlockUsed(),
                    s.armCounts()));
        }
        return new Output(
                list.seed(),
                d.ratio(),
                d.arms(),
                d.blockSizes(),
                list.perStratum(),
                d.strata().stream().map(st -> st.label()).toList(),
                "xoroshiro128++ (commons-rng XO_RO_SHI_RO_128_PP) seeded per stratum by SplitMix64; see"
                        + " org.marrow.stats.randomization.BlockStream",
                list.hasPartialBlock(),
                summaries,
                rows(list));
    }

    private static void writeCsv(PrintWriter out, RandomizationList list) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord("stratum", "sequence", "block", "block_size", "arm", "complete_block");
            for (Allocation a : list.allocations()) {
                printer.printRecord(
                        a.stratum().label(), a.sequence(), a.block(), a.blockSize(), a.arm(), a.completeBlock());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(PrintWriter out, RandomizationList list) {
        PermutedBlockDesign d = list.design();
        int[] w = d.ratio().stream().mapToInt(Integer::intValue).toArray();
        out.printf(
                "Permuted-block randomization: %s = %s, block size%s %s, seed %d, %d per stratum, %d strat%s%n",
                String.join(":", d.arms()),
                ratioText(w),
                d.blockSizes().size() == 1 ? "" : "s (drawn at random)",
                String.join(", ", d.blockSizes().stream().map(String::valueOf).toList()),
                list.seed(),
                list.perStratum(),
                d.strata().size(),
                d.strata().size() == 1 ? "um" : "a");
        out.println();
        TextTable table = new TextTable("stratum", "sequence", "block", "block_size", "arm", "note");
        for (Allocation a : list.allocations()) {
            table.row(
                    a.stratum().label(),
                    a.sequence(),
                    a.block(),
                    a.blockSize(),
                    a.arm(),
                    a.completeBlock() ? "" : "partial block");
        }
        table.print(out);
        out.println();
        List<String> header = new ArrayList<>(List.of("stratum", "n", "blocks"));
        header.addAll(d.arms());
        header.add("last block");
        TextTable summary = new TextTable(header.toArray(String[]::new));
        for (StratumSummary s : list.summaries()) {
            List<Object> cells = new ArrayList<>(List.of(s.stratum().label(), s.allocations(), s.blocks()));
            cells.addAll(new LinkedHashMap<>(s.armCounts()).values());
            cells.add(
                    s.lastBlockPartial()
                            ? "partial: " + s.lastBlockUsed() + " of "
                                    + list.of(s.stratum())
                                            .get(s.allocations() - 1)
                                            .blockSize() + " used, ratio not exact"
                            : "complete");
            summary.row(cells.toArray());
        }
        summary.print(out);
        out.flush();
    }
}
