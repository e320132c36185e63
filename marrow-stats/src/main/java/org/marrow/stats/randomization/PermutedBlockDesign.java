package org.marrow.stats.randomization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A permuted-block randomization design: arms, an allocation ratio, block sizes and stratification
 * factors. Immutable; {@code with...} methods return a modified copy.
 *
 * <p>Each block holds every arm {@code ratio[i] * (blockSize / ratioSum)} times in a random order, so
 * the ratio is exact within every complete block. Each stratum (a level of every factor; the cross
 * product of the factor levels) has its own list and its own random stream. With several block sizes,
 * a size is drawn for each block, each size equally likely, to hide the block size from investigators
 * (Rosenberger and Lachin, <i>Randomization in Clinical Trials</i>, 2nd ed. 2016, section 3.5; ICH E9
 * section 2.3.2).
 *
 * <p>Example (trial document 004, sirolimus vs sirolimus + CsA at 1:3):
 *
 * <pre>{@code
 * RandomizationList list = PermutedBlockDesign.of(List.of("SIR", "SIR+CSA"), 1, 3)
 *         .withBlockSizes(4, 8)
 *         .generate(40, 7L);
 * }</pre>
 */
public final class PermutedBlockDesign {
    private final List<String> arms;
    private final int[] ratio;
    private final int ratioSum;
    private final int[] blockSizes;
    private final List<StratificationFactor> factors;

    private PermutedBlockDesign(List<String> arms, int[] ratio, int[] blockSizes, List<StratificationFactor> factors) {
        this.arms = arms;
        this.ratio = ratio;
        this.ratioSum = Arrays.stream(ratio).sum();
        this.blockSizes = blockSizes;
        this.factors = factors;
    }

    /**
     * A design with the given arms and allocation ratio, one block size equal to the ratio sum and no
     * stratification.
     *
     * @param arms the arm names, at least two, distinct, none blank
     * @param ratio one positive weight per arm, e.g. {@code 1, 3}; the sum must be at most 1000
     * @return the design
     * @throws IllegalArgumentException if there are fewer than two arms, an arm name is blank or
     *     repeated, the number of weights differs from the number of arms, a weight is less than 1, or the
     *     weights sum to more than 1000
     * @throws NullPointerException if an argument or an arm name is null
     */
    public static PermutedBlockDesign of(List<String> arms, int... ratio) {
        List<String> a = List.copyOf(arms);
        int[] r = ratio.clone();
        if (a.size() < 2) {
            throw new IllegalArgumentException("Number of arms (" + a.size() + ") must be at least 2");
        }
        Set<String> seen = new HashSet<>();
        for (String arm : a) {
            if (arm.isBlank()) {
                throw new IllegalArgumentException("Arm names must not be blank: " + a);
            }
            if (!seen.add(arm)) {
                throw new IllegalArgumentException("Arm '" + arm + "' is listed twice; arm names must be distinct");
            }
        }
        if (r.length != a.size()) {
            throw new IllegalArgumentException("Number of ratio weights (" + r.length + ", " + Arrays.toString(r)
                    + ") must equal the number of arms (" + a.size() + ", " + a + ")");
        }
        long sum = 0;
        for (int w : r) {
            if (w < 1) {
                throw new IllegalArgumentException(
                        "Ratio weight (" + w + ") must be a positive integer; ratio " + Arrays.toString(r));
            }
            sum += w;
        }
        if (sum > 1000) {
            throw new IllegalArgumentException("Ratio sum (" + sum + ") must be <= 1000; ratio " + Arrays.toString(r));
        }
        return new PermutedBlockDesign(a, r, new int[] {(int) sum}, List.of());
    }

    /**
     * This design with other block sizes. With one size every block has it; with several, each block's
     * size is drawn at random, each size equally likely.
     *
     * @param sizes the block sizes, at least one, distinct, each a positive multiple of the ratio sum and
     *     at most 10000
     * @return the modified design
     * @throws IllegalArgumentException if no size is given, a size is repeated, not a positive multiple
     *     of the ratio sum, or greater than 10000
     */
    public PermutedBlockDesign withBlockSizes(int... sizes) {
        int[] s = sizes.clone();
        if (s.length == 0) {
            throw new IllegalArgumentException("At least one block size is required");
        }
        Set<Integer> seen = new HashSet<>();
        for (int size : s) {
            if (size < ratioSum || size % ratioSum != 0 || size > 10_000) {
                throw new IllegalArgumentException(
                        "Block size (" + size + ") must be a positive multiple of the ratio sum (" + ratioSum
                                + ", ratio " + ratioText() + ") and at most 10000");
            }
            if (!seen.add(size)) {
                throw new IllegalArgumentException("Block size (" + size + ") is listed twice; sizes must be distinct");
            }
        }
        return new PermutedBlockDesign(arms, ratio, s, factors);
    }

    /**
     * This design stratified by the given factors (replacing any earlier ones). The strata are the cross
     * product of the levels, listed with the first factor varying slowest.
     *
     * @param strata the factors, with distinct names; empty for no stratification
     * @return the modified design
     * @throws IllegalArgumentException if two factors have the same name or there would be more than
     *     100000 strata
     * @throws NullPointerException if the list or a factor is null
     */
    public PermutedBlockDesign withStrata(List<StratificationFactor> strata) {
        List<StratificationFactor> f = List.copyOf(strata);
        Set<String> names = new HashSet<>();
        long count = 1;
        for (StratificationFactor factor : f) {
            if (!names.add(factor.name())) {
                throw new IllegalArgumentException(
                        "Stratification factor '" + factor.name() + "' is given twice; factor names must be distinct");
            }
            count *= factor.levels().size();
            if (count > 100_000) {
                throw new IllegalArgumentException("Number of strata (more than 100000) must be at most 100000");
            }
        }
        return new PermutedBlockDesign(arms, ratio, blockSizes, f);
    }

