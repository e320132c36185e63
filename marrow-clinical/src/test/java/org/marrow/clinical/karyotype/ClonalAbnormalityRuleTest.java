package org.marrow.clinical.karyotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marrow.clinical.English.en;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marrow.clinical.finding.Finding;
import org.marrow.clinical.finding.Outcome;

/**
 * Document 002's exclusion "clonal karyotypic abnormalities (del(20q), +8 and -Y are not included in
 * this category)" (l.133) decided from a karyotype in ISCN.
 */
class ClonalAbnormalityRuleTest {
    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final ClonalAbnormalityRule rule = ClonalAbnormalityRule.document002();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "46,XX|NOT_MET",
                "46,XX[20]|NOT_MET",
                // The document's exceptions, alone or together, written long or short.
                "46,XX,del(20q)|NOT_MET",
                "46,XY,del(20)(q11.2q13.3)[12]/46,XY[8]|NOT_MET",
                "47,XY,+8[6]/46,XY[14]|NOT_MET",
                "45,X,-Y[20]|NOT_MET",
                "46,XY,del(20)(q11.2)[4]/47,idem,+8[3]/46,XY[13]|NOT_MET",
                // Any other clonal abnormality excludes.
                "47,XY,+7|MET",
                "45,XY,-7[3]/46,XY[17]|MET",
                "46,XX,del(20)(p11)[5]/46,XX[15]|MET",
                "46,XY,del(13)(q12q22)[6]/46,XY[14]|MET",
                "46,X,t(X;19)(p10;p10)[4]/46,XX[16]|MET",
                "47,XY,+8,+9[5]/46,XY[15]|MET",
                "46,XY,del(20)(q11.2)[4]/47,idem,+9[3]/46,XY[13]|MET",
                // At the clonality edges: a gain or structural change needs 2 cells, a loss 3.
                "47,XY,+7[1]/46,XY[19]|NOT_MET",
                "47,XY,+7[2]/46,XY[18]|MET",
                "46,XY,t(3;5)(q25;q34)[1]/46,XY[19]|NOT_MET",
                "46,XY,t(3;5)(q25;q34)[2]/46,XY[18]|MET",
                "45,XY,-7[2]/46,XY[18]|NOT_MET",
                "45,XY,-7[3]/46,XY[17]|MET",
                // Constitutional changes are not acquired clones.
                "47,XY,+21c[20]|NOT_MET",
                // Unreadable: unknown, never a pass.
                "46,XY,+7q|UNKNOWN",
                "not done|UNKNOWN"
            })
    void decidesTheExclusion(String karyotype, Outcome expected) {
        assertThat(rule.evaluate(karyotype, ON).outcome()).isEqualTo(expected);
    }

    @Test
    void theFindingNamesTheAbnormalityThatExcludes() {
        Finding f = rule.evaluate("47,XY,+7[18]/46,XY[2]", ON);
        assertThat(f.outcome()).isEqualTo(Outcome.MET);
        assertThat(en(f.rule())).isEqualTo("clonal karyotypic abnormality other than del(20q), +8, -Y");
        assertThat(en(f.reason())).isEqualTo("karyotype 47,XY,+7[18]/46,XY[2] has the clonal abnormality +7");
        assertThat(f.evidence()).hasSize(1);
        assertThat(f.evidence().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(18));
        assertThat(f.evidence().get(0).date()).isEqualTo(ON);
        assertThat(en(f.evidence().get(0).message()))
                .isEqualTo(
                        "+7 in karyotype 47,XY,+7[18]/46,XY[2] 18 on 2023-03-01 (criterion clonal: at least 2 cells)");
    }

    @Test
    void anExceptedAbnormalityIsNamedAsNotCounted() {
        Finding f = rule.evaluate("46,XX,del(20q)", ON);
        assertThat(en(f.reason()))
                .isEqualTo("karyotype 46,XX,del(20q) has no counted clonal abnormality: only del(20q), which the "
                        + "criterion does not count");
        assertThat(f.evidence()).hasSize(1);
        assertThat(f.evidence().get(0).value()).isNull();
        assertThat(en(f.evidence().get(0).criterion())).isEqualTo("not counted by the criterion");
    }

    @Test
    void tooFewCellsAndConstitutionalAreNamed() {
        Finding g = rule.evaluate("47,XY,+7[1]/47,XY,+21c[19]", ON);
        assertThat(g.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(en(g.reason()))
                .isEqualTo("karyotype 47,XY,+7[1]/47,XY,+21c[19] has no counted clonal abnormality: "
                        + "+7, +21c not clonal");
        assertThat(g.evidence())
                .extracting(e -> en(e.criterion()))
                .containsExactly("not a clone: fewer than 2 cells", "constitutional, not an acquired clone");
    }

    @Test
    void aNormalKaryotypeSaysSo() {
        assertThat(en(rule.evaluate("46,XY[20]", null).reason())).isEqualTo("karyotype 46,XY[20] has no abnormality");
    }

    @Test
    void anUnreadableKaryotypeIsUnknownWithAClearReason() {
        Finding f = rule.evaluate("46,XY,+7q", ON);
        assertThat(f.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(en(f.missing().get(0)))
                .isEqualTo("karyotype '46,XY,+7q' cannot be read: '+7q' is not an abnormality Marrow reads, such as "
                        + "+8, -7, del(20q) or t(9;22)(q34;q11.2)");
        assertThat(en(rule.evaluate(null, ON).missing().get(0))).isEqualTo("no karyotype recorded");
    }

    @Test
    void exceptionsAreTheProtocolsChoice() {
        ClonalAbnormalityRule none = ClonalAbnormalityRule.except(java.util.List.of());
        assertThat(none.evaluate("45,X,-Y[20]", ON).outcome()).isEqualTo(Outcome.MET);
        assertThat(none.exceptions()).isEmpty();
        assertThat(ClonalAbnormalityRule.document002()).isEqualTo(rule).hasSameHashCodeAs(rule);
        assertThat(rule.toString()).isEqualTo("ClonalAbnormalityRule[del(20q), +8, -Y]");
        assertThat(rule).isNotEqualTo(none);
    }
}
