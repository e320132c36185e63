package org.marrow.clinical.karyotype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marrow.clinical.English.en;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading ISCN 2020 karyotypes: cell lines, abnormalities, cell counts and clonality. */
class KaryotypeTest {

    @Test
    void normalKaryotypeHasOneCellLineWithoutAbnormality() {
        Karyotype k = Karyotype.parse(" 46,XX[20] ");
        assertThat(k.text()).isEqualTo("46,XX[20]");
        assertThat(k.toString()).isEqualTo("46,XX[20]");
        assertThat(k.cellLines()).hasSize(1);
        assertThat(k.cellLines().get(0).cells()).isEqualTo(OptionalInt.of(20));
        assertThat(k.abnormalities()).isEmpty();
        assertThat(k.hasClonalAbnormality()).isFalse();
    }

    @Test
    void mosaicAddsTheCellsOfEveryLineShowingAnAbnormality() {
        // The stemline del(20q) is repeated by idem in the sideline: 4 + 3 cells show it.
        Karyotype k = Karyotype.parse("46,XY,del(20)(q11.2)[4]/47,idem,+8[3]/46,XY[13]");
        assertThat(k.cellLines()).hasSize(3);
        assertThat(k.abnormalities())
                .extracting(a -> a.abnormality().text(), a -> a.cells().getAsInt())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("del(20)(q11.2)", 7),
                        org.assertj.core.groups.Tuple.tuple("+8", 3));
        assertThat(k.hasClonalAbnormality()).isTrue();
    }

    @Test
    void slRefersToTheStemlineToo() {
        Karyotype k = Karyotype.parse("45,X,-Y[2]/46,sl,+8[2]");
        assertThat(k.abnormalities())
                .extracting(a -> a.abnormality().text(), a -> a.cells().getAsInt())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("-Y", 4), org.assertj.core.groups.Tuple.tuple("+8", 2));
    }

    @Test
    void structuralAbnormalitiesKeepTypeChromosomesAndArms() {
        Abnormality t = Karyotype.abnormality("t(9;22)(q34;q11.2)");
        assertThat(t.kind()).isEqualTo(AbnormalityKind.STRUCTURAL);
        assertThat(t.type()).isEqualTo("t");
        assertThat(t.chromosomes()).containsExactly("9", "22");
        assertThat(t.arms()).containsExactly('q', 'q');
        Abnormality shortForm = Karyotype.abnormality("del(20q)");
        assertThat(shortForm.chromosomes()).containsExactly("20");
        assertThat(shortForm.arms()).containsExactly('q');
        Abnormality der = Karyotype.abnormality("+der(22)t(9;22)(q34;q11.2)");
        assertThat(der.text()).isEqualTo("der(22)t(9;22)(q34;q11.2)");
        assertThat(der.type()).isEqualTo("der");
        Abnormality interstitial = Karyotype.abnormality("del(13)(q12q22)");
        assertThat(interstitial.arms()).containsExactly('q', 'q');
        assertThat(Karyotype.abnormality("t(X;19)(p10;p10)").chromosomes()).containsExactly("X", "19");
        assertThat(Karyotype.abnormality("r(7)").arms()).isEmpty();
        assertThat(Karyotype.abnormality("inv(3)(q21q26.2)c").constitutional()).isTrue();
        assertThat(Karyotype.abnormality("del(5)(pter)").arms()).containsExactly('p');
    }

    @Test
    void numericalAndMarkerAbnormalities() {
        assertThat(Karyotype.abnormality("+8").kind()).isEqualTo(AbnormalityKind.GAIN);
        assertThat(Karyotype.abnormality("-7").kind()).isEqualTo(AbnormalityKind.LOSS);
        assertThat(Karyotype.abnormality("-Y").chromosomes()).containsExactly("Y");
        assertThat(Karyotype.abnormality("+21c").constitutional()).isTrue();
        Abnormality marker = Karyotype.abnormality("+2mar1");
        assertThat(marker.kind()).isEqualTo(AbnormalityKind.GAIN);
        assertThat(marker.type()).isEqualTo("mar");
        assertThat(Karyotype.abnormality("-mar").kind()).isEqualTo(AbnormalityKind.LOSS);
        assertThat(Karyotype.abnormality("dmin").type()).isEqualTo("dmin");
    }

    @Test
    void countRangesPloidyAndCompositeCountsAreRead() {
        Karyotype k = Karyotype.parse("44~47<2n>,XY,-7,+mar[cp10]");
        assertThat(k.cellLines().get(0).cells()).isEqualTo(OptionalInt.of(10));
        assertThat(k.abnormalities()).hasSize(2);
    }

    @Test
    void withoutACellCountAnAbnormalityIsTakenAsClonal() {
        Karyotype k = Karyotype.parse("46,XX,del(20q)");
        assertThat(k.abnormalities().get(0).cells()).isEmpty();
        assertThat(k.abnormalities().get(0).clonal()).isTrue();
    }

    @ParameterizedTest(name = "{0} in {1} cells: clonal {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // ISCN 2020: two cells with the same gain or structural change, three with the same loss.
                "+8|1|false",
                "+8|2|true",
                "+8|3|true",
                "del(20)(q11.2)|1|false",
                "del(20)(q11.2)|2|true",
                "-7|2|false",
                "-7|3|true",
                "-7|4|true",
                "+21c|20|false"
            })
    void clonalityAtTheEdgesOfISCN(String abnormality, int cells, boolean clonal) {
        Karyotype k = Karyotype.parse("47,XY," + abnormality + "[" + cells + "]/46,XY[20]");
        assertThat(k.abnormalities().get(0).clonal()).isEqualTo(clonal);
        assertThat(k.hasClonalAbnormality()).isEqualTo(clonal);
    }

    @ParameterizedTest(name = "''{0}'' is unreadable: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|the karyotype is empty",
                "culture failed|'culture failed' is not a chromosome count such as 46 at the start of cell line 1",
                "46|'46' has no sex chromosomes",
                "46,XY,+7q|'+7q' is not an abnormality Marrow reads",
                "46,XY,del(20)(q1?)|'del(20)(q1?)' is not an abnormality Marrow reads",
                "47,XY,+23|'23' in '+23' is not a chromosome",
                "46,XY,foo(1)(p1)|'foo(1)(p1)' is not an abnormality",
                "46,XY[0]|has a cell count that is not [n]",
                "46,XY[5|has a cell count that is not [n]",
                "46,XY//46,XX|cell line 2 is empty",
                "47,idem,+8[3]|'idem' refers to the stemline, but it is in the first cell line",
                "46,AB|'46,AB' has no sex chromosomes",
                "46,XY,del(0)(q11)|'0' in 'del(0)(q11)' is not a chromosome",
                "46,XY,del(20)q11|'del(20)q11' is not an abnormality",
                "46,XY,sdl|'sdl' is not an abnormality"
            })
    void unreadableKaryotypesSayWhereAndWhat(String text, String reason) {
        assertThatThrownBy(() -> Karyotype.parse(text))
                .isInstanceOfSatisfying(UnreadableKaryotypeException.class, e -> assertThat(en(e.reason()))
                        .contains(reason));
    }

    @Test
    void patternsMatchByKindTypeChromosomesAndArm() {
        Abnormality del20q = Karyotype.abnormality("del(20q)");
        assertThat(Karyotype.abnormality("del(20)(q11.2)").matches(del20q)).isTrue();
        assertThat(Karyotype.abnormality("del(20)(q11.2q13.3)").matches(del20q)).isTrue();
        assertThat(Karyotype.abnormality("del(20)(p11)").matches(del20q)).isFalse();
        assertThat(Karyotype.abnormality("del(20)(p11q11)").matches(del20q)).isFalse();
        assertThat(Karyotype.abnormality("r(20)").matches(Karyotype.abnormality("r(20)")))
                .isTrue();
        assertThat(Karyotype.abnormality("i(20)(q10)").matches(del20q)).isFalse();
        assertThat(Karyotype.abnormality("del(21)(q22)").matches(del20q)).isFalse();
        assertThat(Karyotype.abnormality("+8").matches(Karyotype.abnormality("+8")))
                .isTrue();
        assertThat(Karyotype.abnormality("-8").matches(Karyotype.abnormality("+8")))
                .isFalse();
        assertThat(Karyotype.abnormality("del(20)").matches(del20q)).isFalse();
        assertThat(List.of(Karyotype.abnormality("-Y"))).allMatch(a -> a.matches(Karyotype.abnormality("-Y")));
    }
}
