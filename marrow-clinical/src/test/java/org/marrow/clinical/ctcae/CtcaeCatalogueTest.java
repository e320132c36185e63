package org.marrow.clinical.ctcae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CTCAE v5.0 term list as NCI published it (CTCAE_v5.0.xlsx, "CTCAE v5.0 Clean Copy"). */
class CtcaeCatalogueTest {
    private final CtcaeCatalogue ctcae = CtcaeCatalogue.v5();

    @Test
    void holdsEveryTermOfTheCleanCopyWithItsSystemOrganClass() {
        // 837 data rows in the sheet (its filter range A1:K838); 26 MedDRA system organ classes.
        assertThat(ctcae.terms()).hasSize(837);
        assertThat(ctcae.terms().stream()
                        .map(AdverseEventTerm::systemOrganClass)
                        .collect(Collectors.toSet()))
                .hasSize(26);
        assertThat(ctcae.terms().stream().filter(AdverseEventTerm::isOtherSpecify))
                .hasSize(26);
    }

    @Test
    void termsCarryTheirMeddraCodeAsPublished() {
        AdverseEventTerm fn = ctcae.term("Febrile neutropenia").orElseThrow();
        assertThat(fn.meddraCode()).isEqualTo("10016288");
        assertThat(fn.systemOrganClass()).isEqualTo("Blood and lymphatic system disorders");
        assertThat(ctcae.byMeddraCode("10002272").orElseThrow().term()).isEqualTo("Anemia");
        assertThat(ctcae.byMeddraCode("99999999")).isEmpty();
    }

    // Grades as the clean copy gives them: a dash means the grade is not available.
    @ParameterizedTest
    @CsvSource({
        "Febrile neutropenia, 2, false",
        "Febrile neutropenia, 3, true",
        "Febrile neutropenia, 5, true",
        "Upper respiratory infection, 1, false",
        "Upper respiratory infection, 2, true",
        "Urinary tract infection, 1, false",
        "Alopecia, 2, true",
        "Alopecia, 3, false",
        "Nausea, 3, true",
        "Nausea, 4, false",
        "Neutrophil count decreased, 4, true",
        "Neutrophil count decreased, 5, false",
        "Death NOS, 4, false",
        "Death NOS, 5, true",
        "Anemia, 1, true"
    })
    void aTermAllowsOnlyTheGradesCtcaeDefinesForIt(String term, int grade, boolean allowed) {
        assertThat(ctcae.term(term).orElseThrow().allows(grade)).isEqualTo(allowed);
    }

    @Test
    void otherSpecifyTermsTakeTheInvestigatorsWordsAfterAColon() {
        assertThat(ctcae.resolve("Gastrointestinal disorders - Other, specify: gingival hyperplasia"))
                .map(AdverseEventTerm::meddraCode)
                .contains("10017947");
        assertThat(ctcae.resolve("Gastrointestinal disorders - Other, specify: "))
                .isEmpty();
        assertThat(ctcae.resolve("Febrile neutropenia: mild")).isEmpty();
    }

    @Test
    void theLegacyTermIsMappedExplicitlyAndNothingElseIsGuessed() {
        assertThat(ctcae.legacyTerms())
                .containsExactly(
                        java.util.Map.entry("Gingival hyperplasia", "Gastrointestinal disorders - Other, specify"));
        assertThat(ctcae.resolve("Gingival hyperplasia").orElseThrow().term())
                .isEqualTo("Gastrointestinal disorders - Other, specify");
        assertThat(ctcae.resolve("febrile neutropenia")).isEmpty();
        assertThat(ctcae.resolve("Rash")).isEmpty();
        assertThat(ctcae.likelyMeant(" febrile  Neutropenia. ").orElseThrow().term())
                .isEqualTo("Febrile neutropenia");
        assertThat(ctcae.likelyMeant("Rash")).isEmpty();
    }

    @Test
    void everyTermIsUniqueAndWellFormed() {
        assertThat(ctcae.terms().stream().map(AdverseEventTerm::term).distinct())
                .hasSize(837);
        assertThat(ctcae.terms()).allMatch(t -> !t.grades().isEmpty());
        assertThat(ctcae.term("Anemia").orElseThrow().gradesInOrder()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aMalformedTermIsRefused() {
        assertThatThrownBy(() -> new AdverseEventTerm("X", "2001", "Y", Set.of(1)))
                .hasMessageContaining("'2001'");
        assertThatThrownBy(() -> new AdverseEventTerm("X", "10000001", "Y", Set.of(6)))
                .hasMessageContaining("[6]");
        assertThatThrownBy(() -> new AdverseEventTerm(" ", "10000001", "Y", Set.of(1)))
                .hasMessageContaining("blank");
    }
}
