package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marrow.study.StudyDataset;

/** Reading then writing is lossless; the content hash follows the content, not the layout. */
class DatasetWriterTest {

    @TempDir
    Path dir;

    @Test
    void exampleIsWrittenBackByteForByte() throws IOException {
        Path example = ExampleDatasetTest.example();
        StudyDataset dataset = DatasetReader.read(example);
        DatasetWriter.write(dataset, dir);
        for (DatasetFile file : DatasetFile.filesOf(dataset)) {
            assertThat(dir.resolve(file.fileName()))
                    .as(file.fileName())
                    .hasSameBinaryContentAs(example.resolve(file.fileName()));
        }
        assertThat(dir.resolve(DatasetFile.MUTATIONS.fileName())).doesNotExist();
        assertThat(DatasetReader.read(dir)).isEqualTo(dataset);
    }

    @Test
    void layoutIsCanonicalisedButEveryValueKeepsItsText() throws IOException {
        Files.writeString(
                dir.resolve("subjects.csv"),
                "\uFEFFsex,subject_id,site,birth_date,weight_kg,height_cm\r\n"
                        + "F ,\"S1\",\"Site, North\",1980-01-01,55.00,160\r\n\r\nM,S2,South,1970-02-03,70,175\r\n");
        Files.writeString(
                dir.resolve("labs.csv"),
                "subject_id,date,test,value,unit\n"
                        + "S1,2024-01-03,HGB,9.50,G/DL\nS1,2024-01-03,PLAT,15,x10^9/L\nS2,2024-01-03,NEUT,500,/mm3\n");
        Files.writeString(dir.resolve("events.csv"), "subject_id,date,type\n");
        StudyDataset dataset = DatasetReader.read(dir);
        Path out = dir.resolve("out");
        DatasetWriter.write(dataset, out);

        assertThat(out.resolve("subjects.csv"))
                .content(StandardCharsets.UTF_8)
                .isEqualTo(
                        """
                subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on
                S1,"Site, North",,F,1980-01-01,55.00,160,,
                S2,South,,M,1970-02-03,70,175,,
                """);
        assertThat(out.resolve("labs.csv"))
                .content(StandardCharsets.UTF_8)
                .isEqualTo(
                        """
                subject_id,date,test,value,unit,lln,uln
                S1,2024-01-03,HGB,9.50,G/DL,,
                S1,2024-01-03,PLAT,15,x10^9/L,,
                S2,2024-01-03,NEUT,500,/mm3,,
                """);
        assertThat(out.resolve("events.csv")).content(StandardCharsets.UTF_8).isEqualTo("subject_id,date,type,note\n");
        assertThat(out.resolve("doses.csv")).doesNotExist();

        StudyDataset again = DatasetReader.read(out);
        assertThat(again).isEqualTo(dataset);
        assertThat(DatasetWriter.contentHash(again)).isEqualTo(DatasetWriter.contentHash(dataset));
    }

    @Test
    void contentHashChangesWithTheTextOfAValue() throws IOException {
        Files.writeString(
                dir.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm\nS1,A,F,1980-01-01,55,160\n");
        String before = DatasetWriter.contentHash(DatasetReader.read(dir));
        Files.writeString(
                dir.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm\nS1,A,F,1980-01-01,55.0,160\n");
        String after = DatasetWriter.contentHash(DatasetReader.read(dir));
        assertThat(before).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(after);
    }

    @Test
    void contentHashOfTheExampleIsStable() {
        // SHA-256 as defined in DatasetWriter.contentHash(StudyDataset); recomputed independently with:
        // for f in subjects labs transfusions doses adverse_events events screening_history; do
        //   printf '%s.csv\n%s\n' $f $(wc -c < $f.csv); cat $f.csv; done | sha256sum
        assertThat(DatasetWriter.contentHash(DatasetReader.read(ExampleDatasetTest.example())))
                .isEqualTo(EXAMPLE_SHA256);
    }

    static final String EXAMPLE_SHA256 = "532bf2f98bb81e25cce15a0eadf979a372b1389c627db20725c5f70c42c3f030";

    @Test
    void writingRefusesToLeaveAStaleFileBehind() throws IOException {
        Files.writeString(
                dir.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm\nS1,A,F,1980-01-01,55,160\n");
        StudyDataset dataset = DatasetReader.read(dir);
        Files.writeString(dir.resolve("doses.csv"), "subject_id,date,drug,dose,unit\n");
        assertThatThrownBy(() -> DatasetWriter.write(dataset, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(dir.resolve("doses.csv") + " exists but the data set has no doses.csv; remove it or "
                        + "write to an empty folder");
    }

    @Test
    void datasetBuiltInCodeRefusesRecordsOfUnknownSubjects() {
        StudyDataset example = DatasetReader.read(ExampleDatasetTest.example());
        assertThatThrownBy(() -> StudyDataset.of(
                        example.subjects().subList(0, 1),
                        example.labs(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A lab record refers to subject 'SYN-002', which is not in the data set");
    }

    @Test
    void screenedOnIsWrittenOnlyWhenASubjectHasIt() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(
                in.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm,screened_on\n"
                        + "S1,BJ,F,1980-01-01,55,160,2024-01-02\nS2,BJ,M,1970-02-03,70,175,\n");
        StudyDataset screened = DatasetReader.read(in);
        Path out = dir.resolve("out");
        DatasetWriter.write(screened, out);
        assertThat(Files.readString(out.resolve("subjects.csv")))
                .isEqualTo(
                        "subject_id,site,arm,sex,birth_date,weight_kg,height_cm,screened_on,enrolled_on,first_dose_on\n"
                                + "S1,BJ,,F,1980-01-01,55,160,2024-01-02,,\nS2,BJ,,M,1970-02-03,70,175,,,\n");
        assertThat(DatasetReader.read(out)).isEqualTo(screened);
        assertThat(DatasetWriter.contentHash(screened)).isEqualTo(CanonicalDigestTest.reference(screened));
        Files.writeString(
                in.resolve("subjects.csv"),
                "subject_id,site,sex,birth_date,weight_kg,height_cm,screened_on\nS1,BJ,F,1980-01-01,55,160,\n");
        DatasetWriter.write(DatasetReader.read(in), dir.resolve("none"));
        assertThat(Files.readString(dir.resolve("none").resolve("subjects.csv")))
                .startsWith("subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n");
    }
}
