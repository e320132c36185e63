package org.marrow.clinical.karyotype;

import java.util.List;
import java.util.Objects;

/**
 * One abnormality of a karyotype as ISCN writes it: a gain ({@code +8}), a loss ({@code -Y}) or a
 * structural rearrangement ({@code del(20)(q11.2q13.3)}, short form {@code del(20q)}; {@code
 * t(9;22)(q34;q11.2)}), possibly constitutional (suffix {@code c}, not an acquired clone).
 *
 * @param text the abnormality as written, without a leading {@code +} of an extra structural
 *     chromosome, e.g. {@code del(20)(q11.2)}
 * @param kind gain, loss or structural
 * @param type the rearrangement's ISCN abbreviation ({@code del}, {@code t}, {@code inv}, ...), or
 *     empty for a gain or a loss of a whole chromosome; {@code mar} for a marker chromosome
 * @param chromosomes the chromosomes involved ({@code 1}-{@code 22}, {@code X}, {@code Y}), empty for
 *     a marker
 * @param arms the chromosome arms the breakpoints lie on, in order ({@code p} or {@code q}); empty when
 *     no band or arm is given
 * @param constitutional whether it is marked constitutional ({@code c})
 */
public record Abnormality(
        String text,
        AbnormalityKind kind,
        String type,
        List<String> chromosomes,
        List<Character> arms,
        boolean constitutional) {

    /**
     * Checks and copies the abnormality.
     *
     * @throws NullPointerException if a component is null
     */
    public Abnormality {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        chromosomes = List.copyOf(chromosomes);
        arms = List.copyOf(arms);
    }

    /**
     * Whether this abnormality is an instance of a pattern: the same kind and rearrangement type, the
     * same chromosomes, and, when the pattern names arms ({@code del(20q)}), breakpoints only on those
     * arms. So {@code del(20q)} matches {@code del(20)(q11.2)} and {@code del(20)(q11.2q13.3)} but not
     * {@code del(20)(p11)}; {@code +8} matches {@code +8} only.
     *
     * @param pattern the pattern, e.g. the parsed {@code del(20q)}
     * @return true if it matches
     * @throws NullPointerException if pattern is null
     */
    public boolean matches(Abnormality pattern) {
        Objects.requireNonNull(pattern, "pattern");
        if (kind != pattern.kind || !type.equals(pattern.type) || !chromosomes.equals(pattern.chromosomes)) {
            return false;
        }
        if (pattern.arms.isEmpty()) {
            return true;
        }
        return !arms.isEmpty() && pattern.arms.containsAll(arms);
    }
}
