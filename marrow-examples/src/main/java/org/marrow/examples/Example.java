package org.marrow.examples;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.marrow.study.StudyDataset;

/**
 * The example data sets of the reference trials other than ctx-ist (whose generator writes files
 * itself, {@link CohortGenerator}): each named by its protocol id, generated from its seed. The
 * committed folders {@code examples/<id>} are their output for {@link #seed()}.
 */
public enum Example {
    /** Document 001: hetrombopag + IST, 32 patients and 96 matched historical controls. */
    HPAG_IST("hpag-ist", HpagIstCohort.EXAMPLE_SEED, HpagIstCohort::generate),
    /** Document 002: hetrombopag + CsA in NSAA, Simon two-stage with dropouts. */
    HPAG_CSA_NSAA("hpag-csa-nsaa", HpagCsaNsaaCohort.EXAMPLE_SEED, HpagCsaNsaaCohort::generate),
    /** Document 003: romiplostim + CsA in refractory AA, an interim at a data cut-off. */
    ROMIPLOSTIM_CSA("romiplostim-csa", RomiplostimCsaCohort.EXAMPLE_SEED, RomiplostimCsaCohort::generate),
    /** Document 004: sirolimus with or without CsA, randomized 1:3 by the protocol's list. */
    SIROLIMUS_CSA("sirolimus-csa", SirolimusCsaCohort.EXAMPLE_SEED, SirolimusCsaCohort::generate);

    private final String id;
    private final long seed;
    private final LongFunction<StudyDataset> generator;

    Example(String id, long seed, LongFunction<StudyDataset> generator) {
        this.id = id;
        this.seed = seed;
        this.generator = generator;
    }

    /**
     * The protocol id, which names the example's folder.
     *
     * @return e.g. {@code hpag-ist}
     */
    public String id() {
        return id;
    }

    /**
     * The seed of the committed data set.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Generates the data set.
     *
     * @param seed the seed
     * @return the data set
     * @throws IllegalStateException if the plan cannot be met for this seed
     */
    public StudyDataset generate(long seed) {
        return generator.apply(seed);
    }

    /**
     * The example with a protocol id.
     *
     * @param id the id
     * @return the example, or null if none
     */
    public static Example byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst().orElse(null);
    }

    /**
     * Every example's id.
     *
     * @return the ids, in order
     */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Example::id).toList();
    }
}
