package org.marrow.study;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A somatic mutation found in a sample: the gene (HGNC symbol), the variant as the laboratory reports
 * it (HGVS, e.g. {@code c.2645G>A p.R882H}) and its variant allele frequency in percent (document 000,
 * "Somatic mutation" and Figure 4: VAF of DNMT3A, PIGA, TET2, ASXL1, BCOR at baseline and 6 months).
 *
 * @param gene the gene symbol, e.g. {@code DNMT3A}
 * @param variant the variant, non-empty
 * @param vafPercent the variant allele frequency, %, above 0 and at most 100
 */
public record SomaticMutation(String gene, String variant, BigDecimal vafPercent) {
    private static final Pattern GENE = Pattern.compile("[A-Z0-9][A-Za-z0-9-]{0,19}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the mutation.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the gene is not a gene symbol ({@link #isGeneSymbol}), the
     *     variant is blank, or the VAF is not above 0 and at most 100
     */
    public SomaticMutation {
        Objects.requireNonNull(gene, "gene");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(vafPercent, "vafPercent");
        if (!isGeneSymbol(gene)) {
            throw new IllegalArgumentException("Gene '" + gene + "' is not a gene symbol such as DNMT3A");
        }
        if (variant.isBlank()) {
            throw new IllegalArgumentException("The variant of a " + gene + " mutation must not be blank");
        }
        if (!isVaf(vafPercent)) {
            throw new IllegalArgumentException(
                    "VAF (" + vafPercent.toPlainString() + " %) must be above 0 and at most 100");
        }
    }

    /**
     * Whether a text is written as a gene symbol: an upper-case letter or digit, then up to 19 letters,
     * digits or hyphens (HGNC symbols such as {@code DNMT3A}, {@code HLA-A}, {@code C9orf72}).
     *
     * @param text the text
     * @return true if it is
     */
    public static boolean isGeneSymbol(String text) {
        return text != null && GENE.matcher(text).matches();
    }

    /**
     * Whether a number is a possible variant allele frequency in percent.
     *
     * @param percent the number
     * @return true if above 0 and at most 100
     */
    public static boolean isVaf(BigDecimal percent) {
        return percent != null && percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0;
    }
}
