package org.marrow.stats.randomization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermutedBlockDesignTest {

    private static final List<String> SIROLIMUS_ARMS = List.of("SIR", "SIR+CSA");

    private static PermutedBlockDesign trial004() {
        return PermutedBlockDesign.of(SIROLIMUS_ARMS, 1, 3);
    }

    private static Map<String, Long> countArms(List<Allocation> allocations) {
        return allocations.stream().collect(Collectors.groupingBy(Allocation::arm, Collectors.counting()));
    }

    private static String armSequence(RandomizationList list) {
        return list.allocations().stream().map(Allocation::arm).collect(Collectors.joining(" "));
    }

    @Test
    void splitMix64MatchesThePublishedSequence() {
        // SplitMix64 seeded with 1234567: the five outputs listed in Rosetta Code's "Pseudo-random
        // numbers/Splitmix64" task (unsigned; compared here as signed longs).
        long[] expected = {
            6457827717110365317L,
            3203168211198807973L,
            Long.parseUnsignedLong("9817491932198370423"),
            4593380528125082431L,
            Long.parseUnsignedLong("16408922859458223821")
        };
        for (int i = 0; i < expected.length; i++) {
            assertThat(BlockStream.splitMix64(1234567L, i + 1)).isEqualTo(expected[i]);
        }
    }

    @Test
    void streamIsXoroshiro128PlusPlusSeededBySplitMix64() {
        // From src/test/c/randomization_reference.c, an independent C implementation of the specified
        // stream (the xoroshiro128++ step as in Blackman and Vigna's reference code).
        BlockStream s0 = BlockStream.forStratum(7L, 0);
        assertThat(new long[] {s0.nextLong(), s0.nextLong(), s0.nextLong()})
                .containsExactly(-6826193965724148217L, 2209111995329479690L, 7163010267061228092L);
        BlockStream s1 = BlockStream.forStratum(7L, 1);
        assertThat(new long[] {s1.nextLong(), s1.nextLong(), s1.nextLong()})
                .containsExactly(4502056322716148136L, -1696079211887639082L, 8359963090653438692L);
    }

    @Test
    void goldenListWithRandomBlockSizesAndTwoStrata() {
        // Pinned from src/test/c/randomization_reference.c ("list A"): seed 7, 1:3, sizes 4,8,
        // 2 strata, 10 per stratum. A change here breaks reproducibility of published lists.
        RandomizationList list = trial004()
                .withBlockSizes(4, 8)
                .withStrata(List.of(StratificationFactor.of("site", "A", "B")))
                .generate(10, 7L);
        List<String> lines = new ArrayList<>();
        for (Allocation a : list.allocations()) {
            lines.add(a.stratum().index() + "," + a.sequence() + "," + a.block() + "," + a.blockSize() + ","
                    + SIROLIMUS_ARMS.indexOf(a.arm()) + "," + (a.completeBlock() ? 1 : 0));
        }
        assertThat(lines)
                .containsExactly(
                        "0,1,1,4,0,1",
                        "0,2,1,4,1,1",
                        "0,3,1,4,1,1",
                        "0,4,1,4,1,1",
                        "0,5,2,4,1,1",
                        "0,6,2,4,0,1",
                        "0,7,2,4,1,1",
                        "0,8,2,4,1,1",
                        "0,9,3,4,1,0",
                        "0,10,3,4,0,0",
                        "1,1,1,8,1,1",
                        "1,2,1,8,0,1",
                        "1,3,1,8,1,1",
                        "1,4,1,8,1,1",
                        "1,5,1,8,1,1",
                        "1,6,1,8,1,1",
                        "1,7,1,8,1,1",
                        "1,8,1,8,0,1",
                        "1,9,2,8,1,0",
                        "1,10,2,8,1,0");
        assertThat(list.allocations().get(0).stratum().label()).isEqualTo("site=A");
    }

    @Test
    void goldenListWithThreeArmsAndNegativeSeed() {
        // Pinned from src/test/c/randomization_reference.c ("list B"): seed -1, 1:1:2, block 4, n 9.
        RandomizationList list =
                PermutedBlockDesign.of(List.of("A", "B", "C"), 1, 1, 2).generate(9, -1L);
        assertThat(armSequence(list)).isEqualTo("B A C C A C B C B");
    }

    @Test
    void defaultBlockSizeIsTheRatioSum() {
        assertThat(trial004().blockSizes()).containsExactly(4);
        assertThat(PermutedBlockDesign.of(List.of("A", "B", "C"), 1, 1, 2).blockSizes())
                .containsExactly(4);
    }

    @ParameterizedTest(name = "ratio {0}, blocks {1}, seed {2}")
    @CsvSource({
        "1:1, 2, 1",
        "1:1, 2;4;6, 2",
        "1:3, 4, 3",
        "1:3, 4;8, 7",
        "1:3, 8;12;16, -5",
        "1:1:2, 4;8, 11",
        "2:3:5, 10;20, 12345678901"
    })
    void everyCompleteBlockHasTheExactRatio(String ratioText, String blocksText, long seed) {
        int[] ratio = split(ratioText, ":");
        int[] blocks = split(blocksText, ";");
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < ratio.length; i++) {
            arms.add("arm" + i);
        }
        int sum = java.util.Arrays.stream(ratio).sum();
        RandomizationList list = PermutedBlockDesign.of(arms, ratio)
                .withBlockSizes(blocks)
                .withStrata(List.of(StratificationFactor.of("site", "A", "B", "C")))
                .generate(203, seed);
        assertThat(list.allocations()).hasSize(3 * 203);
        Map<String, List<Allocation>> byBlock = list.allocations().stream()
                .collect(Collectors.groupingBy(a -> a.stratum().label() + "#" + a.block()));
        for (List<Allocation> block : byBlock.values()) {
            int size = block.get(0).blockSize();
            assertThat(block).allMatch(a -> a.blockSize() == size);
            if (block.get(0).completeBlock()) {
                assertThat(block).hasSize(size);
                Map<String, Long> counts = countArms(block);
                for (int i = 0; i < ratio.length; i++) {
                    assertThat(counts.get("arm" + i)).isEqualTo((long) ratio[i] * size / sum);
                }
            } else {
                assertThat(block.size()).isLessThan(size);
            }
        }
    }

    @Test
    void severalBlockSizesAreAllUsed() {
        RandomizationList list = trial004().withBlockSizes(4, 8, 12).generate(600, 3L);
        assertThat(list.allocations().stream().map(Allocation::blockSize).distinct())
                .containsExactlyInAnyOrder(4, 8, 12);
    }

    @Test
    void eachStratumHasItsOwnListOfNAllocations() {
        PermutedBlockDesign design = trial004()
                .withStrata(List.of(
                        StratificationFactor.of("site", "A", "B"), StratificationFactor.of("severity", "SAA", "VSAA")));
        RandomizationList list = design.generate(40, 7L);
        assertThat(design.strata().stream().map(Stratum::label))
                .containsExactly(
                        "site=A;severity=SAA", "site=A;severity=VSAA", "site=B;severity=SAA", "site=B;severity=VSAA");
        assertThat(list.allocations()).hasSize(160);
        for (StratumSummary s : list.summaries()) {
            assertThat(s.allocations()).isEqualTo(40);
            assertThat(s.blocks()).isEqualTo(10);
            assertThat(s.lastBlockPartial()).isFalse();
            // 40 = 10 complete blocks of 4 at 1:3 -> 10 and 30.
            assertThat(s.armCounts()).containsExactly(Map.entry("SIR", 10), Map.entry("SIR+CSA", 30));
            assertThat(list.of(s.stratum()).stream().map(Allocation::sequence))
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40)
                            .boxed()
                            .toList());
        }
        // Independent streams: the four strata do not share one sequence.
        assertThat(list.summaries().stream()
                        .map(s -> armsOf(list.of(s.stratum())))
                        .distinct())
                .hasSize(4);
    }

    private static String armsOf(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::arm).collect(Collectors.joining(","));
    }

    @Test
    void sameSeedGivesTheSameList() {
        PermutedBlockDesign design = trial004().withBlockSizes(4, 8);
        assertThat(design.generate(100, 42L)).isEqualTo(design.generate(100, 42L));
        assertThat(PermutedBlockDesign.of(SIROLIMUS_ARMS, 1, 3)
                        .withBlockSizes(4, 8)
                        .generate(100, 42L))
                .isEqualTo(design.generate(100, 42L));
    }

    @Test
    void differentSeedsGiveDifferentLists() {
        PermutedBlockDesign design = trial004().withBlockSizes(4, 8);
        List<String> lists = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            lists.add(armSequence(design.generate(40, seed)));
        }
        assertThat(lists).doesNotHaveDuplicates();
    }

    @Test
    void longerListBeginsWithTheShorterOne() {
        PermutedBlockDesign design = trial004().withBlockSizes(4, 8);
        List<String> short40 = design.generate(40, 9L).allocations().stream()
                .map(Allocation::arm)
                .toList();
        List<String> long100 = design.generate(100, 9L).allocations().stream()
                .map(Allocation::arm)
                .toList();
        assertThat(long100.subList(0, 40)).isEqualTo(short40);
    }

    @Test
    void nNotAMultipleOfTheBlockEndsWithAPartialBlock() {
        // 10 at block size 4: two complete blocks and 2 of the third.
        RandomizationList list = trial004().generate(10, 7L);
        StratumSummary s = list.summaries().get(0);
        assertThat(s.blocks()).isEqualTo(3);
        assertThat(s.lastBlockPartial()).isTrue();
        assertThat(s.lastBlockUsed()).isEqualTo(2);
        assertThat(list.hasPartialBlock()).isTrue();
        assertThat(list.allocations().subList(0, 8)).allMatch(Allocation::completeBlock);
        assertThat(list.allocations().subList(8, 10)).noneMatch(Allocation::completeBlock);
        assertThat(trial004().generate(12, 7L).hasPartialBlock()).isFalse();
    }

    @Test
    void invalidDesignsNameTheValueAndTheExpectation() {
        assertThatThrownBy(() -> PermutedBlockDesign.of(SIROLIMUS_ARMS, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Number of ratio weights (3, [1, 1, 2]) must equal the number of arms (2, [SIR, SIR+CSA])");
        assertThatThrownBy(() -> PermutedBlockDesign.of(SIROLIMUS_ARMS, 1, 0))
                .hasMessage("Ratio weight (0) must be a positive integer; ratio [1, 0]");
        assertThatThrownBy(() -> PermutedBlockDesign.of(List.of("SIR"), 1))
                .hasMessage("Number of arms (1) must be at least 2");
        assertThatThrownBy(() -> PermutedBlockDesign.of(List.of("SIR", "SIR"), 1, 1))
                .hasMessage("Arm 'SIR' is listed twice; arm names must be distinct");
        assertThatThrownBy(() -> trial004().withBlockSizes(6))
                .hasMessage(
                        "Block size (6) must be a positive multiple of the ratio sum (4, ratio 1:3) and at most 10000");
        assertThatThrownBy(() -> trial004().withBlockSizes(0)).hasMessageContaining("Block size (0)");
        assertThatThrownBy(() -> trial004().withBlockSizes(4, 4))
                .hasMessage("Block size (4) is listed twice; sizes must be distinct");
        assertThatThrownBy(() -> trial004().withBlockSizes()).hasMessage("At least one block size is required");
        assertThatThrownBy(() -> trial004().generate(0, 1L))
                .hasMessage("Number of allocations per stratum (0) must be >= 1");
        assertThatThrownBy(() -> trial004()
                        .withStrata(
                                List.of(StratificationFactor.of("site", "A"), StratificationFactor.of("site", "B"))))
                .hasMessage("Stratification factor 'site' is given twice; factor names must be distinct");
        assertThatThrownBy(() -> StratificationFactor.of("site"))
                .hasMessage("Stratification factor 'site' must have at least one level");
        assertThatThrownBy(() -> StratificationFactor.of("site", "A", "A"))
                .hasMessage("Stratification factor 'site' lists level 'A' twice; levels must be distinct");
    }

    private static int[] split(String text, String separator) {
        return java.util.Arrays.stream(text.split(separator))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
    }
}
