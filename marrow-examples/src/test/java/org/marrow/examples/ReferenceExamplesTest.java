package org.marrow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marrow.dataset.DatasetFile;
import org.marrow.dataset.DatasetReader;
import org.marrow.dataset.DatasetReading;
import org.marrow.dataset.DatasetWriter;
import org.marrow.protocol.ProtocolRegistry;
import org.marrow.protocol.dose.DoseAction;
import org.marrow.protocol.dose.DoseAdvice;
import org.marrow.protocol.dose.DoseAdvisor;
import org.marrow.protocol.screening.CriterionResult;
import org.marrow.protocol.screening.EligibilityStatus;
import org.marrow.protocol.screening.Screening;
import org.marrow.protocol.screening.ScreeningResult;
import org.marrow.study.Dose;
import org.marrow.study.Drug;
import org.marrow.study.StudyDataset;
import org.marrow.study.SubjectRecords;

/**
 * The committed data sets examples/&lt;id&gt; of the reference trials other than ctx-ist are their
 * generators' output for the example seed, read without a problem, and their dose histories are what
 * the protocols' dose rules advise. What each reproduces of its document is checked on {@code marrow
 * report}'s results.json by marrow-cli's {@code *ReportTest} (each example's PUBLISHED.md lists them).
 */
class ReferenceExamplesTest {