    /**
     * The arm names.
     *
     * @return the arms, in the order given
     */
    public List<String> arms() {
        return arms;
    }

    /**
     * The allocation ratio.
     *
     * @return one weight per arm
     */
    public List<Integer> ratio() {
        return Arrays.stream(ratio).boxed().toList();
    }

    /**
     * The sum of the ratio weights, the smallest block size.
     *
     * @return the ratio sum
     */
    public int ratioSum() {
        return ratioSum;
    }

    /**
     * The block sizes.
     *
     * @return the sizes, in the order given (the order matters for the random draw of a size)
     */
    public List<Integer> blockSizes() {
        return Arrays.stream(blockSizes).boxed().toList();
    }

    /**
     * The stratification factors.
     *
     * @return the factors, empty when unstratified
     */
    public List<StratificationFactor> factors() {
        return factors;
    }

    /**
     * The strata: the cross product of the factor levels, first factor varying slowest, e.g. {@code
     * site=A;severity=SAA}, {@code site=A;severity=VSAA}, {@code site=B;severity=SAA}, ...; a single
     * stratum {@value Stratum#UNSTRATIFIED} without factors.
     *
     * @return the strata in list order
     */
    public List<Stratum> strata() {
        List<Map<String, String>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (StratificationFactor factor : factors) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : combos) {
                for (String level : factor.levels()) {
                    Map<String, String> m = new LinkedHashMap<>(prefix);
                    m.put(factor.name(), level);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Stratum> strata = new ArrayList<>(combos.size());
        for (int i = 0; i < combos.size(); i++) {
            strata.add(new Stratum(i, combos.get(i)));
        }
        return List.copyOf(strata);
    }

    /**
     * Generates the randomization list: {@code perStratum} allocations in every stratum.
     *
     * <p>For each stratum, independently, with the stream that {@link BlockStream} specifies for the seed
     * and the stratum's index: blocks are generated one after another until {@code perStratum}
     * allocations exist. For each block, if there are several block sizes a size is drawn as the integer
     * {@code j} in {@code [0, number of sizes)} and the {@code j}-th size taken (no draw with one size);
     * the block is filled with each arm {@code ratio[i] * size / ratioSum} times in arm order and then
     * shuffled. When {@code perStratum} is not a multiple of the block sizes drawn, the last block is cut
     * short and its allocations are marked as incomplete.
     *
     * <p>The same seed, arms, ratio, block sizes (in the same order) and strata give the same list on
     * every machine and version. Because each stratum's blocks are generated in sequence, the list for a
     * larger {@code perStratum} begins with the list for a smaller one.
     *
     * @param perStratum the number of allocations in every stratum, at least 1
     * @param seed the seed; any value
     * @return the list
     * @throws IllegalArgumentException if {@code perStratum < 1} or the whole list would exceed 10 million
     *     allocations
     */
    public RandomizationList generate(int perStratum, long seed) {
        if (perStratum < 1) {
            throw new IllegalArgumentException("Number of allocations per stratum (" + perStratum + ") must be >= 1");
        }
        List<Stratum> strata = strata();
        if ((long) perStratum * strata.size() > 10_000_000L) {
            throw new IllegalArgumentException("List size (" + perStratum + " per stratum x " + strata.size()
                    + " strata) must be at most 10000000 allocations");
        }
        List<Allocation> all = new ArrayList<>(perStratum * strata.size());
        for (Stratum stratum : strata) {
            BlockStream stream = BlockStream.forStratum(seed, stratum.index());
            int sequence = 0;
            int block = 0;
            while (sequence < perStratum) {
                block++;
                int size = blockSizes.length == 1 ? blockSizes[0] : blockSizes[stream.below(blockSizes.length)];
                String[] arms = blockContents(size);
                stream.shuffle(arms);
                boolean complete = perStratum - sequence >= size;
                int used = Math.min(size, perStratum - sequence);
                for (int i = 0; i < used; i++) {
                    sequence++;
                    all.add(new Allocation(stratum, sequence, block, size, arms[i], complete));
                }
            }
        }
        return new RandomizationList(seed, this, perStratum, all);
    }

    private String[] blockContents(int size) {
        String[] block = new String[size];
        int multiple = size / ratioSum;
        int k = 0;
        for (int arm = 0; arm < ratio.length; arm++) {
            for (int i = 0; i < ratio[arm] * multiple; i++) {
                block[k++] = arms.get(arm);
            }
        }
        return block;
    }

    private String ratioText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ratio.length; i++) {
            sb.append(i == 0 ? "" : ":").append(ratio[i]);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PermutedBlockDesign d
                && arms.equals(d.arms)
                && Arrays.equals(ratio, d.ratio)
                && Arrays.equals(blockSizes, d.blockSizes)
                && factors.equals(d.factors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(arms, Arrays.hashCode(ratio), Arrays.hashCode(blockSizes), factors);
    }

    @Override
    public String toString() {
        return "PermutedBlockDesign[arms=" + arms + ", ratio=" + ratioText() + ", blockSizes="
                + Arrays.toString(blockSizes) + ", factors=" + factors + "]";
    }
}
