package org.marrow.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marrow.study.StudyDataset;

/**
 * The content hash digests exactly the bytes that the writer writes: the reference here is the
 * recipe of docs/dataset-format.md applied to {@link DatasetWriter#render}, with commons-csv's own
 * quoting.
 */
class CanonicalDigestTest {

    @TempDir
    Path dir;

    /** SHA-256 of the writer's canonical files, the recipe of docs/dataset-format.md. */
    static String reference(StudyDataset dataset) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<DatasetFile, String> file : DatasetWriter.render(dataset).entrySet()) {
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            digest.update((file.getKey().fileName() + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 1000, CanonicalDigest.PART_ROWS})
    void exampleHashIsTheWritersWhateverThePartSize(int partRows) throws NoSuchAlgorithmException {
        StudyDataset example = DatasetReader.read(ExampleDatasetTest.example());
        assertThat(CanonicalDigest.sha256(example, partRows))
                .isEqualTo(reference(example))
                .isEqualTo(DatasetWriterTest.EXAMPLE_SHA256);
    }

    @Test
    void valuesThatNeedQuotingAreQuotedAsTheWriterQuotesThem() throws IOException, NoSuchAlgorithmException {
        // Commas, quotes, line breaks, characters commons-csv quotes at the start of a value
        // (anything up to '#'), a backslash, non-ASCII text and empty optional values.
        Files.writeString(
                dir.resolve("subjects.csv"),
                "subject_id,site,arm,sex,birth_date,weight_kg,height_cm,enrolled_on,first_dose_on\n"
                        + "S1,\"Site, North\",\"A \"\"x\"\"\",F,1980-01-01,55.00,160,2024-01-01,2024-01-02\n"
                        + "S2,#1 site,!arm,M,1970-02-03,70,175,2024-01-01,2024-01-03\n"
                        + "S3,Zürich\\x,,M,1970-02-03,70.5,175.0,,\n");
        Files.writeString(
                dir.resolve("labs.csv"),
                "subject_id,date,test,value,unit,lln,uln\n"
                        + "S1,2024-01-03,HGB,9.50,G/DL,,\nS1,2024-01-03,PLAT,15,x10^9/L,10,400\n"
                        + "S2,2024-01-03,NEUT,500,/mm3,,\nS2,2024-01-04,HGB,10,g/dL,12.0,\n");
        Files.writeString(
                dir.resolve("adverse_events.csv"),
                "subject_id,term,grade,start_date,end_date,serious,related_to\n"
                        + "S1,\"Skin and subcutaneous tissue disorders - Other, specify: rash, itchy\",2,2024-01-05,,N,\n"
                        + "S1,\"General disorders and administration site conditions - Other, specify: said \"\"ouch\"\"\",1,2024-01-05,2024-01-06,N,cyclophosphamide\n"
                        + "S2,Nausea,1,2024-01-05,2024-01-06,Y,p-atg;cyclophosphamide\n");
        Files.writeString(
                dir.resolve("events.csv"),
                "subject_id,date,type,note\n"
                        + "S1,2024-03-01,RELAPSE,\"two\nlines\"\n"
                        + "S2,2024-03-01,RELAPSE,\"  # spaced  \"\n"
                        + "S3,2024-03-01,RELAPSE,\"\"\n");
        Files.writeString(
                dir.resolve("screening_history.csv"),
                "subject_id,item,value,date,note\nS1,prior_ist_weeks,0,,\"a,b\"\nS2,prior_ist_weeks,3,,$ ok \n");
        Files.writeString(dir.resolve("doses.csv"), "subject_id,date,drug,dose,unit\n");
        StudyDataset dataset = DatasetReader.read(dir);
        for (int partRows : new int[] {1, 2, CanonicalDigest.PART_ROWS}) {
            assertThat(CanonicalDigest.sha256(dataset, partRows)).isEqualTo(reference(dataset));
        }
        assertThat(DatasetWriter.contentHash(dataset)).isEqualTo(reference(dataset));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain", "x10^9/L", "/mm3", "%", "a b", "$x", "9.50", "a\\b", "#a", "!a", " a", "a ", "a,b", "a\"b",
                "a\nb", "a\rb", "é", "a\tb"
            })
    void aValueLeftUnquotedIsOneCommonsCsvLeavesUnquoted(String value) throws IOException {
        StringBuilder first = new StringBuilder();
        StringBuilder later = new StringBuilder();
        DatasetWriter.FORMAT.print(value, first, true);
        DatasetWriter.FORMAT.print(value, later, false);
        if (CanonicalDigest.isPlain(value)) {
            assertThat(first.toString()).isEqualTo(value);
            assertThat(later.toString()).isEqualTo("," + value);
        }
    }
}
