package org.marrow.stats.randomization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A generated randomization list and how it was made.
 *
 * @param seed the seed it was generated from
 * @param design the design
 * @param perStratum the number of allocations in every stratum
 * @param allocations the allocations, stratum by stratum in {@link PermutedBlockDesign#strata()} order,
 *     by sequence within a stratum
 */
public record RandomizationList(long seed, PermutedBlockDesign design, int perStratum, List<Allocation> allocations) {

    /**
     * Copies the allocations.
     *
     * @throws NullPointerException if the design or the allocations are null
     */
    public RandomizationList {
        Objects.requireNonNull(design, "design");
        allocations = List.copyOf(allocations);
    }

    /**
     * The allocations of one stratum.
     *
     * @param stratum a stratum of the design
     * @return its allocations by sequence
     */
    public List<Allocation> of(Stratum stratum) {
        return allocations.stream().filter(a -> a.stratum().equals(stratum)).toList();
    }

    /**
     * A summary per stratum: arm counts, number of blocks, and whether the last block is partial.
     *
     * @return one summary per stratum, in stratum order
     */
    public List<StratumSummary> summaries() {
        List<StratumSummary> out = new ArrayList<>();
        for (Stratum stratum : design.strata()) {
            List<Allocation> list = of(stratum);
            Map<String, Integer> counts = new LinkedHashMap<>();
            design.arms().forEach(arm -> counts.put(arm, 0));
            list.forEach(a -> counts.merge(a.arm(), 1, Integer::sum));
            Allocation last = list.get(list.size() - 1);
            int lastUsed =
                    (int) list.stream().filter(a -> a.block() == last.block()).count();
            out.add(new StratumSummary(stratum, list.size(), last.block(), !last.completeBlock(), lastUsed, counts));
        }
        return out;
    }

    /**
     * Whether any stratum ends inside a block.
     *
     * @return true if some stratum's last block is partial
     */
    public boolean hasPartialBlock() {
        return allocations.stream().anyMatch(a -> !a.completeBlock());
    }
}