    static Path folder(Example example) {
        Path fromModule = Path.of("..", "examples", example.id());
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", example.id());
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void committedFolderIsTheGeneratorsOutputForTheExampleSeed(Example example, @TempDir Path dir) throws IOException {
        DatasetWriter.write(example.generate(example.seed()), dir);
        for (DatasetFile file : DatasetFile.values()) {
            Path committed = folder(example).resolve(file.fileName());
            Path generated = dir.resolve(file.fileName());
            assertThat(Files.exists(committed)).as(file.fileName()).isEqualTo(Files.exists(generated));
            if (Files.exists(generated)) {
                assertThat(Files.readString(committed))
                        .as(example.id() + "/" + file.fileName())
                        .isEqualTo(Files.readString(generated));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void readsWithoutAnyProblem(Example example) {
        DatasetReading reading = DatasetReader.inspect(folder(example));
        assertThat(reading.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Example.class,
            names = {"HPAG_CSA_NSAA", "ROMIPLOSTIM_CSA", "SIROLIMUS_CSA"})
    void everyEnrolledPatientIsEligibleOnTheFirstDose(Example example) {
        StudyDataset data = DatasetReader.read(folder(example));
        Screening screening = Screening.of(ProtocolRegistry.bundled().resolve(example.id()));
        for (SubjectRecords r : data.bySubject()) {
            Optional<LocalDate> day1 = r.subject().firstDoseOn();
            if (day1.isPresent()) {
                ScreeningResult result = screening.screen(r, day1.get());
                assertThat(result.status())
                        .as(r.subject().subjectId() + ": " + result.criteria())
                        .isEqualTo(EligibilityStatus.ELIGIBLE);
            }
        }
    }

    @Test
    void theTwoScreenedCandidatesOfHpagCsaNsaaAreExcludedByKaryotypeAndFerritin() {
        // Document 002 l.133 (clonal karyotype other than del(20q), +8, -Y) and l.136 (ferritin > 1000).
        StudyDataset data = DatasetReader.read(folder(Example.HPAG_CSA_NSAA));
        Screening screening = Screening.of(ProtocolRegistry.bundled().resolve(Example.HPAG_CSA_NSAA.id()));
        for (SubjectRecords r : data.bySubject()) {
            if (r.subject().firstDoseOn().isEmpty()) {
                LocalDate on = r.labs().stream()
                        .map(l -> l.date())
                        .max(LocalDate::compareTo)
                        .orElseThrow();
                ScreeningResult result = screening.screen(r, on);
                assertThat(result.status()).as(result.toString()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
                assertThat(result.criteria().stream()
                                .filter(c -> c.finding().isMet() && c.id().startsWith("E"))
                                .map(CriterionResult::id)
                                .toList())
                        .as(r.subject().subjectId())
                        .containsExactly(r.subject().subjectId().equals("NS-S01") ? "E6" : "E9");
            }
        }
    }

    @Test
    void everySirolimusAndCyclosporineDoseChangeIsTheTroughTitrationsAdvice() {
        StudyDataset data = DatasetReader.read(folder(Example.SIROLIMUS_CSA));
        int changes = checkChanges(data, "sirolimus-csa", Drug.SIROLIMUS, a -> a.min())
                + checkChanges(data, "sirolimus-csa", Drug.CSA, a -> a.min());
        // Document 004 l.45: titrated toward the trough targets; the example changes doses often.
        assertThat(changes).isGreaterThan(40);
    }

    @Test
    void everyRomiplostimEscalationIsTheProtocolsAdviceAndStopsAtTwenty() {
        StudyDataset data = DatasetReader.read(folder(Example.ROMIPLOSTIM_CSA));
        int changes = checkChanges(
                data, "romiplostim-csa", Drug.ROMIPLOSTIM, a -> a.perKgMin().orElseThrow());
        assertThat(changes).isPositive();
        // Document 003 l.7: 10 ug/kg to start, at most 20 ug/kg.
        assertThat(data.doses().stream()
                        .filter(d -> d.drug() == Drug.ROMIPLOSTIM)
                        .map(Dose::amount)
                        .distinct()
                        .sorted()
                        .toList())
                .containsExactly(BigDecimal.TEN, BigDecimal.valueOf(15), BigDecimal.valueOf(20));
    }

    /**
     * Checks, for every subject, that each date the drug's dose differs from the day before is an
     * INCREASE or DECREASE advised on that date with that amount (the records as they stood: doses
     * before the date), and that the first dose is the advised START.
     *
     * @return the number of changes
     */
    private static int checkChanges(
            StudyDataset data,
            String protocolId,
            Drug drug,
            Function<org.marrow.protocol.dose.AdvisedAmount, BigDecimal> amount) {
        DoseAdvisor advisor = DoseAdvisor.of(ProtocolRegistry.bundled().resolve(protocolId));
        int changes = 0;
        for (SubjectRecords r : data.bySubject()) {
            List<Dose> doses = r.doses().stream().filter(d -> d.drug() == drug).toList();
            BigDecimal previous = null;
            LocalDate previousDate = null;
            for (Dose d : doses) {
                if (d.date().equals(previousDate)) {
                    continue;
                }
                if (previous == null || d.amount().compareTo(previous) != 0) {
                    LocalDate on = d.date();
                    List<Dose> before = new ArrayList<>();
                    for (Dose x : r.doses()) {
                        if (x.date().isBefore(on)) {
                            before.add(x);
                        }
                    }
                    SubjectRecords asOf = new SubjectRecords(
                            r.subject(),
                            r.labs(),
                            r.transfusions(),
                            before,
                            List.of(),
                            List.of(),
                            r.screeningHistory());
                    Optional<DoseAdvice> advice = advisor.advise(asOf, on).stream()
                            .filter(a -> a.drug() == drug)
                            .findFirst();
                    assertThat(advice)
                            .as(r.subject().subjectId() + " " + drug + " " + on)
                            .isPresent();
                    if (previous == null) {
                        if (drug != Drug.ROMIPLOSTIM) {
                            assertThat(advice.get().action()).isEqualTo(DoseAction.START);
                        }
                    } else {
                        assertThat(advice.get().action())
                                .as(r.subject().subjectId() + " " + drug + " " + on)
                                .isIn(DoseAction.INCREASE, DoseAction.DECREASE);
                        changes++;
                    }
                    if (previous != null || drug != Drug.ROMIPLOSTIM) {
                        assertThat(amount.apply(advice.get().amount().orElseThrow()))
                                .as(r.subject().subjectId() + " " + drug + " " + on)
                                .isEqualByComparingTo(d.amount());
                    }
                }
                previous = d.amount();
                previousDate = d.date();
            }
        }
        return changes;
    }
}
