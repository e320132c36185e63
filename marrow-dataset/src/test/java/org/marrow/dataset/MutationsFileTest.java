package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.study.MutationRecord;
import org.marrow.study.StudyDataset;

/** {@code mutations.csv}: read by the study validation, written back losslessly, problems located. */
class MutationsFileTest {
    private static final String SUBJECTS =
            """
            subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on
            S01,BJ,A,M,1990-05-12,68.5,172,2024-01-08,2024-01-10
            S02,BJ,A,F,1980-01-01,55,160,2024-01-08,2024-01-10
            """;

    private static final String MUTATIONS =
            """
            subject_id,date,gene,variant,vaf_percent
            S01,2024-01-05,DNMT3A,c.2645G>A p.R882H,4.50
            S01,2024-01-05,PIGA,"c.1A>T, p.M1?",12
            S02,2024-01-05,none,,
            S01,2024-07-02,DNMT3A,c.2645G>A p.R882H,8.1
            """;

    @TempDir
    Path dir;

    private Path folder(String mutations) throws IOException {
        Files.writeString(dir.resolve("subjects.csv"), SUBJECTS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("mutations.csv"), mutations, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void mutationsAreReadWithTheirSubjects() throws IOException {
        StudyDataset d = DatasetReader.read(folder(MUTATIONS));
        assertThat(DatasetFile.filesOf(d)).containsExactly(DatasetFile.SUBJECTS, DatasetFile.MUTATIONS);
        assertThat(d.recordsOf("S01").mutations())
                .extracting(m -> m.mutation().orElseThrow().gene())
                .containsExactly("DNMT3A", "PIGA", "DNMT3A");
        assertThat(d.recordsOf("S02").mutations())
                .singleElement()
                .extracting(MutationRecord::detected)
                .isEqualTo(false);
        assertThat(d.mutations().get(1).mutation().orElseThrow().variant()).isEqualTo("c.1A>T, p.M1?");
    }

    @Test
    void mutationsAreWrittenBackByteForByteAndHashed() throws IOException {
        StudyDataset d = DatasetReader.read(folder(MUTATIONS));
        Path out = dir.resolve("out");
        DatasetWriter.write(d, out);
        assertThat(out.resolve("mutations.csv")).hasSameBinaryContentAs(dir.resolve("mutations.csv"));
        assertThat(DatasetReader.read(out)).isEqualTo(d);
        assertThat(DatasetWriter.contentHash(DatasetReader.read(out))).isEqualTo(DatasetWriter.contentHash(d));
        assertThat(CanonicalDigest.sha256(d, 1)).isEqualTo(DatasetWriter.contentHash(d));
    }

    @Test
    void everyProblemIsLocatedByFileLineAndColumn() throws IOException {
        List<String> problems = DatasetReader.inspect(
                        folder(
                                """
                        subject_id,date,gene,variant,vaf_percent
                        S01,2024-01-05,dnmt3a,c.1A>T,0
                        S03,2024-01-05,none,,
                        S02,2024-01-05,none,c.1A>T,
                        """))
                .problems()
                .stream()
                .map(DatasetProblem::toString)
                .map(s -> s.replace(dir.toString() + java.io.File.separator, ""))
                .toList();
        assertThat(problems)
                .containsExactly(
                        "mutations.csv:2:3: column 'gene' has value 'dnmt3a', expected a gene symbol such as DNMT3A,"
                                + " or none when no mutation was detected",
                        "mutations.csv:2:5: column 'vaf_percent' has value '0', expected a variant allele frequency in %"
                                + " above 0 and at most 100, such as 4.5",
                        "mutations.csv:3:1: column 'subject_id' has value 'S03', expected a subject_id listed in"
                                + " subjects.csv",
                        "mutations.csv:4:4: column 'variant' has value 'c.1A>T', expected empty when the gene is none"
                                + " (no mutation detected)");
    }
}
